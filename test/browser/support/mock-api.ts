/** Routes of the mock API: the endpoints of docs/API.md, answered from a MockLedger. */
import type { IncomingMessage } from 'node:http';
import { addArticle, type Answer } from './mock-ingest.js';
import type { MockLedger } from './mock-ledger.js';
import { articleAnswer, entityAnswer, listArticles, listClaims, search } from './mock-queries.js';

const ok = (body: unknown): Answer => ({ status: 200, body });
const notFound = (what: string): Answer => ({
  status: 404,
  body: { error: { code: 'not_found', message: `no ${what}` } },
});

async function readJson(req: IncomingMessage): Promise<Record<string, unknown> | null> {
  let raw = '';
  for await (const chunk of req) raw += chunk;
  try {
    const body: unknown = JSON.parse(raw);
    return body && typeof body === 'object' ? (body as Record<string, unknown>) : null;
  } catch {
    return null;
  }
}

export async function answerApi(
  ledger: MockLedger,
  req: IncomingMessage,
  url: URL,
  token: string,
): Promise<Answer> {
  const path = url.pathname.replace(/^\/api/, '');
  const [, head, rawId] = path.split('/');
  const id = rawId === undefined ? undefined : decodeURIComponent(rawId);
  if (req.method === 'POST' && path === '/articles') {
    if (req.headers.authorization !== `Bearer ${token}`)
      return { status: 401, body: { error: { code: 'unauthorized', message: 'missing or wrong token' } } };
    const body = await readJson(req);
    return body
      ? addArticle(ledger, body)
      : { status: 400, body: { error: { code: 'bad_request', message: 'the body is not a JSON object' } } };
  }
  if (req.method !== 'GET')
    return { status: 405, body: { error: { code: 'method_not_allowed', message: req.method ?? '' } } };
  if (path === '/health')
    return ok({
      ok: true,
      version: 'mock',
      articles: ledger.data.articles.length,
      claims: ledger.data.claims.length,
      languages: [...new Set(ledger.data.articles.map((a) => a.language))],
    });
  if (path === '/claims') return ok(listClaims(ledger, url.searchParams));
  if (path === '/articles') return ok(listArticles(ledger));
  if (path === '/search') return ok(search(ledger, url.searchParams.get('q') ?? ''));
  if (head === 'claims' && id) {
    const claim = ledger.data.claims.find((c) => String(c.id) === id);
    return claim ? ok({ claim: ledger.detail(claim) }) : notFound(`claim ${id}`);
  }
  if (head === 'articles' && id) {
    const article = ledger.data.articles.find((a) => String(a.id) === id);
    return article ? ok(articleAnswer(article)) : notFound(`article ${id}`);
  }
  if (head === 'entities' && id)
    return entityAnswer(ledger, id) ? ok(entityAnswer(ledger, id)) : notFound(`entity ${id}`);
  return notFound(`endpoint ${path}`);
}
