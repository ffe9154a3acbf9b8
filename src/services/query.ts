import type { ClaimStatementT, ClaimSummaryT, SourceGraphT } from '../api/contract/read.js';
import type { STANCES } from '../domain/correction.js';
import { CorroborateError } from '../domain/errors.js';
import { core } from '../ledger/link.js';
import type { LedgerStore } from '../store/port.js';
import type { ClaimRecord, ClaimStatementRow, ListFilter, Page } from '../store/types.js';

/**
 * 2: a claim's `label` is a sentence (the content of its best statement, `labelStatementId`);
 * the concept key it used to be is `key`.
 */
export const LIST_SCHEMA_VERSION = 2;

/** The list's view of a claim (the `ClaimSummary` of src/api/contract/read.ts). */
export function claimSummary(c: ClaimRecord): ClaimSummaryT {
  return {
    id: c.id,
    label: c.label,
    key: c.key,
    labelStatementId: c.labelStatementId,
    statements: c.statements,
    articles: c.articles,
    languages: c.languages,
    stances: c.stances,
    independentSources: c.independentSources,
    speakers: c.speakers,
    affiliations: c.affiliations,
    figures: c.figures,
    firstSeen: c.firstSeen,
    lastSeen: c.lastSeen,
  };
}
export type ClaimSummary = ClaimSummaryT;

export async function listClaims(
  store: LedgerStore,
  filter: ListFilter = {},
  page: Page = { limit: 50, offset: 0 },
) {
  const r = await store.listClaims(filter, page);
  return { schemaVersion: LIST_SCHEMA_VERSION, total: r.total, claims: r.claims.map(claimSummary) };
}

export function claimStatement(s: ClaimStatementRow): ClaimStatementT {
  return {
    id: s.id,
    articleId: s.articleId,
    articleTitle: s.title,
    outlet: s.outlet,
    published: s.published,
    language: s.language,
    speaker: {
      name: s.speakerName,
      kind: s.speakerKind as ClaimStatementT['speaker']['kind'],
      role: s.speakerRole,
      entityId: s.speakerEntity,
      affiliation: s.affiliation,
      implied: s.implied,
    },
    cue: s.cue,
    direct: s.direct,
    stance: s.linkStance as (typeof STANCES)[number],
    certainty: s.certainty,
    content: s.content,
    span: { start: s.spanStart, end: s.spanEnd },
    saidOn: s.saidOn,
    citedSource: s.citedName
      ? { name: s.citedName, kind: s.citedKind as NonNullable<ClaimStatementT['citedSource']>['kind'] }
      : null,
    link: { reason: s.reason.rule, matched: s.reason.matched, score: s.reason.score },
    copyGroup: s.copyGroup,
  };
}

/**
 * Who said it through whom: speakers, the bodies they speak for, the outlets that relayed them
 * and the articles (syndicated copies collapsed into one node with a count).
 */
type GraphNode = SourceGraphT['nodes'][number];
type GraphEdge = SourceGraphT['edges'][number];
export function sourceGraph(rows: ClaimStatementRow[]): SourceGraphT {
  const nodes = new Map<string, GraphNode>();
  const edges = new Map<string, GraphEdge>();
  const groups = new Map<number, Set<number>>();
  const edge = (from: string, to: string, kind: GraphEdge['kind']) =>
    edges.set(`${from}>${to}`, { from, to, kind });
  for (const s of rows) {
    const spk = `speaker:${s.speakerEntity ?? s.speakerName.toLowerCase()}`;
    nodes.set(spk, { id: spk, kind: 'speaker', label: s.speakerName });
    if (s.affiliation) {
      const aff = `affiliation:${s.affiliation}`;
      nodes.set(aff, { id: aff, kind: 'affiliation', label: s.affiliation.replace(/^[a-z]+:/, '') });
      edge(spk, aff, 'member');
    }
    const grp = `article:${s.copyGroup}`;
    groups.set(s.copyGroup, (groups.get(s.copyGroup) ?? new Set()).add(s.articleId));
    nodes.set(grp, { id: grp, kind: 'article', label: s.outlet ?? s.title ?? `article ${s.articleId}` });
    if (s.citedName) {
      const via = `outlet:${s.citedName.toLowerCase()}`;
      nodes.set(via, { id: via, kind: 'outlet', label: s.citedName });
      edge(spk, via, 'relayed');
      edge(via, grp, 'published');
    } else edge(spk, grp, 'said');
  }
  for (const [g, ids] of groups) {
    const n = nodes.get(`article:${g}`);
    if (n) n.copies = ids.size;
  }
  return { nodes: [...nodes.values()], edges: [...edges.values()] };
}

export const MAX_STATEMENTS = 500;

export async function claimDetail(store: LedgerStore, id: number) {
  const c = await store.getClaim(id);
  if (!c) throw new CorroborateError('not_found', `no claim ${id}`);
  // a claim told by thousands of statements shows its first MAX_STATEMENTS; the counts cover all
  const rows = await store.claimStatements(id, MAX_STATEMENTS);
  const keys = core(c.profile);
  const name = async (k: string) => (await store.getEntity(k))?.name ?? k.replace(/^[a-z]+:/, '');
  const placeKeys = [
    ...new Set(keys.filter((k) => /^(at:)?(country|place):/.test(k)).map((k) => k.replace(/^at:/, ''))),
  ];
  const places = [];
  for (const k of placeKeys) {
    const e = await store.getEntity(k);
    places.push({
      id: k,
      name: e?.name ?? k,
      type: k.startsWith('country:') ? 'country' : 'place',
      coordinates: e?.coordinates ?? null,
    });
  }
  const subject = await Promise.all(
    keys
      .filter((k) => /^(country|org|person):/.test(k))
      .slice(0, 3)
      .map(name),
  );
  const object = [
    ...keys.filter((k) => k.startsWith('t:')).map((k) => k.slice(2).replace(/_/g, ' ')),
    ...(await Promise.all(keys.filter((k) => k.startsWith('at:')).map((k) => name(k.slice(3))))),
  ];
  return {
    claim: {
      ...claimSummary(c),
      subject: subject.join(', '),
      predicate: keys
        .filter((k) => k.startsWith('p:') || k.startsWith('d:'))
        .map((k) => k.slice(2).replace(/_/g, ' '))
        .join(', '),
      object: object.join(', '),
      places,
      statements: rows.map(claimStatement),
      statementsTotal: c.statements,
      sources: sourceGraph(rows),
    },
  };
}

export async function listArticles(
  store: LedgerStore,
  filter: ListFilter = {},
  page: Page = { limit: 50, offset: 0 },
) {
  const r = await store.listArticles(filter, page);
  return {
    schemaVersion: LIST_SCHEMA_VERSION,
    total: r.total,
    articles: r.articles.map((a) => ({
      id: a.id,
      url: a.url,
      title: a.title,
      outlet: a.outlet,
      language: a.language,
      published: a.published,
      statements: a.statements,
      duplicateOf: a.copyOf,
    })),
  };
}

export async function articleDetail(store: LedgerStore, id: number) {
  const a = await store.getArticle(id);
  if (!a) throw new CorroborateError('not_found', `no article ${id}`);
  const st = await store.articleStatements(id);
  return {
    article: {
      id: a.id,
      url: a.url,
      title: a.title,
      outlet: a.outlet,
      language: a.language,
      published: a.published,
      duplicateOf: a.copyOf,
      text: a.text,
      statements: st.map((s) => ({ ...s.data, id: s.id, claimIds: s.claimIds })),
      entities: a.extraction.entities,
      figures: a.extraction.figures,
      dates: a.extraction.dates,
    },
  };
}

export async function entityDetail(store: LedgerStore, idOrName: string) {
  const e = await store.getEntity(idOrName);
  if (!e) throw new CorroborateError('not_found', `no entity "${idOrName}"`);
  const statements = (await store.entityStatements(e.id, 200)).map(claimStatement);
  const claims = (await claimsById(store, await store.entityClaims(e.id, 50))).map(claimSummary);
  return { entity: e, statements, claims };
}

/** Claims by id in the order given (missing ones left out): in one batch where the store can. */
async function claimsById(store: LedgerStore, ids: number[]): Promise<ClaimRecord[]> {
  if (store.getClaims) return store.getClaims(ids);
  const out: ClaimRecord[] = [];
  for (const id of ids) {
    const c = await store.getClaim(id);
    if (c) out.push(c);
  }
  return out;
}

export async function searchAll(store: LedgerStore, q: string, limit = 20) {
  if (!q.trim()) throw new CorroborateError('usage', 'search needs words to look for');
  const hits = await store.search(q, limit);
  const claims = (await claimsById(store, hits.claims)).map(claimSummary);
  return { articles: hits.articles, statements: hits.statements, claims };
}
