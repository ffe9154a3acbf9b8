import { describe, expect, it } from 'vitest';
import { statementsOf } from '../test-support.js';

const ruleOf = (s: { rule: string }) => s.rule.split(' ')[0];

describe('a pronoun subject after a fronted phrase with no comma', () => {
  it('reads the pronoun as the speaker and the phrase as an adjunct', () => {
    const out = statementsOf(
      'Title\n\nThe engineer, Mira Osei, testified on Tuesday. In her evidence she said the bolts were too short.',
      'en',
    );
    const s = out.find((x) => ruleOf(x) === 'indirect.fronted-pronoun');
    expect(s!.speaker.name).toBe('Mira Osei');
    expect(s!.speaker.implied).toBe(true);
    expect(s!.content).toBe('the bolts were too short');
  });
  it('does not read a fronted phrase that holds a cue', () => {
    const out = statementsOf(
      'Title\n\nMira Osei spoke first. After she said the bolts were short they left.',
      'en',
    );
    expect(out.map(ruleOf)).not.toContain('indirect.fronted-pronoun');
  });
});
