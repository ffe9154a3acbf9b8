import fs from 'node:fs';
import { z } from 'zod';
import { matchSpan } from '../ledger/corrections.js';
import { Ledger } from '../services/ledger.js';
import { textArticle } from '../sources/file.js';
import { SqliteStore } from '../store/sqlite/store.js';
import { scores, type Scores } from './conll.js';

/** A gold file as `corroborate export --format gold` writes it. */
export const GoldFile = z.object({
  propositions: z.record(z.string(), z.string()),
  articles: z.array(
    z.object({
      file: z.string(),
      url: z.string().nullable(),
      title: z.string().nullable(),
      outlet: z.string().nullable(),
      published: z.string().nullable(),
      text: z.string(),
    }),
  ),
  statements: z.array(
    z.object({
      file: z.string(),
      anchor: z.string(),
      span: z.object({ start: z.number().int(), end: z.number().int() }),
      speaker: z.string(),
      speakerEntity: z.string().nullable().optional(),
      stance: z.string(),
      proposition: z.string(),
    }),
  ),
});

export interface GoldFileResult {
  statements: Scores;
  speakerAccuracy: number;
  stanceAccuracy: number;
  links: Scores;
  /** the mean of statement F1, speaker and stance accuracy and link F1: 1.00 when all agree */
  overall: number;
}

/**
 * Scores the current pipeline against a desk's gold: re-reads the gold's articles into a fresh
 * ledger (in their order), finds each gold statement by its span, and compares speaker, stance
 * and which statements share a claim (pairwise, so claim ids need not agree).
 */
export async function evalGoldFile(file: string): Promise<GoldFileResult> {
  const gold = GoldFile.parse(JSON.parse(fs.readFileSync(file, 'utf8')));
  const store = new SqliteStore(':memory:');
  const ledger = new Ledger(store);
  const ids = new Map<string, number>();
  try {
    for (const a of gold.articles) {
      const r = await ledger.add({
        ...textArticle(a.text, null),
        url: a.url,
        title: a.title,
        outlet: a.outlet,
        published: a.published,
      });
      ids.set(a.file, r.id);
    }
    let predicted = 0;
    for (const id of ids.values()) predicted += (await store.articleStatements(id)).length;
    let found = 0;
    let speakerOk = 0;
    let stanceOk = 0;
    const pairs: Array<{ prop: string; claims: Set<number> | null }> = [];
    const taken = new Set<number>();
    for (const g of gold.statements) {
      const id = ids.get(g.file);
      const st = id === undefined ? [] : (await store.articleStatements(id)).filter((s) => !taken.has(s.id));
      const i = matchSpan(
        g.span,
        st.map((s) => ({ start: s.spanStart, end: s.spanEnd })),
      );
      const hit = i === null ? null : st[i]!;
      pairs.push({ prop: g.proposition, claims: hit ? new Set(hit.claimIds) : null });
      if (!hit) continue;
      taken.add(hit.id);
      found++;
      const sameSpeaker = g.speakerEntity
        ? hit.speakerEntity === g.speakerEntity
        : hit.speakerName.toLowerCase() === g.speaker.toLowerCase();
      if (sameSpeaker) speakerOk++;
      if (hit.stance === g.stance) stanceOk++;
    }
    let tp = 0;
    let predPairs = 0;
    let goldPairs = 0;
    for (let i = 0; i < pairs.length; i++)
      for (let j = i + 1; j < pairs.length; j++) {
        const a = pairs[i]!;
        const b = pairs[j]!;
        const same = a.prop === b.prop;
        const linked = !!a.claims && !!b.claims && [...a.claims].some((c) => b.claims!.has(c));
        if (same) goldPairs++;
        if (linked) predPairs++;
        if (same && linked) tp++;
      }
    const statements = scores(found, predicted, gold.statements.length);
    // no pairs on either side is full agreement, not zero
    const links =
      goldPairs === 0 && predPairs === 0
        ? { precision: 1, recall: 1, f1: 1 }
        : scores(tp, predPairs, goldPairs);
    const speakerAccuracy = found ? speakerOk / found : 0;
    const stanceAccuracy = found ? stanceOk / found : 0;
    return {
      statements,
      speakerAccuracy,
      stanceAccuracy,
      links,
      overall: (statements.f1 + speakerAccuracy + stanceAccuracy + links.f1) / 4,
    };
  } finally {
    await store.close();
  }
}

export function printGoldFile(r: GoldFileResult, out: (s: string) => void): void {
  const f = (n: number) => n.toFixed(2);
  out(`gold file                       P      R      F1\n`);
  out(
    `statements found             ${f(r.statements.precision)}   ${f(r.statements.recall)}   ${f(r.statements.f1)}\n`,
  );
  out(`claim links (pairwise)       ${f(r.links.precision)}   ${f(r.links.recall)}   ${f(r.links.f1)}\n`);
  out(`speaker accuracy ${f(r.speakerAccuracy)}   stance accuracy ${f(r.stanceAccuracy)}\n`);
  out(`overall ${f(r.overall)}\n`);
}
