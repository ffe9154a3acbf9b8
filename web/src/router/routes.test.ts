import { describe, expect, it } from 'vitest';
import { parseRoute, paths } from './routes.js';

const at = (path: string) => parseRoute(new URL(path, 'http://localhost'));

describe('routes', () => {
  it('reads each view from its path', () => {
    expect(at('/')).toMatchObject({ name: 'claims' });
    expect(at('/claims/7')).toEqual({ name: 'claim', id: 7 });
    expect(at('/search?q=Kursk')).toEqual({ name: 'search', q: 'Kursk' });
    expect(at('/add')).toEqual({ name: 'add' });
  });

  it('takes the statement to show from the article fragment', () => {
    expect(at('/articles/3#s12')).toEqual({ name: 'article', id: 3, statement: 12 });
    expect(at('/articles/3#top')).toEqual({ name: 'article', id: 3, statement: null });
  });

  it('keeps the colon of an entity id through a round trip', () => {
    expect(paths.entity('country:KP')).toBe('/entities/country%3AKP');
    expect(at(paths.entity('country:KP'))).toEqual({ name: 'entity', id: 'country:KP' });
  });

  it('sends unknown paths and bad ids to the not-found view', () => {
    expect(at('/claims/abc').name).toBe('notFound');
    expect(at('/claims/0').name).toBe('notFound');
    expect(at('/nowhere').name).toBe('notFound');
    expect(at('/entities/%E0%A4%A').name).toBe('notFound');
  });

  it('keeps the list filters in the URL', () => {
    const route = at(paths.claims(new URLSearchParams({ stance: 'deny' })));
    expect(route.name === 'claims' && route.query.get('stance')).toBe('deny');
  });
});
