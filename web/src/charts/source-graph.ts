/**
 * The source graph: who speaks for whom, which outlets relayed them and which articles carried
 * them. A node standing for several syndicated copies shows "×3".
 */
import type { SourceGraph } from '../api/types.js';
import { h } from '../dom/h.js';
import { s } from '../dom/svg.js';
import { t, type MessageKey } from '../i18n/index.js';
import { attachTip } from '../components/tip.js';
import { COLUMNS, layoutGraph, type LaidEdge, type LaidNode } from './graph-layout.js';

// 12px text in a 148-unit box holds about 20 characters
const MAX_LABEL = 19;
const short = (label: string) => (label.length > MAX_LABEL ? `${label.slice(0, MAX_LABEL - 1)}…` : label);

function nodeText(n: LaidNode): string {
  const kind = t(`graph.${n.kind}` as MessageKey);
  return n.copies > 1 ? `${kind}: ${n.label} (${t('graph.copies', { n: n.copies })})` : `${kind}: ${n.label}`;
}

function edgePath(e: LaidEdge): SVGElement {
  const [a, b] = e.from.x <= e.to.x ? [e.from, e.to] : [e.to, e.from];
  const mid = (a.x + b.x) / 2;
  return s('path', {
    d: `M${a.x},${a.y}C${mid},${a.y} ${mid},${b.y} ${b.x},${b.y}`,
    class: `edge edge-${e.kind}`,
  });
}

function nodeMark(n: LaidNode): SVGElement {
  return s(
    'g',
    {
      class: `node node-${n.kind}`,
      tabindex: 0,
      role: 'img',
      'aria-label': nodeText(n),
      'data-tip': nodeText(n),
      transform: `translate(${n.x},${n.y})`,
    },
    s('rect', { x: -74, y: -15, width: 148, height: 30, rx: n.kind === 'speaker' ? 15 : 4 }),
    s('text', { y: 4, 'text-anchor': 'middle', 'aria-hidden': 'true' }, short(n.label)),
    n.copies > 1 &&
      s(
        'g',
        { class: 'copies', 'aria-hidden': 'true' },
        s('circle', { cx: 70, cy: -13, r: 11 }),
        s('text', { x: 70, y: -9, 'text-anchor': 'middle' }, `×${n.copies}`),
      ),
  );
}

export function sourceGraph(graph: SourceGraph): HTMLElement {
  const layout = layoutGraph(graph, { width: 760, rowHeight: 44, padding: 24 });
  const top = 24;
  const svg = s(
    'svg',
    {
      viewBox: `0 0 ${layout.width} ${layout.height + top}`,
      class: 'source-graph',
      role: 'group',
      'aria-label': t('graph.label'),
    },
    s(
      'g',
      { class: 'column-titles', 'aria-hidden': 'true' },
      COLUMNS.map((kind, c) =>
        s(
          'text',
          { x: 24 + ((layout.width - 48) / 4) * (c + 0.5), y: 16, 'text-anchor': 'middle' },
          t(`graph.column.${kind}` as MessageKey),
        ),
      ),
    ),
    s(
      'g',
      { transform: `translate(0,${top})` },
      s('g', { class: 'edges', 'aria-hidden': 'true' }, layout.edges.map(edgePath)),
      s('g', { class: 'nodes' }, layout.nodes.map(nodeMark)),
    ),
  );
  const figure = h(
    'figure',
    { class: 'chart graph-chart' },
    layout.nodes.length > 0
      ? h('div', { class: 'chart-scroll' }, svg)
      : h('p', { class: 'empty' }, t('graph.empty')),
    h('figcaption', null, t('graph.caption')),
  );
  attachTip(figure);
  return figure;
}
