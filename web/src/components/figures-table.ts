import type { FigurePoint } from '../api/types.js';
import { formatDate, formatFigure } from '../claims/format.js';
import { h } from '../dom/h.js';
import { t } from '../i18n/index.js';
import { paths } from '../router/routes.js';

/** The timeline's figures as a table, for reading without the chart. */
export function figuresTable(points: FigurePoint[]): HTMLElement {
  return h(
    'details',
    { class: 'figures-table' },
    h('summary', null, t('timeline.asTable')),
    h(
      'table',
      null,
      h(
        'thead',
        null,
        h(
          'tr',
          null,
          ...['timeline.date', 'timeline.figure', 'timeline.speaker', 'timeline.kind'].map((k) =>
            h('th', { scope: 'col' }, t(k as 'timeline.date')),
          ),
        ),
      ),
      h(
        'tbody',
        null,
        points.map((p) =>
          h(
            'tr',
            null,
            h('td', null, formatDate(p.date)),
            h(
              'td',
              null,
              h(
                'a',
                { href: paths.article(p.articleId, p.statementId) },
                formatFigure(p),
                p.unit ? ` ${p.unit}` : '',
              ),
            ),
            h('td', null, p.speaker),
            h('td', null, p.planned ? t('timeline.planned') : t('timeline.reported')),
          ),
        ),
      ),
    ),
  );
}
