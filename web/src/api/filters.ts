/**
 * The claims list's filters, read from and written to the page URL (`/?lang=id&stance=deny`) and
 * passed to `GET /api/claims` under the same names. Bad values are dropped, not sent.
 */
import { STANCES, type Stance } from './types.js';

export interface ClaimFilters {
  q: string;
  lang: string;
  stance: Stance | '';
  outlet: string;
  entity: string;
  from: string;
  to: string;
  limit: number;
  offset: number;
}

export const DEFAULT_LIMIT = 20;
export const MAX_LIMIT = 500;
const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;
const LANG = /^[a-z]{2}$/;

function int(value: string | null, fallback: number, min: number, max: number): number {
  const n = value === null || value.trim() === '' ? NaN : Number(value);
  return Number.isInteger(n) ? Math.min(max, Math.max(min, n)) : fallback;
}

export function filtersFromQuery(query: URLSearchParams): ClaimFilters {
  const text = (name: string) => (query.get(name) ?? '').trim();
  const stance = text('stance');
  return {
    q: text('q'),
    lang: LANG.test(text('lang')) ? text('lang') : '',
    stance: (STANCES as readonly string[]).includes(stance) ? (stance as Stance) : '',
    outlet: text('outlet'),
    entity: text('entity'),
    from: ISO_DAY.test(text('from')) ? text('from') : '',
    to: ISO_DAY.test(text('to')) ? text('to') : '',
    limit: int(query.get('limit'), DEFAULT_LIMIT, 1, MAX_LIMIT),
    offset: int(query.get('offset'), 0, 0, Number.MAX_SAFE_INTEGER),
  };
}

/** The same filters as query parameters, leaving out empty ones and defaults. */
export function filtersToQuery(filters: ClaimFilters): URLSearchParams {
  const query = new URLSearchParams();
  for (const key of ['q', 'lang', 'stance', 'outlet', 'entity', 'from', 'to'] as const) {
    if (filters[key]) query.set(key, filters[key]);
  }
  if (filters.limit !== DEFAULT_LIMIT) query.set('limit', String(filters.limit));
  if (filters.offset > 0) query.set('offset', String(filters.offset));
  return query;
}

export function hasActiveFilters(filters: ClaimFilters): boolean {
  return Boolean(
    filters.q ||
    filters.lang ||
    filters.stance ||
    filters.outlet ||
    filters.entity ||
    filters.from ||
    filters.to,
  );
}
