import { h } from '../dom/h.js';
import { t, type MessageKey } from '../i18n/index.js';
import { LEGEND_KINDS } from './article-marks.js';

/** What each highlight colour and underline means. */
export function highlightLegend(): HTMLElement {
  return h(
    'section',
    { class: 'legend', 'aria-labelledby': 'legend-heading' },
    h('h2', { id: 'legend-heading' }, t('article.legend')),
    h(
      'ul',
      null,
      LEGEND_KINDS.map((kind) =>
        h(
          'li',
          null,
          h('span', { class: `hl hl-${kind} legend-sample`, 'aria-hidden': 'true' }, t('article.sample')),
          ' ',
          t(`hl.${kind}` as MessageKey),
        ),
      ),
    ),
    h('p', { class: 'hint' }, t('article.legendHint')),
  );
}
