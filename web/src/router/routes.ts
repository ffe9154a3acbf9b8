/**
 * The app's URLs. History routing: every view has a real path, so a link can be shared and the
 * article page can use a real fragment (`/articles/3#s12`) for the statement to show.
 */
export type Route =
  | { name: 'claims'; query: URLSearchParams }
  | { name: 'claim'; id: number }
  | { name: 'article'; id: number; statement: number | null }
  | { name: 'entity'; id: string }
  | { name: 'search'; q: string }
  | { name: 'add' }
  | { name: 'notFound'; path: string };

const positiveInt = (text: string | undefined): number | null =>
  text && /^\d{1,15}$/.test(text) && Number(text) > 0 ? Number(text) : null;

function decode(segment: string): string | null {
  try {
    return decodeURIComponent(segment);
  } catch {
    return null;
  }
}

export function parseRoute(url: URL): Route {
  const parts = url.pathname.replace(/\/+$/, '').split('/').slice(1);
  const [head, arg, ...rest] = parts;
  const notFound: Route = { name: 'notFound', path: url.pathname };
  if (rest.length > 0) return notFound;
  if (head === undefined || head === '' || (head === 'claims' && arg === undefined)) {
    return { name: 'claims', query: url.searchParams };
  }
  if (head === 'claims' || head === 'articles') {
    const id = positiveInt(arg);
    if (id === null) return notFound;
    if (head === 'claims') return { name: 'claim', id };
    return { name: 'article', id, statement: positiveInt(/^#s(\d+)$/.exec(url.hash)?.[1]) };
  }
  if (head === 'entities' && arg) {
    const id = decode(arg);
    return id ? { name: 'entity', id } : notFound;
  }
  if (head === 'search' && arg === undefined) return { name: 'search', q: url.searchParams.get('q') ?? '' };
  if (head === 'add' && arg === undefined) return { name: 'add' };
  return notFound;
}

export const paths = {
  claims: (query?: URLSearchParams): string => (query && query.size > 0 ? `/?${query}` : '/'),
  claim: (id: number): string => `/claims/${id}`,
  article: (id: number, statementId?: number): string =>
    `/articles/${id}${statementId === undefined ? '' : `#s${statementId}`}`,
  entity: (id: string): string => `/entities/${encodeURIComponent(id)}`,
  search: (q: string): string => `/search?${new URLSearchParams({ q })}`,
  add: (): string => '/add',
};
