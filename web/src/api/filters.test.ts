import { describe, expect, it } from 'vitest';
import { DEFAULT_LIMIT, filtersFromQuery, filtersToQuery } from './filters.js';
import { pageInfo } from './pagination.js';

describe('claims filters', () => {
  it('reads every filter the API knows from the page query', () => {
    const f = filtersFromQuery(
      new URLSearchParams(
        'q=troops&lang=id&stance=deny&outlet=CNN&entity=country:KP&from=2024-10-01&to=2024-10-31&limit=5&offset=10',
      ),
    );
    expect(f).toEqual({
      q: 'troops',
      lang: 'id',
      stance: 'deny',
      outlet: 'CNN',
      entity: 'country:KP',
      from: '2024-10-01',
      to: '2024-10-31',
      limit: 5,
      offset: 10,
    });
  });

  it('drops values the API would reject instead of sending them', () => {
    const f = filtersFromQuery(
      new URLSearchParams('lang=Indonesian&stance=maybe&from=24/10/2024&limit=-3&offset=x'),
    );
    expect(f).toMatchObject({ lang: '', stance: '', from: '', limit: 1, offset: 0 });
    expect(filtersFromQuery(new URLSearchParams('limit=9999')).limit).toBe(500);
  });

  it('writes back only what differs from the defaults, so a plain list has a plain URL', () => {
    const f = filtersFromQuery(new URLSearchParams(''));
    expect(f.limit).toBe(DEFAULT_LIMIT);
    expect(filtersToQuery(f).toString()).toBe('');
    expect(filtersToQuery({ ...f, stance: 'hedge', offset: 20 }).toString()).toBe('stance=hedge&offset=20');
  });
});

describe('pagination', () => {
  it('offers a next page only while items remain', () => {
    expect(pageInfo(45, 20, 0, 20)).toEqual({
      first: 1,
      last: 20,
      total: 45,
      prevOffset: null,
      nextOffset: 20,
    });
    expect(pageInfo(45, 20, 40, 5)).toEqual({
      first: 41,
      last: 45,
      total: 45,
      prevOffset: 20,
      nextOffset: null,
    });
  });

  it('counts an empty page as nothing shown', () => {
    expect(pageInfo(0, 20, 0, 0)).toMatchObject({ first: 0, last: 0, nextOffset: null, prevOffset: null });
  });
});
