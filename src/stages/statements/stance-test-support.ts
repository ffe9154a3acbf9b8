import { expect, it } from 'vitest';
import { statementsOf } from './test-support.js';

/** One stance case: the language, a sentence with one statement, and the stance it takes. */
export type StanceCase = readonly [lang: string, text: string, stance: string];

/** The stance of the only statement of `text`, with its rule when it is not the one wanted. */
export function stanceOf(lang: string, text: string): string {
  const got = statementsOf(text, lang);
  expect(got, got.map((s) => `${s.speaker.name} ${s.cue}: ${s.content}`).join('\n')).toHaveLength(1);
  return got[0]!.stance;
}

/** One test per case, named by its language and sentence. */
export function stanceCases(cases: readonly StanceCase[]): void {
  it.each(cases.map(([lang, text, stance]) => ({ lang, text, stance })))(
    '$lang: $text -> $stance',
    ({ lang, text, stance }) => expect(stanceOf(lang, text)).toBe(stance),
  );
}
