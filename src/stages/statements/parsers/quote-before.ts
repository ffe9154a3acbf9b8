/**
 * A quotation that stood alone as the sentence before, its speaker named only by the sentence
 * that follows: it "«Siamo pronti». A dirlo è stata la presidente Anna Neri.", "«…». Lo ha
 * detto il sindaco." The quotation parser read it as unattributed; the following sentence's
 * parser gives it its speaker and cue.
 */
import type { PhraseMatch } from '../../../lexicon/phrase-set.js';
import type { CueInfo } from '../compile.js';
import { cueOf, type Draft } from '../draft.js';
import { L } from '../labels.js';
import type { NP } from '../np.js';
import { has, type TokenView } from '../view.js';
import { onlyAdjunctsTo } from './adjuncts.js';
import { reported, slot } from './clause.js';

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

/** The sentence before the one opening at `lo`, which that one may report. */
export interface SentenceBefore {
  from: number;
  /** the quotation standing alone as that sentence, when one does */
  quote: Draft | null;
}

/**
 * The sentence before `lo` when the sentence opening at `lo` may name its speaker: in the same
 * paragraph, and with nothing in it read already unless it is a quotation standing alone.
 */
export function sentenceBefore(
  v: TokenView,
  lo: number,
  used: Uint8Array,
  earlier: readonly Draft[],
): SentenceBefore | null {
  const s = v.sent[lo]!;
  if (s === 0 || lo !== v.sentStart[s]) return null;
  if (v.doc.sentences[s - 1]!.paragraph !== v.doc.sentences[s]!.paragraph) return null;
  const from = v.sentStart[s - 1]!;
  let quote: Draft | null = null;
  for (let k = from; k < lo && !quote; k++)
    if (used[k] && !(quote = quoteBefore(v, earlier, from, lo))) return null;
  return { from, quote };
}

/**
 * Reports the sentence before (or gives its lone quotation its speaker) for the speaker groups
 * read after the cue `m` of the sentence at `lo`; `name` makes the rule ids (`indirect.<name>`,
 * `quote.<name>`). A comma may close the speaker ("…, che ha chiesto …"): what follows it is read
 * on its own; anything else after the speaker but adjuncts refuses.
 */
export function reportBefore(
  v: TokenView,
  before: SentenceBefore,
  lo: number,
  to: number,
  used: Uint8Array,
  m: PhraseMatch<CueInfo>,
  groups: NP[],
  speakerRule: string,
  name: string,
): { draft: Draft; stop: number } | null {
  const after = groups[groups.length - 1]!.last + 1;
  if (!onlyAdjunctsTo(v, after, to) && !has(v, after, L.COMMA)) return null;
  const by = {
    speakers: [slot(v, groups)],
    cue: cueOf(m),
    attribution: { first: lo, end: after },
    speakerRule,
  };
  if (before.quote) return attributeQuote(before.quote, by, `quote.${name}`, used);
  const draft = reported(v, {
    ...by,
    // the previous sentence without its full stop
    content: { first: before.from, end: v.toks[lo - 1]!.kind === 'punct' ? lo - 1 : lo },
    rule: `indirect.${name}`,
  });
  return draft ? { draft, stop: after } : null;
}
