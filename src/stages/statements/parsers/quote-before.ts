/**
 * A quotation that stood alone as the sentence before, its speaker named only by the sentence
 * that follows: it "«Siamo pronti». A dirlo è stata la presidente Anna Neri.", "«…». Lo ha
 * detto il sindaco." The quotation parser read it as unattributed; the following sentence's
 * parser gives it its speaker and cue.
 */
import type { Draft } from '../draft.js';
import type { TokenView } from '../view.js';

/** The unattributed quotation that fills the tokens [from, lo) but for punctuation, or null. */
export function quoteBefore(v: TokenView, earlier: readonly Draft[], from: number, lo: number): Draft | null {
  const start = v.toks[from]!.start;
  const end = v.toks[lo - 1]!.end;
  const q = earlier.find(
    (d) => d.rule === 'quote.unattributed' && d.span.start >= start && d.span.end <= end,
  );
  if (!q) return null;
  // nothing but the quotation and punctuation in the sentence
  for (let k = from; k < lo; k++) {
    const t = v.toks[k]!;
    if (t.kind === 'word' && (t.start < q.span.start || t.end > q.span.end)) return null;
  }
  return q;
}

/** Gives the quotation its speaker from the sentence after, marking that sentence's words read. */
export function attributeQuote(
  q: Draft,
  by: Pick<Draft, 'speakers' | 'cue' | 'attribution' | 'speakerRule'>,
  rule: string,
  used: Uint8Array,
): null {
  Object.assign(q, by, { rule });
  for (let k = by.attribution.first; k < by.attribution.end; k++) used[k] = 1;
  return null;
}
