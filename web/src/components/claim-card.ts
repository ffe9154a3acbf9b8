import type { ClaimSummary } from '../api/types.js';
import { formatDate, languageName } from '../claims/format.js';
import { h } from '../dom/h.js';
import { t, tp } from '../i18n/index.js';
import { paths } from '../router/routes.js';
import { stanceCounts } from './stance-badge.js';

/** "3 independent sources out of 88 statements · 13 articles" */
export function independenceLine(independent: number, statements: number, articles: number): HTMLElement {
  return h(
    'p',
    { class: 'independence' },
    h('strong', null, tp('count.independent', independent)),
    ' ',
    t('claim.outOf'),
    ' ',
    tp('count.statements', statements),
    ' · ',
    tp('count.articles', articles),
  );
}

/** One claim in a list: what is claimed, how it is attested, in which languages, how recently. */
export function claimCard(claim: ClaimSummary, headingLevel: 'h2' | 'h3' = 'h2'): HTMLElement {
  return h(
    'article',
    { class: 'card claim-card' },
    h(headingLevel, { class: 'card-title' }, h('a', { href: paths.claim(claim.id) }, claim.label)),
    stanceCounts(claim.stances),
    independenceLine(claim.independentSources, claim.statements, claim.articles),
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
