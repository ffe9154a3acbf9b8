/** The mock's read endpoints: claim list filters, search and entity pages over the fixtures. */
import type { FixtureArticle, FixtureClaim } from './fixtures.js';
import type { MockLedger } from './mock-ledger.js';

const has = (haystack: string | null | undefined, needle: string) =>
  (haystack ?? '').toLowerCase().includes(needle.toLowerCase());

function matches(ledger: MockLedger, claim: FixtureClaim, p: URLSearchParams): boolean {
  const found = ledger.statementsOf(claim);
  const get = (k: string) => p.get(k) ?? '';
  if (get('lang') && !found.some((f) => f.article.language === get('lang'))) return false;
  if (get('stance') && !found.some((f) => f.statement.stance === get('stance'))) return false;
  if (
    get('outlet') &&
    !found.some(
      (f) => has(f.article.outlet, get('outlet')) || has(f.statement.citedSource?.name, get('outlet')),
    )
  )
    return false;
  if (
    get('entity') &&
    !claim.places.includes(get('entity')) &&
    !found.some(
      (f) =>
        f.statement.speaker.entityId === get('entity') || f.statement.speaker.affiliation === get('entity'),
    )
  )
    return false;
  if (get('from') && !found.some((f) => (f.article.published ?? '') >= get('from'))) return false;
  if (get('to') && !found.some((f) => f.article.published && f.article.published <= get('to'))) return false;
  if (get('q') && !has(claim.label, get('q')) && !found.some((f) => has(f.statement.content, get('q'))))
    return false;
  return true;
}

export function listClaims(ledger: MockLedger, p: URLSearchParams) {
  const limit = Math.min(500, Math.max(1, Number(p.get('limit') ?? 50) || 50));
  const offset = Math.max(0, Number(p.get('offset') ?? 0) || 0);
  const all = ledger.data.claims
    .filter((c) => matches(ledger, c, p))
    .map((c) => ledger.summary(c))
    .sort((a, b) => b.statements - a.statements);
  return { total: all.length, claims: all.slice(offset, offset + limit) };
}

export function articleAnswer(article: FixtureArticle) {
  const { copyGroup: _group, duplicateOf: _dup, ...rest } = article;
  return { article: rest };
}

export function listArticles(ledger: MockLedger) {
  const articles = ledger.data.articles.map((a) => ({
    id: a.id,
    url: a.url,
    title: a.title,
    outlet: a.outlet,
    language: a.language,
    published: a.published,
    statements: a.statements.length,
    duplicateOf: a.duplicateOf,
  }));
  return { total: articles.length, articles };
}

export function entityAnswer(ledger: MockLedger, id: string) {
  const entity = ledger.data.entities.find((e) => e.id === id);
  if (!entity) return null;
  const claims = ledger.data.claims.filter(
    (c) =>
      c.places.includes(id) ||
      ledger
        .statementsOf(c)
        .some((f) => f.statement.speaker.entityId === id || f.statement.speaker.affiliation === id),
  );
  const statements = claims.flatMap((c) =>
    ledger
      .statementsOf(c)
      .filter((f) => f.statement.speaker.entityId === id || f.statement.speaker.affiliation === id)
      .map((f) => ledger.claimStatement(c, f)),
  );
  const unique = [...new Map(statements.map((s) => [s.id, s])).values()];
  return { entity, statements: unique, claims: claims.map((c) => ledger.summary(c)) };
}

const snippet = (text: string, q: string) => {
  const at = text.toLowerCase().indexOf(q.toLowerCase());
  return at < 0
    ? text.slice(0, 120)
    : `${at > 40 ? '…' : ''}${text.slice(Math.max(0, at - 40), at + q.length + 60)}…`;
};

export function search(ledger: MockLedger, q: string) {
  const articles = ledger.data.articles
    .filter((a) => has(a.title, q) || has(a.text, q))
    .map((a) => ({ id: a.id, title: a.title, snippet: snippet(a.text, q) }));
  const statements = ledger.data.articles.flatMap((a) =>
    a.statements
      .filter((s) => has(s.content, q) || has(s.speaker.name, q))
      .map((s) => ({ id: s.id, articleId: a.id, speaker: s.speaker.name, snippet: snippet(s.content, q) })),
  );
  const claims = ledger.data.claims.filter((c) => has(c.label, q)).map((c) => ledger.summary(c));
  return { articles, statements, claims };
}
