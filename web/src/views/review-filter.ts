import { corrections } from '../api/corrections.js';
import { h } from '../dom/h.js';
import { t } from '../i18n/index.js';
import { paths } from '../router/routes.js';
import type { Navigate } from '../router/navigation.js';
import type { ViewContext, ViewResult } from './view.js';

/** Filters the claims by the desk's verdict and review status (`/?verdict=false&status=review`). */
export function reviewFilter(query: URLSearchParams, navigate: Navigate): HTMLElement {
  const rating = h(
    'select',
    { id: 'f-verdict', name: 'verdict' },
    h('option', { value: '' }, t('claims.any')),
  );
  const status = h('select', { id: 'f-status', name: 'status' }, h('option', { value: '' }, t('claims.any')));
  void corrections.ratings().then((r) => {
    for (const x of r.ratings)
      rating.append(h('option', { value: x, selected: query.get('verdict') === x }, x));
    for (const x of r.statuses)
      status.append(h('option', { value: x, selected: query.get('status') === x }, x));
  });
  const submit = (e: Event) => {
    e.preventDefault();
    const q = new URLSearchParams();
    if ((rating as HTMLSelectElement).value) q.set('verdict', (rating as HTMLSelectElement).value);
    if ((status as HTMLSelectElement).value) q.set('status', (status as HTMLSelectElement).value);
    navigate(paths.claims(q));
  };
  return h(
    'form',
    { class: 'filters review-filter', onsubmit: submit, 'aria-label': t('claims.verdictFilter') },
    h('label', { for: 'f-verdict' }, t('claims.verdictFilter')),
    ' ',
    rating,
    ' ',
    h('label', { for: 'f-status' }, t('claims.statusFilter')),
    ' ',
    status,
    ' ',
    h('button', { type: 'submit' }, t('claims.verdictFilter')),
  );
}

/** The claims with a verdict matching the filter. */
export async function reviewedListView(query: URLSearchParams, ctx: ViewContext): Promise<ViewResult> {
  const params = new URLSearchParams();
  const verdict = query.get('verdict');
  const status = query.get('status');
  if (verdict) params.set('rating', verdict);
  if (status) params.set('status', status);
  const r = await corrections.verdicts(params, ctx.signal);
  const node = h(
    'div',
    { class: 'claims-page' },
    h('h1', null, t('claims.title')),
    reviewFilter(query, ctx.navigate),
    h('p', { class: 'result-count', role: 'status' }, t('claims.count', { total: r.total })),
    h(
      'ol',
      { class: 'card-list reviewed-list' },
      r.claims.map((c) =>
        h(
          'li',
          { class: 'claim-card reviewed' },
          h('h3', null, h('a', { href: paths.claim(c.id) }, c.label)),
          h(
            'p',
            { class: 'current-verdict' },
            t('analyst.currentVerdict', {
              rating: c.verdict.rating,
              status: c.verdict.status,
              by: c.verdict.by,
            }),
          ),
        ),
      ),
    ),
  );
  return { title: t('claims.title'), node };
}
