import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { claimDetail, listClaims } from '../src/services/query.js';
import { Ledger } from '../src/services/ledger.js';
import { textArticle } from '../src/sources/file.js';
import { SqliteStore } from '../src/store/sqlite/store.js';

const samples = path.resolve(import.meta.dirname, '..', 'samples');
interface Entry {
  file: string;
  url: string;
  title: string;
  outlet: string;
  language: string;
  published: string;
  syndicatedFrom?: string;
}
const manifest = JSON.parse(fs.readFileSync(path.join(samples, 'manifest.json'), 'utf8')) as Entry[];

async function ledgerOf(entries: Entry[]) {
  const store = new SqliteStore(':memory:');
  const ledger = new Ledger(store);
  for (const m of entries)
    await ledger.add({
      ...textArticle(fs.readFileSync(path.join(samples, 'articles', m.file), 'utf8'), m.file),
      ...m,
    });
  const top = (await listClaims(store, {}, { limit: 1, offset: 0 })).claims[0]!;
  return { store, claim: (await claimDetail(store, top.id)).claim };
}

describe('the sample corpus: North Korean troops in Russia', () => {
  let all: Awaited<ReturnType<typeof ledgerOf>>;
  beforeAll(async () => {
    all = await ledgerOf(manifest);
  }, 120_000);

  it('makes the troops claim the most attested one, in both languages', () => {
    expect(all.claim.key).toMatch(/North Korea/);
    expect(all.claim.key).toMatch(/Russia/);
    // the label is one of its statements, read as a sentence, in the claim's majority language
    expect(all.claim.label).toMatch(/North Korea|Korea Utara/);
    expect(all.claim.label).toMatch(/Russia|Rusia/);
    expect(all.claim.label).not.toMatch(/ — /);
    const from = all.claim.statements.find((s) => s.id === all.claim.labelStatementId);
    expect(from?.stance).toBe('assert');
    expect(from?.language).toBe('id');
    expect(all.claim.languages).toEqual(['en', 'id']);
    expect(all.claim.statements.length).toBeGreaterThan(30);
  });

  it('counts South Korea, the United States and NATO among its supporters and the Kremlin among its deniers', () => {
    const by = (stance: string) => all.claim.statements.filter((s) => s.stance === stance);
    const backers = new Set(by('assert').map((s) => s.speaker.affiliation));
    for (const a of ['country:KR', 'country:US', 'org:nato']) expect(backers).toContain(a);
    const speakers = by('assert')
      .map((s) => s.speaker.name)
      .join(' | ');
    for (const n of ['Austin', 'Kirby', 'Dakhlallah']) expect(speakers).toContain(n);
    const deniers = by('deny')
      .map((s) => `${s.speaker.name} ${s.speaker.affiliation ?? ''}`)
      .join(' | ');
    expect(deniers).toMatch(/Kremlin|Peskov|country:RU/);
  });

  it('counts the US government once however many of its voices speak', () => {
    const us = all.claim.statements.filter(
      (s) => s.stance === 'assert' && s.speaker.affiliation === 'country:US',
    );
    expect(new Set(us.map((s) => s.speaker.name)).size).toBeGreaterThan(2);
    const supporters = all.claim.statements.filter((s) => s.stance === 'assert').length;
    expect(all.claim.independentSources).toBeLessThan(supporters / 3);
    expect(all.claim.independentSources).toBeGreaterThanOrEqual(3);
  });

  it('does not count syndicated copies as more independent sources', async () => {
    const originals = await ledgerOf(manifest.filter((m) => !m.syndicatedFrom));
    expect(originals.claim.statements.length).toBeLessThan(all.claim.statements.length);
    expect(all.claim.independentSources).toBe(originals.claim.independentSources);
    await originals.store.close();
  }, 120_000);

  it('tells how the count moved: 1,500, then 3,000, then 10,000, with 12,000 planned, each with speaker, date and article', () => {
    const f = all.claim.figures.filter((x) => x.unit === 'troops' || x.unit === 'people' || x.unit === null);
    const dates = f.map((x) => x.date ?? '');
    expect([...dates].sort()).toEqual(dates);
    const first = (v: number) => f.findIndex((x) => x.value === v && !x.planned);
    expect(first(1500)).toBeGreaterThanOrEqual(0);
    expect(first(1500)).toBeLessThan(first(3000));
    expect(first(3000)).toBeLessThan(first(10000));
    expect(f.some((x) => x.value === 12000 && x.planned)).toBe(true);
    for (const x of f) {
      expect(x.speaker).toMatch(/\S/);
      expect(x.articleId).toBeGreaterThan(0);
    }
  });
});
