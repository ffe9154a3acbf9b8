import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { Ledger } from '../services/ledger.js';
import { textArticle } from '../sources/file.js';
import { SqliteStore } from '../store/sqlite/store.js';
import type { StatementRecord } from '../store/types.js';
import { scoreLinks, type LinkItem, type LinkScores } from './link-score.js';

const Gold = z.object({
  /** a development corpus the linking rules are tuned on says so; a test corpus leaves it out */
  tunedOn: z.boolean().optional(),
  propositions: z.record(z.string(), z.string()),
  /**
   * An optional, named merge of propositions the ledger keeps as one claim by design (a count on
   * the timeline of the event it counts). Scored as its own row; the gold as written always is.
   */
  sameClaim: z.object({ why: z.string(), into: z.record(z.string(), z.string()) }).optional(),
  statements: z.array(
    z.object({
      file: z.string(),
      anchor: z.string(),
      speaker: z.string(),
      speakerAliases: z.array(z.string()).default([]),
      proposition: z.string(),
      optional: z.boolean().optional(),
    }),
  ),
});

const Manifest = z.array(
  z
    .object({
      file: z.string(),
      url: z.string().optional(),
      title: z.string().optional(),
      outlet: z.string().optional(),
      language: z.string().optional(),
      published: z.string().optional(),
    })
    .passthrough(),
);

/** A gold statement and the ledger statement it was matched to (null: not extracted). */
export interface InspectItem {
  prop: string;
  file: string;
  articleId: number;
  statement: (StatementRecord & { claimIds: number[] }) | null;
}

export interface LinkResult {
  dataset: string;
  /** whether the linking rules and lexicons were tuned while looking at this corpus */
  tunedOn: boolean;
  statements: number;
  matched: number;
  /** claims made for the whole corpus */
  claims: number;
  /** the best B-cubed any linking could reach on the statements the extractor found */
  ceiling: LinkScores['bcubed'];
  /** scored against the gold propositions as written */
  asWritten: LinkScores;
  /** scored after the corpus's own declared `sameClaim` merge, when it has one */
  merged: (LinkScores & { why: string; merges: number }) | null;
  /** how many claims the largest gold proposition is spread over */
  claimsOfLargestProposition: number;
}

/**
 * Adds a corpus (`articles/`, `manifest.json`, `gold-links.json`) to a fresh ledger and scores
 * statement-to-claim links against the gold, B-cubed and pairwise, as written and merged.
 */
export async function evalLinks(
  corpusDir: string,
  opts: {
    dataset?: string;
    tunedOn?: boolean;
    /** looks at the filled ledger before it is closed: each gold statement with the one it matched */
    inspect?: (store: SqliteStore, items: InspectItem[]) => Promise<void>;
  } = {},
): Promise<LinkResult | null> {
  const samplesDir = corpusDir;
  const goldFile = path.join(samplesDir, 'gold-links.json');
  if (!fs.existsSync(goldFile)) return null;
  const gold = Gold.parse(JSON.parse(fs.readFileSync(goldFile, 'utf8')));
  const manifest = Manifest.parse(
    JSON.parse(fs.readFileSync(path.join(samplesDir, 'manifest.json'), 'utf8')),
  );
  const store = new SqliteStore(':memory:');
  const ledger = new Ledger(store);
  const ids = new Map<string, number>();
  const texts = new Map<string, string>();
  for (const m of manifest) {
    const text = fs.readFileSync(path.join(samplesDir, 'articles', m.file), 'utf8');
    texts.set(m.file, text);
    const r = await ledger.add({
      ...textArticle(text, m.file),
      url: m.url ?? null,
      title: m.title ?? null,
      outlet: m.outlet ?? null,
      published: m.published ?? null,
      language: m.language ?? null,
    });
    ids.set(m.file, r.id);
  }
  const claimOf: LinkItem[] = [];
  const inspected: InspectItem[] = [];
  let matched = 0;
  const taken = new Set<number>();
  for (const g of gold.statements) {
    const prop = g.proposition;
    const text = texts.get(g.file);
    const id = ids.get(g.file);
    if (text === undefined || id === undefined) continue;
    const at = text.indexOf(g.anchor);
    const st = (await store.articleStatements(id)).filter((s) => {
      const start = Math.min(
        s.spanStart,
        s.data.speaker.span?.start ?? Infinity,
        s.data.cueSpan?.start ?? Infinity,
      );
      return !taken.has(s.id) && start <= at && at < Math.max(s.spanEnd, s.data.cueSpan?.end ?? 0);
    });
    const names = [g.speaker, ...g.speakerAliases].map((n) => n.toLowerCase());
    const hit =
      st.find((s) =>
        names.some((n) => `${s.speakerName} ${s.speakerRole ?? ''}`.toLowerCase().includes(n)),
      ) ?? st[0];
    if (g.optional && !hit) continue;
    if (hit) {
      taken.add(hit.id);
      matched++;
    }
    claimOf.push({ prop, claims: hit ? new Set(hit.claimIds) : null });
    inspected.push({ prop, file: g.file, articleId: id, statement: hit ?? null });
  }
  const merge = gold.sameClaim;
  const props = [...new Set(claimOf.map((c) => c.prop))];
  const propIndex = (p: string) => props.indexOf(p);
  const byProp = new Map<string, Set<number>>();
  for (const c of claimOf)
    for (const id of c.claims ?? []) byProp.set(c.prop, (byProp.get(c.prop) ?? new Set()).add(id));
  const largest = [...byProp].sort(
    (a, b) => claimOf.filter((c) => c.prop === b[0]).length - claimOf.filter((c) => c.prop === a[0]).length,
  )[0];
  const claims = (await store.listClaims({}, { limit: 1, offset: 0 })).total;
  if (opts.inspect) await opts.inspect(store, inspected);
  await store.close();
  return {
    dataset: opts.dataset ?? path.basename(path.resolve(corpusDir)),
    tunedOn: gold.tunedOn ?? opts.tunedOn ?? false,
    statements: claimOf.length,
    matched,
    claims,
    asWritten: scoreLinks(claimOf),
    ceiling: scoreLinks(claimOf.map((c) => ({ ...c, claims: c.claims && new Set([propIndex(c.prop)]) })))
      .bcubed,
    merged: merge
      ? {
          why: merge.why,
          merges: Object.keys(merge.into).length,
          ...scoreLinks(claimOf.map((c) => ({ ...c, prop: merge.into[c.prop] ?? c.prop }))),
        }
      : null,
    claimsOfLargestProposition: largest?.[1].size ?? 0,
  };
}
