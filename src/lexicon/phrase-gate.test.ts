import { describe, expect, it } from 'vitest';
import { PhraseGate } from './phrase-gate.js';
import { phraseSet } from './phrase-set.js';
import { tokenize } from './tokenize.js';

describe('PhraseGate', () => {
  const deny = phraseSet(['fake news', 'groundless']);
  const hedge = phraseSet(['may', 'remains to be seen']);
  const other = phraseSet(['if']);
  const gate = new PhraseGate([deny, hedge]);

  it('finds the sets whose first words stand in the range, and only those', () => {
    const toks = tokenize('The reports are fake and nothing is clear.');
    const bits = gate.present(toks, 0, toks.length);
    expect(gate.mayMatch(deny, bits)).toBe(true);
    expect(gate.mayMatch(hedge, bits)).toBe(false);
  });

  it('reads only the range asked about', () => {
    const toks = tokenize('It may rain. Groundless claims.');
    expect(gate.mayMatch(hedge, gate.present(toks, 0, 3))).toBe(true);
    expect(gate.mayMatch(deny, gate.present(toks, 0, 3))).toBe(false);
    expect(gate.mayMatch(deny, gate.present(toks, 4, toks.length))).toBe(true);
  });

  it('lets a set it was not built with be read always', () => {
    expect(gate.mayMatch(other, 0)).toBe(true);
  });

  it('never turns away a set that matches in the range', () => {
    const toks = tokenize('Officials said the report was fake news, though it may change.');
    const bits = gate.present(toks, 0, toks.length);
    for (const s of [deny, hedge]) if (s.findAll(toks).length) expect(gate.mayMatch(s, bits)).toBe(true);
  });
});
