import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { Ledger } from '../services/ledger.js';
import { textArticle } from '../sources/file.js';
import { SqliteStore } from '../store/sqlite/store.js';
import { scores, type Scores } from './conll.js';

const Gold = z.object({
  propositions: z.record(z.string(), z.string()),
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

/**
 * Claim granularity: a statement giving how many troops were sent, or how many are planned,
 * also says that troops were sent; the ledger keeps the number on that claim's timeline.
 */
export const SAME_CLAIM: Record<string, string> = {
  kp_troops_count_in_ru: 'kp_troops_in_ru',
  kp_troops_planned_total: 'kp_troops_in_ru',
  kp_troops_count_in_kursk: 'kp_troops_in_kursk',
};

export interface LinkResult {
  dataset: string;
  statements: number;
  matched: number;
  pairs: Scores;
  claimsOfMainStory: number;
}

/** Adds the sample corpus to a fresh ledger and scores statement-to-claim links pairwise against the gold. */
export async function evalLinks(samplesDir: string): Promise<LinkResult | null> {
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
  const claimOf: Array<{ prop: string; claims: Set<number> | null }> = [];
  let matched = 0;
  const taken = new Set<number>();
  for (const g of gold.statements) {
    const prop = SAME_CLAIM[g.proposition] ?? g.proposition;
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
  }
  let tp = 0;
  let predPairs = 0;
  let goldPairs = 0;
  for (let i = 0; i < claimOf.length; i++)
    for (let j = i + 1; j < claimOf.length; j++) {
      const a = claimOf[i]!;
      const b = claimOf[j]!;
      const same = a.prop === b.prop;
      const linked = !!a.claims && !!b.claims && [...a.claims].some((c) => b.claims!.has(c));
      if (same) goldPairs++;
      if (linked) predPairs++;
      if (same && linked) tp++;
    }
  const main = new Set(
    claimOf.filter((c) => c.prop === 'kp_troops_in_ru' && c.claims).flatMap((c) => [...c.claims!]),
  );
  await store.close();
  return {
    dataset: 'sample corpus claim links',
    statements: claimOf.length,
    matched,
    pairs: scores(tp, predPairs, goldPairs),
    claimsOfMainStory: main.size,
  };
}
