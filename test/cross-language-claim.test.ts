import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { claimDetail, listClaims } from '../src/services/query.js';
import { Ledger } from '../src/services/ledger.js';
import { textArticle } from '../src/sources/file.js';
import { SqliteStore } from '../src/store/sqlite/store.js';

const fixtures = path.resolve(import.meta.dirname, '..', 'fixtures');

/** The fixture articles of one story in the ledger, with the language and date they declare. */
async function ledgerOf(dirs: Array<[lang: string, dir: string]>) {
  const store = new SqliteStore(':memory:');
  const ledger = new Ledger(store);
  for (const [language, dir] of dirs) {
    const at = path.join(fixtures, language, dir);
    const expect_ = JSON.parse(fs.readFileSync(path.join(at, 'expect.json'), 'utf8')) as {
      published: string;
    };
    await ledger.add({
      ...textArticle(fs.readFileSync(path.join(at, 'input.txt'), 'utf8'), `${language}-${dir}`),
      url: `https://example.test/${language}/${dir}`,
      outlet: `${language}-outlet`,
      language,
      published: expect_.published,
    });
  }
  const { claims } = await listClaims(store, {}, { limit: 50, offset: 0 });
  return Promise.all(claims.map(async (c) => (await claimDetail(store, c.id)).claim));
}

describe('a claim reported in Indonesian and denied in Russian', () => {
  it('joins the Russian denial to the Indonesian claim of the same base', async () => {
    const claims = await ledgerOf([
      ['id', 'news-biak-base-01'],
      ['ru', 'news-biak-base-02'],
      ['ru', 'news-biak-base-03'],
    ]);
    const joined = claims.filter((c) => c.languages.includes('id') && c.languages.includes('ru'));
    expect(joined.length).toBeGreaterThan(0);
    const denials = joined.flatMap((c) =>
      c.statements.filter((s) => s.language === 'ru' && s.stance === 'deny'),
    );
    expect(denials.length).toBeGreaterThan(0);
  }, 60_000);
});
