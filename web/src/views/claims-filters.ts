import { filtersToQuery, hasActiveFilters, type ClaimFilters } from '../api/filters.js';
import { STANCES } from '../api/types.js';
import { languageName } from '../claims/format.js';
import { stanceLabel } from '../components/stance-badge.js';
import { h } from '../dom/h.js';
import { t } from '../i18n/index.js';
import type { Navigate } from '../router/navigation.js';
import { paths } from '../router/routes.js';

function field(id: string, label: string, control: HTMLElement, hint?: string): HTMLElement {
  control.id = id;
  if (hint) control.setAttribute('aria-describedby', `${id}-hint`);
  return h(
    'div',
    { class: 'field' },
    h('label', { for: id }, label),
    control,
    hint && h('small', { id: `${id}-hint`, class: 'hint' }, hint),
  );
}

function select(name: string, value: string, options: Array<[string, string]>): HTMLSelectElement {
  return h(
    'select',
    { name },
    options.map(([v, label]) => h('option', { value: v, selected: v === value }, label)),
  );
}

/**
 * The filters of `GET /api/claims` as a form; applying it changes the page URL, not just the list.
 * `ledgerLangs`: the languages of the ledger's articles (from `/api/health`), all offered.
 */
export function claimsFilters(
  filters: ClaimFilters,
  navigate: Navigate,
  ledgerLangs: readonly string[] = [],
): HTMLElement {
  const langs = [...new Set([...ledgerLangs, filters.lang].filter(Boolean))];
  const form = h(
    'form',
    { class: 'filters', role: 'search', 'aria-label': t('filters.label') },
    field('f-q', t('filters.text'), h('input', { type: 'search', name: 'q', value: filters.q })),
    field(
      'f-lang',
      t('filters.language'),
      select('lang', filters.lang, [
        ['', t('filters.any')],
        ...langs.map((l): [string, string] => [l, languageName(l)]),
      ]),
    ),
    field(
      'f-stance',
      t('filters.stance'),
      select('stance', filters.stance, [
        ['', t('filters.any')],
        ...STANCES.map((s): [string, string] => [s, stanceLabel(s)]),
      ]),
    ),
    field(
      'f-outlet',
      t('filters.outlet'),
      h('input', { type: 'text', name: 'outlet', value: filters.outlet }),
    ),
    field(
      'f-entity',
      t('filters.entity'),
      h('input', { type: 'text', name: 'entity', value: filters.entity }),
      t('filters.entityHint'),
    ),
    field('f-from', t('filters.from'), h('input', { type: 'date', name: 'from', value: filters.from })),
    field('f-to', t('filters.to'), h('input', { type: 'date', name: 'to', value: filters.to })),
    h(
      'div',
      { class: 'actions' },
      h('button', { type: 'submit', class: 'primary' }, t('filters.apply')),
      hasActiveFilters(filters) && h('a', { href: paths.claims(), class: 'button' }, t('filters.clear')),
    ),
  );
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const data = new FormData(form);
    const text = (name: string) => String(data.get(name) ?? '').trim();
    const next: ClaimFilters = {
      ...filters,
      q: text('q'),
      lang: text('lang'),
      stance: text('stance') as ClaimFilters['stance'],
      outlet: text('outlet'),
      entity: text('entity'),
      from: text('from'),
      to: text('to'),
      offset: 0,
    };
    navigate(paths.claims(filtersToQuery(next)));
  });
  return form;
}
