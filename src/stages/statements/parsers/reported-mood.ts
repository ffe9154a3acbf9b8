/**
 * A sentence in the mood of reported speech, with no cue of its own, right after a statement:
 * it goes on reporting for the speaker before it (the language lists the mood's verb forms).
 *   de  "Polizeisprecher Jan Wessels sagte, die Fahndung laufe. Es gebe Hinweise auf eine Bande."
 */
import { contentEnd } from '../content.js';
import { ENTITY, L } from '../labels.js';
import type { Draft } from '../draft.js';
import { has, lowerBound, type TokenView } from '../view.js';
import { reported, slot } from './clause.js';
import { clauseSubject } from './clause-subject.js';
import { inReportedMood, reportedBefore, sameParagraph } from './continuation.js';
import type { Parser } from './types.js';

/** The statement, direct or not, whose content ends sentence `s`. */
function endsBefore(v: TokenView, s: number, earlier: readonly Draft[]): Draft | null {
  for (let i = earlier.length - 1; i >= 0; i--) {
    const d = earlier[i]!;
    // a quotation's attribution may follow it: "„…“, sagte er."
    const last = Math.max(lowerBound(v.starts, d.contentSpan.end), d.attribution.end) - 1;
    if (v.sent[last] !== s) continue;
    // only closing marks and stops after it: "… zu.“"
    for (let k = last + 1; k < v.sentStart[s + 1]!; k++)
      if (v.toks[k]!.kind !== 'punct' && v.toks[k]!.kind !== 'quote') return null;
    return d;
  }
  return null;
}

// how many sentences back a statement may end for a leftover sentence in reported mood
const RECENT = 2;

/** Whether a statement ends within the `k` sentences before sentence `s`. */
function recentStatement(v: TokenView, s: number, earlier: readonly Draft[], k: number): boolean {
  for (let i = earlier.length - 1; i >= 0; i--) {
    const d = earlier[i]!;
    const last = Math.max(lowerBound(v.starts, d.contentSpan.end), d.attribution.end) - 1;
    if (v.sent[last]! < s && v.sent[last]! >= s - k) return true;
  }
  return false;
}

// a body or person named, not a role noun ("Die Beamten durchsuchten …" is narration)
const NAMED = L.PERSON | L.ORG;
const SOURCE = ENTITY | L.ROLE | L.BODY | L.UNNAMED | L.GOVERNMENT | L.TITLE;

/**
 * Whether an according-to phrase at token `k` names a source of the sentence's own: at its
 * start, or inside it before a capitalised word ("Anschließend sei laut el-Baradei …", "… gelte
 * nach Meinung Russlands …"); a one-word marker before a lower-case word is an adverb there
 * ("so viele"); a phrase that holds its pronoun ("seiner Meinung nach") always does.
 */
function namesSource(v: TokenView, k: number, lo: number): boolean {
  // "seiner Meinung nach", "nach eigenen Angaben": the phrase itself points to its source
  if (v.sl.accordingClitic.matchAt(v.toks, k)) return true;
  const m = v.sl.according.matchAt(v.toks, k);
  if (!m) return false;
  const next = v.toks[m.end];
  if (k === lo) return true;
  if (next?.kind !== 'word') return false;
  // "laut el-Baradei", "so der Minister": a source, or an article opening one
  return next.upper || has(v, m.end, SOURCE) || v.sl.data.grammar.articles.includes(next.norm);
}

/**
 * Reads sentence [lo, to) as reported mood. Strict (before the token parsers) it leaves any
 * sentence with a cue, "laut", a quotation or a colon to another construction; loose (once no
 * parser read a word of the sentence) a cue-like word that was no cue ("so viele") or a quoted
 * fragment ("sei der „Normalfall“ gewesen") does not stop it.
 */
function parseMood(
  v: TokenView,
  lo: number,
  to: number,
  used: Uint8Array,
  earlier: readonly Draft[],
  loose: boolean,
) {
  if (v.sl.reportedMood.size === 0 || lo !== v.sentStart[v.sent[lo] ?? 0]) return null;
  // a second reading only where the mood alone marks a report
  const strong = v.sl.data.grammar.moodMarksReport;
  if (loose && !strong) return null;
  let mood = false;
  for (let k = lo; k < to; k++) {
    if (used[k] || has(v, k, L.COLON)) return null;
    if (!loose && (v.cueAt[k] || has(v, k, L.QUOTE))) return null;
    if (namesSource(v, k, lo)) return null;
    if (v.toks[k]!.kind === 'word' && inReportedMood(v, k)) mood = true;
  }
  // right after reported speech (not a quotation) that ends the sentence before, same paragraph;
  // where the mood alone marks a report, after any statement that ends the sentence before
  if (!mood) return null;
  if (!strong && !sameParagraph(v, lo)) return null;
  const s = v.sent[lo]!;
  const after = strong ? endsBefore(v, s - 1, earlier) : reportedBefore(v, s - 1, earlier);
  // where the mood alone marks a report, a sentence no construction read goes on reporting for
  // a statement of the two sentences before, over a sentence of narration between: "X sagte, … .
  // Die Polizei fahndet. Es gebe Hinweise." (its speaker: the latest speaker or subject)
  const named = !after && s > 0 ? clauseSubject(v, v.sentStart[s - 1]!, lo, false, NAMED) : null;
  // "Die Regierung warnt vor Fluten. Die Dämme befänden sich nahe der Grenze.": where the mood
  // alone marks a report, a named subject or a body opening the sentence before is the source,
  // statement or not
  const recent = loose && recentStatement(v, s, earlier, RECENT);
  const body =
    !after && !recent && loose && strong && s > 0
      ? clauseSubject(v, v.sentStart[s - 1]!, lo, false, NAMED | L.GOVERNMENT | L.BODY)
      : null;
  if (!after && !recent && !body) return null;
  const subject = named ?? body;
  const draft = reported(v, {
    speakers: [subject ? slot(v, subject) : { groups: null, implied: lo }],
    cue: null,
    content: { first: lo, end: contentEnd(v, lo, to) },
    attribution: { first: lo, end: lo },
    rule: 'indirect.reported-mood',
    speakerRule: subject ? 'speaker.sentence-subject' : 'speaker.previous',
  });
  return draft ? { draft, stop: to } : null;
}

export const reportedMood: Parser = {
  rule: 'indirect.reported-mood',
  scope: 'sentence',
  parse: (v, lo, to, used, earlier) => parseMood(v, lo, to, used, earlier, false),
};

/** The same, for a sentence no other parser read a word of. */
export const reportedMoodLeftover: Parser = {
  // its drafts keep the rule 'indirect.reported-mood': the construction is the same
  rule: 'indirect.reported-mood-leftover',
  scope: 'leftover',
  parse: (v, lo, to, used, earlier) => parseMood(v, lo, to, used, earlier, true),
};
