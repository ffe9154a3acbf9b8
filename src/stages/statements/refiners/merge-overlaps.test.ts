import { describe, expect, it } from 'vitest';
import type { Draft } from '../draft.js';
import type { TokenView } from '../view.js';
import { mergeOverlaps } from './merge-overlaps.js';
import { candidate } from './types.js';

const draft = (start: number, end: number, speaker: number, rule: string): Draft => ({
  speakers: [{ groups: [{ first: speaker, last: speaker }], implied: null }],
  cue: null,
  negated: false,
  direct: false,
  span: { start, end },
  contentSpan: { start, end },
  stanceTokens: { first: 0, end: 0 },
  attribution: { first: 0, end: 0 },
  rule,
  speakerRule: 'speaker.test',
});

describe('merging drafts that two parsers proposed', () => {
  const v = {} as TokenView;
  it('keeps the first of two drafts with the same span and speakers', () => {
    const out = mergeOverlaps.refine(v, [draft(0, 10, 1, 'a'), draft(0, 10, 1, 'b')].map(candidate));
    expect(out.map((c) => c.draft.rule)).toEqual(['a']);
  });
  it('keeps both when the same words are said by another speaker', () => {
    const out = mergeOverlaps.refine(v, [draft(0, 10, 1, 'a'), draft(0, 10, 5, 'b')].map(candidate));
    expect(out.map((c) => c.draft.rule)).toEqual(['a', 'b']);
  });
});
