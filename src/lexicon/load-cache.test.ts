import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { lexiconStamp } from './load-cache.js';
import { loadLexicon, supportedLanguages } from './load.js';

/** A fresh copy of the loader (no lexicon held in memory yet), as a new process has. */
const freshLoader = async () => {
  vi.resetModules();
  return import('./load.js');
};

describe('the lexicon cache on disk', () => {
  let root = '';
  let cache = '';
  const before = process.env.CORROBORATE_CACHE_DIR;
  const writeLang = (lang: string, files: Record<string, unknown>) => {
    fs.mkdirSync(path.join(root, lang), { recursive: true });
    for (const [kind, body] of Object.entries(files))
      fs.writeFileSync(path.join(root, lang, `${kind}.json`), JSON.stringify(body));
  };
  const meta = { code: 'qq', name: 'Test', decimalSeparator: ',', thousandsSeparator: '.' };

  beforeEach(() => {
    root = fs.mkdtempSync(path.join(os.tmpdir(), 'corroborate-lexroot-'));
    cache = fs.mkdtempSync(path.join(os.tmpdir(), 'corroborate-lexcache-'));
    process.env.CORROBORATE_CACHE_DIR = cache;
  });
  afterEach(() => {
    if (before === undefined) delete process.env.CORROBORATE_CACHE_DIR;
    else process.env.CORROBORATE_CACHE_DIR = before;
    fs.rmSync(root, { recursive: true, force: true });
    fs.rmSync(cache, { recursive: true, force: true });
  });

  it('stores every language losslessly: what JSON keeps of a lexicon equals the lexicon', () => {
    for (const lang of supportedLanguages()) {
      const data = loadLexicon(lang).data;
      expect(JSON.parse(JSON.stringify(data)), lang).toEqual(data);
    }
  });

  it('gives a new process the lexicon the last one validated, without reading its files again', async () => {
    writeLang('qq', { meta, stance: { deny: ['disputed'] } });
    expect((await freshLoader()).loadLexicon('qq', root).data.stance.deny).toEqual(['disputed']);
    const [stored] = fs.readdirSync(cache).filter((f) => f.endsWith('lang-qq.json'));
    expect(stored).toBeDefined();
    // the stored copy is what the next process reads: mark it to see it come back
    const file = path.join(cache, stored!);
    const body = JSON.parse(fs.readFileSync(file, 'utf8'));
    body.data.stance.deny = ['from the cache'];
    fs.writeFileSync(file, JSON.stringify(body));
    expect((await freshLoader()).loadLexicon('qq', root).data.stance.deny).toEqual(['from the cache']);
  });

  it('reads a changed lexicon file again instead of the stored lexicon', async () => {
    writeLang('qq', { meta, stance: { deny: ['disputed'] } });
    (await freshLoader()).loadLexicon('qq', root);
    const stamp = lexiconStamp([root]);
    writeLang('qq', { stance: { deny: ['rejected', 'disputed'] } });
    expect(lexiconStamp([root])).not.toBe(stamp);
    expect((await freshLoader()).loadLexicon('qq', root).data.stance.deny).toEqual(['rejected', 'disputed']);
  });

  it('still validates a bad file when a good version of it was stored', async () => {
    writeLang('qq', { meta, stance: { deny: ['disputed'] } });
    (await freshLoader()).loadLexicon('qq', root);
    writeLang('qq', { stance: { deny: 'not a list' } });
    const { loadLexicon: load } = await freshLoader();
    expect(() => load('qq', root)).toThrow(/qq[/\\]stance\.json/);
  });

  it('is not used when turned off', async () => {
    process.env.CORROBORATE_CACHE_DIR = 'off';
    writeLang('qq', { meta });
    (await freshLoader()).loadLexicon('qq', root);
    expect(fs.readdirSync(cache)).toEqual([]);
  });
});
