import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { evalGoldFile } from '../eval/gold-file.js';
import { textArticle } from '../sources/file.js';
import { SqliteStore } from '../store/sqlite/store.js';
import { claimReviewOf, verdictsOf } from './claimreview.js';
import { correctStatement, corrections, giveVerdict } from './corrections.js';
import { exportClaims } from './export.js';
import { HARBOUR_A, HARBOUR_B } from './fixtures/corrections-articles.js';
import { Ledger } from './ledger.js';
import { claimDetail } from './query.js';

/** The fields a ClaimReview must carry to be read as one (schema.org, and fact-check search engines). */
const ClaimReviewShape = z.object({
  '@context': z.literal('https://schema.org'),
  '@type': z.literal('ClaimReview'),
  claimReviewed: z.string().min(1),
  datePublished: z.string().regex(/^\d{4}-\d{2}-\d{2}/),
  author: z.object({ '@type': z.enum(['Person', 'Organization']), name: z.string().min(1) }),
  itemReviewed: z.object({
    '@type': z.literal('Claim'),
    author: z
      .array(z.object({ '@type': z.enum(['Person', 'Organization']), name: z.string().min(1) }))
      .min(1),
  }),
  reviewRating: z.object({ '@type': z.literal('Rating'), alternateName: z.string().min(1) }),
});

describe('exports of the corrected ledger', () => {
  let store: SqliteStore;
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'corr-gold-'));
  const gold = async (name: string) => {
    let out = '';
    await exportClaims(store, 'gold', (s) => (out += s));
    const file = path.join(dir, name);
    fs.writeFileSync(file, out);
    return evalGoldFile(file);
  };
  beforeEach(async () => {
    store = new SqliteStore(':memory:');
    const l = new Ledger(store);
    for (const a of [HARBOUR_A, HARBOUR_B])
      await l.add({ ...textArticle(a.text, null), url: a.url, published: a.published });
  });
  afterEach(async () => {
    await store.close();
  });

  it('writes a verdict as a ClaimReview reviewRating naming the first and main speakers', async () => {
    const claims = (await store.listClaims({}, { limit: 10, offset: 0 })).claims;
    const id = claims.find((c) => c.statements === 2)!.id;
    await giveVerdict(
      store,
      id,
      { rating: 'mostly false', note: 'reopened after ten days', status: 'published' },
      { by: 'Desk A' },
    );
    const review = claimReviewOf((await claimDetail(store, id)).claim, (await verdictsOf(store)).get(id)!);
    const doc = ClaimReviewShape.parse(review);
    expect(doc.reviewRating.alternateName).toBe('mostly false');
    expect(doc.author.name).toBe('Desk A');
    expect(doc.itemReviewed.author.map((a) => a.name)).toEqual(['Arno Keller']);
    let out = '';
    await exportClaims(store, 'claimreview', (s) => (out += s));
    const all = JSON.parse(out) as Array<{ claimReviewed: string; reviewRating: { alternateName: string } }>;
    expect(all.filter((r) => r.reviewRating.alternateName === 'mostly false')).toHaveLength(1);
  });

  it('round-trips: the unchanged pipeline scores 1.00 against its own reading, and each correction lowers what it touches', async () => {
    const clean = await gold('clean.json');
    expect(clean.overall).toBe(1);
    const a = await store.findArticle({ url: HARBOUR_A.url });
    const st = await store.articleStatements(a!.id);
    const tanker = st.find((s) => /tanker/.test(s.content))!;
    await correctStatement(store, tanker.id, { stance: 'conditional' }, { by: 'ana' });
    const stance = await gold('stance.json');
    expect(stance.stanceAccuracy).toBeCloseTo(5 / 6);
    expect(stance.speakerAccuracy).toBe(1);
    expect(stance.links.f1).toBe(1);
    const vessel = st.find((s) => /vessel/.test(s.content))!;
    await correctStatement(store, vessel.id, { speaker: 'Meridian Lines' }, { by: 'ana' });
    const speaker = await gold('speaker.json');
    expect(speaker.speakerAccuracy).toBeCloseTo(5 / 6);
    await corrections(store).moveStatement(tanker.id, { newClaim: null }, { by: 'ana' });
    const moved = await gold('moved.json');
    expect(moved.links.f1).toBeLessThan(1);
    expect(moved.overall).toBeLessThan(speaker.overall);
    expect(speaker.overall).toBeLessThan(stance.overall);
    expect(stance.overall).toBeLessThan(clean.overall);
  });
});
