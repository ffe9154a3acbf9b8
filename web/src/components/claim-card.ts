import type { ClaimSummary } from '../api/types.js';
import { formatDate, languageName } from '../claims/format.js';
import { h } from '../dom/h.js';
import { t, tp } from '../i18n/index.js';
import { paths } from '../router/routes.js';
import { stanceCounts } from './stance-badge.js';

/** One claim in a list: what is claimed, how it is attested, in which languages, how recently. */
export function claimCard(claim: ClaimSummary, headingLevel: 'h2' | 'h3' = 'h2'): HTMLElement {
  return h(
    'article',
    { class: 'card claim-card' },
    h(headingLevel, { class: 'card-title' }, h('a', { href: paths.claim(claim.id) }, claim.label)),
    stanceCounts(claim.stances),
    h(
      'p',
      { class: 'independence' },
      h('strong', null, tp('count.independent', claim.independentSources)),
      ' ',
      t('claim.outOf'),
      ' ',
      tp('count.statements', claim.statements),
      ' · ',
      tp('count.articles', claim.articles),
    ),
    h(
      'dl',
      { class: 'facts' },
      h('dt', null, t('claim.languages')),
      h('dd', null, claim.languages.map(languageName).join(', ') || '—'),
      h('dt', null, t('claim.lastUpdate')),
      h(
        'dd',
        null,
        claim.lastSeen ? h('time', { datetime: claim.lastSeen }, formatDate(claim.lastSeen)) : '—',
      ),
    ),
  );
}
