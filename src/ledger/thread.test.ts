import { describe, expect, it } from 'vitest';
import { loadLexicon } from '../lexicon/load.js';
import { extractText } from '../services/extract.js';
import { statementConcepts } from './concepts.js';
import { continuesSpeaker } from './thread.js';

/** Whether the second statement of a text the team wrote continues the first. */
function continues(text: string, lang: 'id' | 'en', adjacent = false): string[] | null {
  const r = extractText(text, { lang });
  const [a, b] = r.statements;
  if (!a || !b) throw new Error(`expected two statements, got ${r.statements.length}`);
  const c = (s: typeof a) => statementConcepts(r, s, loadLexicon(lang));
  return continuesSpeaker(a, c(a), b, c(b), adjacent);
}

describe('a speaker going on about what they just said', () => {
  it('continues when the quote that follows shares a telling word', () => {
    expect(
      continues(
        'Kepala dinas Rina Wulandari menegaskan fogging bukan cara utama memutus penularan. "Fogging hanya membunuh nyamuk dewasa," ujar Rina.',
        'id',
      ),
    ).toContain('w:id:fogging');
  });

  it('does not continue when another speaker answers', () => {
    expect(
      continues(
        'Mayor Tom Hale said the dredging caused the flooding. Engineer Ann Cole said the dredging was finished in May.',
        'en',
      ),
    ).toBeNull();
  });

  it('does not continue on the story alone when nothing telling is shared', () => {
    expect(
      continues(
        'Governor Ruth Obi said the clinic in Lakeview had run out of beds. Ruth Obi also said the Lakeview schools would reopen on Monday.',
        'en',
      ),
    ).toBeNull();
  });

  it('continues with the very next statement when it brings no event, figure or name of its own', () => {
    expect(
      continues(
        'Harbour chief Lena Ortiz said the port authority had not been asked to close the terminal. Lena Ortiz said such a step was not on the agenda.',
        'en',
        true,
      ),
    ).toEqual([]);
  });

  it('does not continue with the next statement when it names a place of its own', () => {
    expect(
      continues(
        'Harbour chief Lena Ortiz said the port authority had not been asked to close the terminal. Lena Ortiz said the ferries to Port Vale would run late.',
        'en',
        true,
      ),
    ).toBeNull();
  });
});
