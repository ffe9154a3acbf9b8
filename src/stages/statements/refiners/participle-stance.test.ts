import { describe, expect, it } from 'vitest';
import { statementsOf } from '../test-support.js';

const ruleOf = (s: { rule: string }) => s.rule.split(' ')[0];

describe('a participle hanging from a refusal or a denial', () => {
  it('takes the hedge of the refusal it hangs from', () => {
    const out = statementsOf(
      'Title\n\nGovernor Ama Mensah declined to say whether rates would rise again, telling reporters the board would decide next month.',
      'en',
    );
    const p = out.find((s) => ruleOf(s) === 'indirect.participle');
    expect(p!.content).toMatch(/^the board would decide/);
    expect(p!.stance).toBe('hedge');
  });
  it('takes the denial of the cue it hangs from', () => {
    const out = statementsOf(
      'Title\n\nMinister Paul Okafor denied that the count was rigged, telling the radio station that monitors saw every sheet.',
      'en',
    );
    const p = out.find((s) => ruleOf(s) === 'indirect.participle');
    expect(p!.stance).toBe('deny');
  });
  it('keeps its own stance after a plain statement', () => {
    const out = statementsOf(
      'Title\n\nMinister Paul Okafor said the count was finished, telling the radio station that monitors saw every sheet.',
      'en',
    );
    const p = out.find((s) => ruleOf(s) === 'indirect.participle');
    expect(p!.stance).toBe('assert');
  });
});
