import { describe, expect, it } from 'vitest';
import { fold } from '../lexicon/fold.js';
import { loadLexicon } from '../lexicon/load.js';
import { Stemmer } from '../lexicon/kinds/stemmer.js';
import { stems } from './stem.js';

const rules = (lang: string) => loadLexicon(lang).data.grammar.stemmer;

describe('stems', () => {
  it('finds Indonesian roots under prefixes, suffixes and nasal assimilation', () => {
    const id = rules('id');
    expect(stems('mengirimkan', id)).toContain('kirim');
    expect(stems('dikirim', id)).toContain('kirim');
    expect(stems('pengiriman', id)).toContain('kirim');
    expect(stems('menembak', id)).toContain('tembak');
    expect(stems('memukul', id)).toContain('pukul');
    expect(stems('menyerang', id)).toContain('serang');
    expect(stems('bertempur', id)).toContain('tempur');
    expect(stems('tentara-tentara', id)).toContain('tentara');
    expect(stems('memperpanjang', id)).toContain('panjang');
  });

  it('strips English inflections', () => {
    const en = rules('en');
    expect(stems('soldiers', en)).toContain('soldier');
    expect(stems('deployed', en)).toContain('deploy');
    expect(stems('casualties', en)).toContain('casualty');
    expect(stems('sending', en)).toContain('send');
    expect(stems('stopped', en)).toContain('stop');
    expect(stems('glass', en)).not.toContain('glas');
  });

  it('reads Malay with the Indonesian rules it inherits', () => {
    expect(stems('menghantar', rules('ms'))).toContain('hantar');
  });

  it('applies rules of a language it was never told about, from data alone', () => {
    const made = Stemmer.parse({
      suffixes: [
        { suffix: 'ungen', minStem: 3 },
        { suffix: 'ung', minStem: 3 },
      ],
      suffixMatch: 'first',
      prefixes: [{ prefix: 'ge', minStem: 3 }],
    });
    expect(stems('meldungen', made)).toContain('meld');
    expect(stems('meldungen', made)).not.toContain('meldungen'.slice(0, -3));
    expect(stems('gemeldet', made)).toContain('meldet');
  });

  it('keeps the word itself first, and only it without rules', () => {
    expect(stems('troops', rules('en'))[0]).toBe('troops');
    expect(stems('troops', undefined)).toEqual(['troops']);
  });

  it('meets a folded token with a rule written in composed Hangul', () => {
    const made = Stemmer.parse({ suffixes: [{ suffix: '했다', minStem: 2 }] });
    // fold decomposes "파병했다" into its letters; the rule must be compared in the same form
    expect(stems(fold('파병했다'), made)).toContain(fold('파병'));
  });
});
