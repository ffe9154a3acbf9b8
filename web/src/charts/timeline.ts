/**
 * The figure timeline: each figure a claim has carried, by the day it was stated, on a log axis.
 * Planned numbers ("plans to send up to 12,000") are hollow diamonds off the reported line.
 */
import type { FigurePoint } from '../api/types.js';
import { formatDate, formatFigure, formatNumber } from '../claims/format.js';
import { h } from '../dom/h.js';
import { s } from '../dom/svg.js';
import { t } from '../i18n/index.js';
import { paths } from '../router/routes.js';
import { attachTip } from '../components/tip.js';
import { dateScale, valueScale } from './timeline-scale.js';

const H = 280;
const M = { top: 28, right: 28, bottom: 36, left: 64 };

/** Drawing width: 640 units, fewer on a phone so the labels stay readable at its scale. */
export const preferredWidth = (viewport: number): number =>
  Math.round(Math.max(340, Math.min(640, viewport - 40)));

export function pointText(p: FigurePoint): string {
  const parts = [`${formatFigure(p)}${p.unit ? ` ${p.unit}` : ''}`, p.speaker, formatDate(p.date)];
  if (p.planned) parts.push(t('timeline.planned'));
  return parts.join(' · ');
}

function marker(p: FigurePoint, x: number, y: number, yMax: number | null): SVGElement {
  const shape = p.planned
    ? s('path', { d: `M${x},${y - 7}L${x + 7},${y}L${x},${y + 7}L${x - 7},${y}Z`, class: 'mark planned' })
    : s('circle', { cx: x, cy: y, r: 6, class: 'mark reported' });
  return s(
    'a',
    {
      href: paths.article(p.articleId, p.statementId),
      class: `point${p.planned ? ' is-planned' : ''}`,
      'data-tip': pointText(p),
      'aria-label': pointText(p),
    },
    yMax !== null && s('line', { x1: x, x2: x, y1: y, y2: yMax, class: 'range' }),
    shape,
    s(
      'text',
      { x, y: y - 12, class: 'point-label', 'text-anchor': 'middle', 'aria-hidden': 'true' },
      formatFigure(p),
    ),
  );
}

/** Points of one day side by side, 14 units apart, so none hides another. */
function spread(points: Array<{ date: string | null }>, point: { date: string | null }): number {
  const sameDay = points.filter((p) => p.date === point.date);
  return (sameDay.indexOf(point) - (sameDay.length - 1) / 2) * 14;
}

export function timelineChart(points: FigurePoint[], W = 640): HTMLElement {
  const dated = points.filter((p): p is FigurePoint & { date: string } => Boolean(p.date));
  const y = valueScale(
    dated.flatMap((p) => [p.value, p.max ?? p.value]),
    [H - M.bottom, M.top],
  );
  const x = dateScale(
    dated.map((p) => p.date),
    [M.left, W - M.right],
  );
  const days = [...new Set(dated.map((p) => p.date))].sort();
  const reported = dated.filter((p) => !p.planned).sort((a, b) => a.date.localeCompare(b.date));
  const svg = s(
    'svg',
    {
      viewBox: `0 0 ${W} ${H}`,
      class: 'timeline',
      role: 'group',
      'aria-label': t('timeline.label', { scale: t(`timeline.${y.kind}`) }),
    },
    s(
      'g',
      { class: 'axis y-axis', 'aria-hidden': 'true' },
      y.ticks.map((v) =>
        s(
          'g',
          null,
          s('line', { x1: M.left, x2: W - M.right, y1: y(v), y2: y(v), class: 'grid' }),
          s('text', { x: M.left - 8, y: y(v) + 4, 'text-anchor': 'end' }, formatNumber(v)),
        ),
      ),
    ),
    s(
      'g',
      { class: 'axis x-axis', 'aria-hidden': 'true' },
      days.map((d) => s('text', { x: x(d), y: H - M.bottom + 20, 'text-anchor': 'middle' }, formatDate(d))),
    ),
    reported.length > 1 &&
      s('polyline', {
        class: 'trend',
        points: reported.map((p) => `${x(p.date) + spread(dated, p)},${y(p.value)}`).join(' '),
        'aria-hidden': 'true',
      }),
    s(
      'g',
      { class: 'points' },
      dated.map((p) =>
        marker(p, x(p.date) + spread(dated, p), y(p.value), p.max === undefined ? null : y(p.max)),
      ),
    ),
  );
  const undated = points.filter((p) => !p.date);
  const figure = h(
    'figure',
    { class: 'chart timeline-chart' },
    dated.length > 0
      ? h('div', { class: 'chart-scroll' }, svg)
      : h('p', { class: 'empty' }, t('timeline.noDated')),
    h(
      'figcaption',
      null,
      h(
        'span',
        { class: 'legend-item' },
        h('span', { class: 'key key-reported', 'aria-hidden': 'true' }),
        t('timeline.reported'),
      ),
      h(
        'span',
        { class: 'legend-item' },
        h('span', { class: 'key key-planned', 'aria-hidden': 'true' }),
        t('timeline.planned'),
      ),
      undated.length > 0 &&
        h('span', { class: 'undated' }, t('timeline.undated', { list: undated.map(pointText).join('; ') })),
    ),
  );
  attachTip(figure);
  return figure;
}
