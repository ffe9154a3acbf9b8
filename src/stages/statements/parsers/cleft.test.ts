import { describe, expect, it } from 'vitest';
import { statementsOf } from '../test-support.js';

const rule = (s: { rule: string }) => s.rule.split(' ')[0];

describe('a cleft opening a sentence', () => {
  it('names the speaker of the sentence before it', () => {
    const [s, ...rest] = statementsOf(
      'Titolo\n\nIl viadotto resterà chiuso fino a marzo. A confermarlo è stato il sindaco Paolo Verdi.',
      'it',
    );
    expect(rest).toEqual([]);
    expect(s!.speaker.name).toBe('Paolo Verdi');
    expect(s!.content).toBe('Il viadotto resterà chiuso fino a marzo');
    expect(s!.direct).toBe(false);
    expect(rule(s!)).toBe('indirect.cleft');
  });
  it('gives a quotation standing alone its speaker', () => {
    const [s] = statementsOf(
      'Titolo\n\nIl cantiere è fermo. «Ripartiamo entro l’estate». A dirlo è stata la presidente Anna Neri.',
      'it',
    );
    expect(s!.speaker.name).toBe('Anna Neri');
    expect(s!.direct).toBe(true);
    expect(s!.content).toBe('Ripartiamo entro l’estate');
    expect(rule(s!)).toBe('quote.cleft');
  });
  it('reads nothing when the opener is no cleft ("A dire il vero")', () => {
    const out = statementsOf(
      'Titolo\n\nIl cantiere è fermo. A dire il vero, nessuno sa quando riaprirà.',
      'it',
    );
    expect(out.map(rule)).not.toContain('indirect.cleft');
  });
});
