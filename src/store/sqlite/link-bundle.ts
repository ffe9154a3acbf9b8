/**
 * @module Writes an article's links and keeps its claims' counts, in a handful of statements:
 * linked one by one it was ten statements a link (the link, a claim update, a key upsert and a
 * counter update per key, the label's reads), three quarters of what an article ran. The links
 * are played through in memory in their order (counts, first and last day, the label each claim
 * would have after each link), reading each touched claim once; then each table is written in
 * one multi-row statement and each claim updated once. The outcome is the one-by-one outcome.
 */
import {
  KEY_COUNTER,
  seen,
  stanceOf,
  tallyKeys,
  timelineFigures,
  type Stance,
  type TallyRow,
} from '../../ledger/claim-tally.js';
import { encodeReason } from '../link-reason.js';
import type { ArticleBundle, LinkReason } from '../types.js';
import { conceptIds } from './concept-ids.js';
import { sql, type DB } from './db.js';
import { firstBest, labelAfterOffer, type LabelOffer, type LabelState } from './label-offer.js';
import { bestLabel, FIGURE_INSERT, FIGURE_UPSERT, figureRow } from './claims.repo.js';
import { insertRows } from './rows-insert.js';

/** What the links of one article do to one claim, gathered before it is written. */
interface ClaimChange {
  statements: number;
  stances: Partial<Record<Stance, number>>;
  range: { first: string | null; last: string | null };
  /** counters (speakers, independent, articles) raised by keys new to the claim */
  counters: Record<string, number>;
  label: LabelState;
  labelChanged: boolean;
  /** language -> statements, loaded when the label first needs the majority */
  languages: Map<string, number> | null;
  /** best label per language among this article's links so far */
  ownBest: Map<string, LabelOffer>;
  /** best label per language among the links stored before this article */
  storedBest: Map<string, LabelOffer | undefined>;
}

const now = () => new Date().toISOString();

/** Creates the bundle's new claims and links its statements; keeps every count up to date. */
export function linkBundle(db: DB, b: ArticleBundle, articleId: number, statementIds: number[]): number[] {
  const stamp = now();
  // numbered as SQLite numbers them (one past the largest), so they go in one multi-row insert;
  // the founding statement's link below fills the profile
  const first = b.newClaims.length
    ? Number(sql(db, 'SELECT coalesce(max(id), 0) + 1 FROM claims').pluck().get())
    : 0;
  const created = b.newClaims.map((_, i) => first + i);
  insertRows(
    db,
    'INSERT INTO claims (id, label, key, profile, updated_at)',
    b.newClaims.map((c, i) => [created[i], c.label, c.key, '{}', stamp]),
  );
  const fresh = new Set(created);
  const changes = new Map<number, ClaimChange>();
  const change = (claim: number): ClaimChange => {
    let c = changes.get(claim);
    if (c) return c;
    const cur = fresh.has(claim)
      ? undefined
      : (sql(db, 'SELECT label_score, label_lang FROM claims WHERE id = ?').get(claim) as
          { label_score: number | null; label_lang: string | null } | undefined);
    c = {
      statements: 0,
      stances: {},
      range: { first: null, last: null },
      counters: {},
      label: {
        text: null,
        statementId: null,
        score: cur?.label_score ?? null,
        language: cur?.label_lang ?? null,
      },
      labelChanged: false,
      languages: null,
      ownBest: new Map(),
      storedBest: new Map(),
    };
    changes.set(claim, c);
    return c;
  };
  const languagesOf = (claim: number, c: ClaimChange, pending: Map<string, number>): Map<string, number> => {
    if (!c.languages) {
      const m = new Map<string, number>();
      if (!fresh.has(claim))
        for (const r of sql(db, "SELECT key, n FROM claim_keys WHERE claim_id = ? AND kind = 'language'").all(
          claim,
        ) as Array<{ key: string; n: number }>)
          m.set(r.key, r.n);
      c.languages = m;
      // the links of this article met before the counts were first needed
      for (const [lang, n] of pending) m.set(lang, (m.get(lang) ?? 0) + n);
    }
    return c.languages;
  };
  const pendingLanguages = new Map<number, Map<string, number>>();

  const links: unknown[][] = [];
  const keys = new Map<string, { claim: number; kind: string; key: string; name: string; n: number }>();
  const figures: unknown[][] = [];
  const concepts = new Map<number, Map<string, number>>();
  const linked = new Set<string>();
  for (const link of b.links) {
    const claim = 'id' in link.claim ? link.claim.id : created[link.claim.created]!;
    const statementId = statementIds[link.statement]!;
    // a statement joins a claim once
    if (linked.has(`${claim}:${statementId}`)) continue;
    linked.add(`${claim}:${statementId}`);
    const s = b.statements[link.statement]!;
    const root = b.roots[link.statement]!;
    const aff = b.affiliations[link.statement] ?? null;
    const language = b.article.language;
    links.push([
      claim,
      statementId,
      link.stance,
      link.reason, // encoded once its concepts are numbered, below
      root.key,
      root.name,
      aff?.key ?? null,
      aff?.name ?? null,
      // the statement's whole content is read from it (LABEL_SQL)
      link.label.text === s.content ? '' : link.label.text,
      link.label.score,
      language,
    ]);
    const row: TallyRow = {
      statementId,
      stance: link.stance,
      saidOn: s.saidOn,
      speakerName: s.speakerName,
      speakerEntity: s.speakerEntity,
      root,
      affiliation: aff,
      language,
      articleId,
      figures: b.figures[link.statement] ?? [],
    };
    const c = change(claim);
    c.statements++;
    const stance = stanceOf(link.stance);
    c.stances[stance] = (c.stances[stance] ?? 0) + 1;
    c.range = seen(c.range, s.saidOn);
    for (const k of tallyKeys(row)) {
      const id = `${claim}\u0000${k.kind}\u0000${k.key}`;
      const hit = keys.get(id);
      // the first link's name stays, as the upsert keeps the stored one
      if (hit) hit.n++;
      else keys.set(id, { claim, kind: k.kind, key: k.key, name: k.name, n: 1 });
      if (k.kind === 'language') {
        if (c.languages) c.languages.set(k.key, (c.languages.get(k.key) ?? 0) + 1);
        else {
          const p = pendingLanguages.get(claim) ?? new Map<string, number>();
          p.set(k.key, (p.get(k.key) ?? 0) + 1);
          pendingLanguages.set(claim, p);
        }
      }
    }
    const offer: LabelOffer = { text: link.label.text, statementId, score: link.label.score, language };
    c.ownBest.set(language, firstBest(c.ownBest.get(language), offer)!);
    const next = labelAfterOffer(
      c.label,
      offer,
      () => majorityOf(languagesOf(claim, c, pendingLanguages.get(claim) ?? new Map())),
      (lang) => {
        if (!c.storedBest.has(lang))
          c.storedBest.set(lang, fresh.has(claim) ? undefined : bestLabel(db, claim, lang));
        return firstBest(c.storedBest.get(lang), c.ownBest.get(lang));
      },
    );
    if (next) {
      c.label = { ...next };
      c.labelChanged = true;
    }
    // nothing below reads a claim's concepts: they are written together at the end
    let m = concepts.get(claim);
    if (!m) concepts.set(claim, (m = new Map()));
    for (const k of b.concepts[link.statement] ?? []) if (!k.startsWith('#')) m.set(k, (m.get(k) ?? 0) + 1);
    for (const f of timelineFigures(row)) figures.push(figureRow(claim, f));
  }

  const after = insertRows(
    db,
    'INSERT INTO claim_keys (claim_id, kind, key, name, n)',
    [...keys.values()].map((k) => [k.claim, k.kind, k.key, k.name, k.n]),
    'ON CONFLICT (claim_id, kind, key) DO UPDATE SET n = n + excluded.n RETURNING claim_id, kind, key, n',
  ) as Array<{ claim_id: number; kind: string; key: string; n: number }>;
  // a key whose count is what this article added was new to its claim
  for (const r of after) {
    const counter = KEY_COUNTER[r.kind as keyof typeof KEY_COUNTER];
    if (counter && r.n === keys.get(`${r.claim_id}\u0000${r.kind}\u0000${r.key}`)!.n) {
      const c = changes.get(Number(r.claim_id))!;
      c.counters[counter] = (c.counters[counter] ?? 0) + 1;
    }
  }
  const update = sql(
    db,
    `UPDATE claims SET statements = statements + @statements,
       n_assert = n_assert + @assert, n_deny = n_deny + @deny, n_hedge = n_hedge + @hedge,
       n_conditional = n_conditional + @conditional, n_question = n_question + @question,
       speakers = speakers + @speakers, independent = independent + @independent, articles = articles + @articles,
       first_seen = CASE WHEN @first IS NULL THEN first_seen WHEN first_seen IS NULL OR @first < first_seen THEN @first ELSE first_seen END,
       last_seen = CASE WHEN @last IS NULL THEN last_seen WHEN last_seen IS NULL OR @last > last_seen THEN @last ELSE last_seen END,
       updated_at = @now,
       label = CASE WHEN @relabel THEN @label ELSE label END,
       label_statement_id = CASE WHEN @relabel THEN @labelStatement ELSE label_statement_id END,
       label_score = CASE WHEN @relabel THEN @labelScore ELSE label_score END,
       label_lang = CASE WHEN @relabel THEN @labelLang ELSE label_lang END
     WHERE id = @id`,
  );
  for (const [id, c] of changes)
    update.run({
      id,
      statements: c.statements,
      assert: c.stances.assert ?? 0,
      deny: c.stances.deny ?? 0,
      hedge: c.stances.hedge ?? 0,
      conditional: c.stances.conditional ?? 0,
      question: c.stances.question ?? 0,
      speakers: c.counters.speakers ?? 0,
      independent: c.counters.independent ?? 0,
      articles: c.counters.articles ?? 0,
      first: c.range.first,
      last: c.range.last,
      now: stamp,
      relabel: c.labelChanged ? 1 : 0,
      label: c.label.text,
      labelStatement: c.label.statementId,
      labelScore: c.label.score,
      labelLang: c.label.language,
    });
  insertRows(db, FIGURE_INSERT, figures, FIGURE_UPSERT);
  mergeProfiles(db, concepts);
  // a reason names the concepts it matched by their numbers, given by now (link-reason.ts)
  const numbers = conceptIds(
    db,
    b.links.flatMap((l) => l.reason.matched),
  );
  for (const row of links) row[3] = encodeReason(row[3] as LinkReason, (k) => numbers.get(k));
  insertRows(
    db,
    `INSERT OR IGNORE INTO claim_statements (claim_id, statement_id, stance, reason, root, root_name, affiliation, affiliation_name, label, label_score, label_lang)`,
    links,
  );
  return [...changes.keys()];
}

/** The language most of a claim's statements are in (ties: the first by code), as SQL orders it. */
function majorityOf(languages: Map<string, number>): string | null {
  let best: [string, number] | null = null;
  for (const [lang, n] of languages)
    if (!best || n > best[1] || (n === best[1] && lang < best[0])) best = [lang, n];
  return best?.[0] ?? null;
}

/** Adds an article's counts to its claims' concepts in one multi-row upsert, new concepts numbered first. */
function mergeProfiles(db: DB, counts: Map<number, Map<string, number>>): void {
  const ids = conceptIds(
    db,
    [...counts.values()].flatMap((m) => [...m.keys()]),
    true,
  );
  const rows: unknown[][] = [];
  for (const [claim, m] of counts) for (const [c, n] of m) rows.push([ids.get(c)!, claim, n]);
  insertRows(
    db,
    'INSERT INTO claim_concepts (concept_id, claim_id, n)',
    rows,
    'ON CONFLICT(concept_id, claim_id) DO UPDATE SET n = n + excluded.n',
  );
}
