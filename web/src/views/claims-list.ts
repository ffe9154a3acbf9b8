import { api } from '../api/endpoints.js';
import { filtersFromQuery, filtersToQuery, type ClaimFilters } from '../api/filters.js';
import { pageInfo } from '../api/pagination.js';
import { claimCard } from '../components/claim-card.js';
import { h } from '../dom/h.js';
import { t } from '../i18n/index.js';
import { paths } from '../router/routes.js';
import { claimsFilters } from './claims-filters.js';
import { reviewedListView, reviewFilter } from './review-filter.js';
import type { ViewContext, ViewResult } from './view.js';

function pager(filters: ClaimFilters, total: number, shown: number): HTMLElement {
  const page = pageInfo(total, filters.limit, filters.offset, shown);
  const link = (offset: number | null, label: string, rel: string) =>
    offset === null
      ? h('span', { class: 'button disabled', 'aria-disabled': 'true' }, label)
      : h('a', { class: 'button', rel, href: paths.claims(filtersToQuery({ ...filters, offset })) }, label);
  return h(
    'nav',
    { class: 'pager', 'aria-label': t('pager.label') },
    link(page.prevOffset, t('pager.previous'), 'prev'),
    h(
      'p',
      { class: 'pager-status' },
      t('pager.status', { first: page.first, last: page.last, total: page.total }),
    ),
    link(page.nextOffset, t('pager.next'), 'next'),
  );
}

export async function claimsListView(query: URLSearchParams, ctx: ViewContext): Promise<ViewResult> {
  // a verdict or review status filter lists the claims the desk has rated
  if (query.get('verdict') || query.get('status')) return reviewedListView(query, ctx);
  const filters = filtersFromQuery(query);
  const { q, lang, stance, outlet, entity, from, to, limit, offset } = filters;
  const [{ total, claims }, languages] = await Promise.all([
    api.claims({ q, lang, stance, outlet, entity, from, to, limit, offset }, ctx.signal),
    // the filter offers every language in the ledger; a failed count only narrows the choice
    api.health(ctx.signal).then(
      (h) => h.languages ?? [],
      () => [],
    ),
  ]);
  const node = h(
    'div',
    { class: 'claims-page' },
    h('h1', null, t('claims.title')),
    h('p', { class: 'lede' }, t('claims.lede')),
    claimsFilters(filters, ctx.navigate, languages),
    reviewFilter(query, ctx.navigate),
    h(
      'section',
      { 'aria-labelledby': 'results-heading' },
      h('h2', { id: 'results-heading', class: 'visually-hidden' }, t('claims.results')),
      h('p', { class: 'result-count', role: 'status' }, t('claims.count', { total })),
      claims.length === 0
        ? h('p', { class: 'empty' }, t('claims.empty'))
        : h(
            'ol',
            { class: 'card-list' },
            claims.map((c) => h('li', null, claimCard(c, 'h3'))),
          ),
      pager(filters, total, claims.length),
    ),
  );
  return { title: t('claims.title'), node };
}
