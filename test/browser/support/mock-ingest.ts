/**
 * `POST /api/articles` in the mock: a pasted text becomes an article. A stand-in for the
 * extractor reads one reported statement ("X said that Y.") so the ledger has something to count;
 * a text about North Korean troops is linked to claim 1.
 */
import type { FixtureArticle, FixtureStatement } from './fixtures.js';
import type { MockLedger } from './mock-ledger.js';

export interface Answer {
  status: number;
  body: unknown;
}
const fail = (status: number, code: string, message: string): Answer => ({
  status,
  body: { error: { code, message } },
});

const REPORTED =
  /(^|\n)([^\n.]*?[A-Za-z'’]+) (said|says|mengatakan)( on \w+)? (that|bahwa) ([^\n]*?)\.(?=\s|$)/;

function readStatement(text: string, id: number): FixtureStatement | null {
  const m = REPORTED.exec(text);
  if (!m) return null;
  const start = m.index + m[1]!.length;
  const speaker = m[2]!.replace(/^.*—\s*/, '');
  const speakerStart = text.indexOf(speaker, start);
  const cueStart = text.indexOf(` ${m[3]} `, speakerStart) + 1;
  const content = m[6]!;
  const contentStart = text.indexOf(content, cueStart);
  const span = (s: number, e: number) => ({ start: s, end: e });
  return {
    id,
    claimIds: [],
    speaker: {
      name: speaker,
      kind: 'organization',
      role: null,
      entityId: null,
      affiliation: null,
      span: span(speakerStart, speakerStart + speaker.length),
      implied: false,
      rule: 'mock.speaker',
    },
    cue: m[3]!,
    cueSpan: span(cueStart, cueStart + m[3]!.length),
    direct: false,
    stance: 'assert',
    certainty: 'high',
    negated: false,
    content,
    span: span(speakerStart, contentStart + content.length + 1),
    contentSpan: span(contentStart, contentStart + content.length),
    citedSource: null,
    figures: [],
    dates: [],
    rule: 'mock.reported-that',
    stanceRule: 'mock.default-assert',
    corrected: false,
    corrections: [],
  };
}

export function addArticle(ledger: MockLedger, body: Record<string, unknown>): Answer {
  if (typeof body.url === 'string')
    return fail(422, 'unreadable_article', `the mock server does not fetch ${body.url}`);
  if (typeof body.text !== 'string' || body.text.trim() === '')
    return fail(400, 'bad_request', 'give { url } or { text }');
  const text = body.text;
  const existing = ledger.data.articles.find((a) => a.text === text);
  const claimIdsOf = (a: FixtureArticle) => [...new Set(a.statements.flatMap((s) => s.claimIds))];
  if (existing)
    return {
      status: 200,
      body: {
        article: { id: existing.id, title: existing.title },
        created: false,
        claims: claimIdsOf(existing),
      },
    };
  const id = Math.max(...ledger.data.articles.map((a) => a.id)) + 1;
  const statementId = Math.max(...ledger.data.articles.flatMap((a) => a.statements.map((s) => s.id))) + 1;
  const statement = readStatement(text, statementId);
  if (statement && /north korea|korea utara/i.test(text)) statement.claimIds.push(1);
  const article: FixtureArticle = {
    id,
    url: null,
    title: typeof body.title === 'string' ? body.title : text.split('\n')[0]!.slice(0, 120),
    outlet: typeof body.outlet === 'string' ? body.outlet : null,
    duplicateOf: null,
    copyGroup: id,
    language: typeof body.language === 'string' ? body.language : 'en',
    published: typeof body.published === 'string' ? body.published : null,
    text,
    statements: statement ? [statement] : [],
    entities: [],
    figures: [],
    dates: [],
  };
  ledger.data.articles.push(article);
  for (const claimId of statement?.claimIds ?? [])
    ledger.data.claims.find((c) => c.id === claimId)?.statementIds.push(statementId);
  return {
    status: 201,
    body: { article: { id, title: article.title }, created: true, claims: claimIdsOf(article) },
  };
}
