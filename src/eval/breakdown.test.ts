import { describe, expect, it } from 'vitest';
import {
  formatConfusion,
  formatStanceLine,
  speakerByRule,
  speakerRuleOf,
  stanceConfusion,
  stanceScore,
  type Match,
} from './breakdown.js';

const m = (
  goldStance: string | undefined,
  stance: string,
  speakerRule: string,
  speakerOk: boolean,
): Match => ({
  ...(goldStance ? { goldStance } : {}),
  stance,
  speakerRule,
  speakerOk,
});

describe('breakdowns of matched statements', () => {
  it('reads the speaker rule out of a statement rule', () => {
    expect(speakerRuleOf('quote.after.clitic speaker.clitic-previous')).toBe('speaker.clitic-previous');
    expect(speakerRuleOf('parser.tail-source resolve.role-noun')).toBe('resolve.role-noun');
    expect(speakerRuleOf('parser.a refine.b')).toBe('refine.b');
    expect(speakerRuleOf('headline')).toBe('headline');
  });

  it('counts gold against predicted stance and skips statements the annotator gave no stance', () => {
    const c = stanceConfusion([
      m('deny', 'assert', 'r', true),
      m('deny', 'deny', 'r', true),
      m('hedge', 'deny', 'r', true),
      m(undefined, 'assert', 'r', true),
    ]);
    expect(c).toEqual({ deny: { assert: 1, deny: 1 }, hedge: { deny: 1 } });
    expect(formatConfusion(c, '').join('\n')).toContain('(1/2 right)');
  });

  it('gives speaker accuracy per rule, the most used rule first', () => {
    const rules = speakerByRule([
      m(undefined, 'assert', 'speaker.clitic-previous', false),
      m(undefined, 'assert', 'speaker.clitic-previous', true),
      m(undefined, 'assert', 'speaker.before-cue', true),
    ]);
    expect(rules).toEqual([
      { rule: 'speaker.clitic-previous', statements: 2, speakerRight: 1 },
      { rule: 'speaker.before-cue', statements: 1, speakerRight: 1 },
    ]);
  });
});

describe('the per-language stance line', () => {
  it('scores stance only where the speaker is right, with recall per gold stance', () => {
    const s = stanceScore([
      m('deny', 'assert', 'r', true),
      m('deny', 'deny', 'r', true),
      m('hedge', 'hedge', 'r', true),
      m('hedge', 'assert', 'r', false),
      m(undefined, 'assert', 'r', true),
    ]);
    expect(s).toEqual({ right: 2, of: 3, byGold: { deny: { right: 1, of: 2 }, hedge: { right: 1, of: 1 } } });
  });

  it('prints accuracy, then deny, hedge and conditional recall, a dash where a stance is absent', () => {
    const line = formatStanceLine(
      'id dev',
      stanceScore([m('deny', 'assert', 'r', true), m('deny', 'deny', 'r', true)]),
    );
    expect(line).toMatch(/^id dev\s+0\.500\s+2\s+0\.50 \(\s+1\/2\s*\)\s+-/);
  });
});
