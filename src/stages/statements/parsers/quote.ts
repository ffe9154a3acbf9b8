/**
 * Quotations and the attribution around them: after the quote, before it (often with a colon),
 * carried over from the part of a split quote, or the previous speaker for a quote that stands
 * as its own sentence.
 *   id  "“…,” kata Austin." / "Austin mengatakan: “…”" / "“A,” kata Austin, “B.”"
 *   en  "\"…,\" Austin said." / "Austin said: \"…\"" / "\"A,\" said Austin, \"B.\""
 */
import { firstSentence, sentenceEnd, sentenceStart, trimSpan } from '../content.js';
import { cueOf, type Draft, type SpeakerSlot, type TokRange } from '../draft.js';
import { L } from '../labels.js';
import { findQuotes, type Quote } from '../quotes.js';
import { isPronoun, speakerAfter, subjectBefore } from '../speaker.js';
import { has, lowerBound, type TokenView } from '../view.js';
import { onlyAdjunctsTo } from './adjuncts.js';
import { slot } from './clause.js';
import { colonSubject } from './colon-subject.js';
import { inverse, openingAdjunct } from './split-cue.js';
import type { ParseState, Parser } from './types.js';
import { opensClause, speakerAfterInitialCue } from './verb-initial.js';

const DASHES = new Set(['—', '–']);

interface Attribution {
  speakers: SpeakerSlot[];
  cue: Draft['cue'];
  negated: boolean;
  range: TokRange;
  rule: string;
  speakerRule: string;
}

/** “…,” kata Austin / ”…,” ujarnya / "…," said Kirby / "…," Austin said / "…," he added. */
function after(v: TokenView, qLast: number, hi: number): Attribution | null {
  let a = qLast + 1;
  if (a >= v.toks.length || v.sent[a] !== v.sent[qLast]) return null;
  if (has(v, a, L.COMMA)) a++;
  // «Это фейк», — сказал Песков: a dash may open the attribution after the closing mark
  if (a < hi && DASHES.has(v.toks[a]!.text)) a++;
  if (a >= hi) return null;
  const cue = v.cueAt[a];
  if (cue && cue.end <= hi) {
    const info = cue.value;
    const c = { first: cue.start, end: cue.end, info };
    if (info.clitic)
      return {
        speakers: [{ groups: null, implied: a }],
        cue: c,
        negated: false,
        range: { first: a, end: cue.end },
        rule: 'quote.after.clitic',
        speakerRule: 'speaker.clitic-previous',
      };
    const groups = speakerAfter(v, cue.end, hi);
    if (groups) {
      const end = groups[groups.length - 1]!.last + 1;
      return {
        speakers: [slot(v, groups)],
        cue: c,
        negated: false,
        range: { first: a, end: Math.max(end, attributionEnd(v, end, hi)) },
        rule: 'quote.after.inverted',
        speakerRule: isPronoun(v, groups) ? 'speaker.pronoun-previous' : 'speaker.after-cue',
      };
    }
    // "«Es falso», afirmó.": a language that drops the subject lets the cue stand alone
    if (info.short && v.sl.proDrop && onlyAdjunctsTo(v, cue.end, hi))
      return {
        speakers: [{ groups: null, implied: a }],
        cue: c,
        negated: false,
        range: { first: a, end: hi },
        rule: 'quote.after.pro-drop',
        speakerRule: 'speaker.pro-drop-previous',
      };
  }
  for (let k = a + 1; k < Math.min(hi, a + 14); k++) {
    const c = v.cueAt[k];
    if (!c || c.end > hi) continue;
    const subj = subjectBefore(v, k, a);
    if (subj && subj.first <= a + 1) {
      return {
        speakers: subj.speakers.map((g) => slot(v, g)),
        cue: cueOf(c, subj.negation),
        negated: subj.negated,
        range: { first: a, end: Math.max(c.end, attributionEnd(v, c.end, hi)) },
        rule: 'quote.after.subject-cue',
        speakerRule: 'speaker.before-cue',
      };
    }
    break;
  }
  return null;
}

/**
 * How far an attribution clause runs: to the next quotation or the end of its sentence, or to
 * a participle that reports again (", adding that …"), which starts a statement of its own.
 */
function attributionEnd(v: TokenView, from: number, hi: number): number {
  let k = from;
  while (k < hi && !has(v, k, L.QUOTE) && !(has(v, k, L.COMMA) && v.sl.participles.matchAt(v.toks, k + 1)))
    k++;
  return k;
}

/** Di Roma Austin mengatakan: “…” / Kementerian … menyatakan: “…” / Austin said: "…" */
function before(v: TokenView, qFirst: number): Attribution | null {
  const lo = sentenceStart(v, qFirst);
  let b = qFirst - 1;
  if (b < lo) return null;
  // "Gauck äußerte sich positiv über seine Gastgeber: „…“": a colon right before the quotation
  // introduces it, whatever object or adjunct stands between the cue and the colon
  const colon = has(v, qFirst - 1, L.COLON);
  while (b >= lo && has(v, b, L.COLON | L.COMMA | L.COMPLEMENTIZER)) b--;
  for (let k = b; k >= Math.max(lo, b - 10); k--) {
    if (has(v, k, L.QUOTE)) break;
    const c = v.cueAt[k];
    if (!c || c.end - 1 > b || !c.value.full || !(colon || onlyChannel(v, c.end, qFirst))) continue;
    const subj = subjectBefore(v, k, lo);
    if (!subj) {
      // "وقال المتحدث … للصحفيين: “…”": the cue first, its speaker after it
      // "Im Deutschlandfunk sagte sie: „…“": verb-second, an adjunct first, the speaker after
      // ("In einem Interview äußerte sich X jedoch zuversichtlich: „…“": after a colon, the words
      // between the speaker and the colon are the cue's, whatever they are)
      const inverted = !v.sl.data.grammar.verbSecond
        ? null
        : colon && openingAdjunct(v, lo, k)
          ? speakerAfter(v, c.end, b + 1)
          : inverse(v, k, lo, b + 1);
      if (inverted)
        return {
          speakers: [slot(v, inverted)],
          cue: cueOf(c),
          negated: false,
          range: { first: lo, end: qFirst },
          rule: 'quote.before.verb-second',
          speakerRule: 'speaker.after-cue',
        };
      const groups =
        v.sl.data.grammar.verbInitial && opensClause(v, k, lo)
          ? speakerAfterInitialCue(v, c.end, qFirst)
          : null;
      if (groups)
        return {
          speakers: [slot(v, groups)],
          cue: cueOf(c),
          negated: false,
          range: { first: lo, end: qFirst },
          rule: 'quote.before.verb-initial',
          speakerRule: 'speaker.after-cue',
        };
      // "وأضاف: “…”", "وقال لوكالة أنباء محلية: “…”": no speaker after the verb, only a hearer;
      // the speaker is the previous one
      if (v.sl.data.grammar.verbInitial && colon && opensClause(v, k, lo))
        return {
          speakers: [{ groups: null, implied: k }],
          cue: cueOf(c),
          negated: false,
          range: { first: lo, end: qFirst },
          rule: 'quote.before.verb-initial-implied',
          speakerRule: 'speaker.clitic-previous',
        };
      continue;
    }
    return {
      speakers: subj.speakers.map((g) => slot(v, g)),
      cue: cueOf(c, subj.negation),
      negated: subj.negated,
      range: { first: lo, end: qFirst },
      rule: 'quote.before.colon',
      speakerRule: 'speaker.before-cue',
    };
  }
  return null;
}

/**
 * Whether only a channel stands between a cue and its quotation: a colon, a complementizer, a
 * date, "kepada wartawan", "dalam pernyataan tertulis" — not an object ("menyebut kawasan itu
 * sebagai ”…”" names a thing, it does not quote anyone).
 */
function onlyChannel(v: TokenView, from: number, to: number): boolean {
  let inPhrase = false;
  let plain = 0;
  // "told the meeting: “…”": the hearer of "told" comes first
  if (v.sl.hearerVerbs.has(v.toks[from - 1]?.norm ?? ''))
    for (let n = 0; from < to && n < 4 && !has(v, from, L.COLON | L.COMMA | L.QUOTE); n++) from++;
  for (let k = from; k < to; k++) {
    const f = v.flags[k]!;
    if (f & (L.COLON | L.COMMA | L.COMPLEMENTIZER | L.DATE | L.ADVERB)) continue;
    if (f & L.PREP || v.sl.hearerPreps.has(v.toks[k]!.norm)) {
      inPhrase = true;
      continue;
    }
    if (inPhrase && ++plain <= 5) continue;
    if (f & (L.CAP | L.ORG | L.PERSON | L.UNNAMED | L.ROLE | L.INDEF) && v.sl.hearerVerbs.size) continue;
    return false;
  }
  return true;
}

function wordsIn(v: TokenView, first: number, end: number): number {
  let n = 0;
  for (let i = first; i < end; i++) if (v.toks[i]!.kind === 'word' || v.toks[i]!.kind === 'number') n++;
  return n;
}

/**
 * Statements from quotations: each quote's speaker is read after it, before it, from the quote
 * it continues (“A,” kata Austin, “B.”), or, for a quote that stands as its own sentence, the
 * previous speaker (resolved later). Short quotes inside a sentence are terms, not statements.
 */
function quoteDrafts(state: ParseState, quotes: readonly Quote[]): void {
  const { v, drafts, used } = state;
  let prev: { attr: Attribution; end: number } | null = null;
  quotes.forEach((q, qi) => {
    const qFirst = lowerBound(v.starts, q.start);
    const qLast = lowerBound(v.starts, q.end) - 1;
    if (qFirst >= v.toks.length || qLast < qFirst) return;
    const inner = { first: lowerBound(v.starts, q.innerStart), end: lowerBound(v.starts, q.innerEnd) };
    const nextQuote = quotes[qi + 1];
    const sEnd = sentenceEnd(v, qLast);
    const hi = nextQuote ? Math.min(sEnd, lowerBound(v.starts, nextQuote.start)) : sEnd;
    let attr = after(v, qLast, hi);
    // "Голова правління «Укренерго» Володимир Кудрицький наголосив, що …": a short quote
    // after a word of its sentence is a name inside the speaker's noun phrase, not a quotation
    if (
      attr?.rule === 'quote.after.subject-cue' &&
      qFirst > sentenceStart(v, qFirst) &&
      v.toks[qFirst - 1]!.kind === 'word' &&
      wordsIn(v, inner.first, inner.end) <= 3
    )
      return;
    if (!attr && prev && continues(v, prev.end, qFirst))
      attr = { ...prev.attr, rule: 'quote.split', range: { first: prev.end, end: qFirst } };
    attr ??= before(v, qFirst) ?? colonSubject(v, qFirst);
    const words = wordsIn(v, inner.first, inner.end);
    // "sagte der „Berliner Zeitung“, dass …", "sagte dem Magazin „Neue Woche“, er …": a short
    // quote the reported clause follows is the hearer's name, not what was said
    if (words <= 3 && (complementizerAfter(v, qLast + 1, sEnd) || hearerName(v, qFirst, qLast, sEnd))) return;
    if (!attr) {
      const startsSentence = qFirst === sentenceStart(v, qFirst) || v.toks[qFirst - 1]?.kind === 'quote';
      if (!startsSentence || words < 4) return;
      attr = {
        speakers: [{ groups: null, implied: -1 }],
        cue: null,
        negated: false,
        range: { first: qFirst, end: qFirst },
        rule: 'quote.unattributed',
        speakerRule: 'speaker.previous',
      };
    }
    if (words < 1) return;
    const contentSpan = trimSpan(v.doc.text, q.innerStart, q.innerEnd);
    drafts.push({
      speakers: attr.speakers,
      cue: attr.cue,
      negated: attr.negated,
      direct: true,
      span: { start: q.start, end: q.end },
      contentSpan,
      stanceTokens: firstSentence(v, contentSpan.start, contentSpan.end),
      attribution: attr.range,
      rule: attr.rule,
      speakerRule: attr.speakerRule,
    });
    for (let i = qFirst; i <= qLast; i++) used[i] = 1;
    for (let i = attr.range.first; i < attr.range.end; i++) used[i] = 1;
    prev = { attr, end: attr.range.end };
  });
}

export const quote: Parser = {
  rule: 'quote',
  scope: 'article',
  parse: (state) => quoteDrafts(state, findQuotes(state.v.doc.norm, state.v.doc.paragraphs)),
};

/** Whether only commas, colons and spaces separate an attribution's end from the next quote. */
function continues(v: TokenView, attrEnd: number, qFirst: number): boolean {
  if (attrEnd > qFirst || qFirst - attrEnd > 2) return false;
  for (let k = attrEnd; k < qFirst; k++) if (!has(v, k, L.COMMA | L.COLON)) return false;
  return true;
}

/** Whether a complementizer follows at `k`, after a comma: "…“, dass …". */
function complementizerAfter(v: TokenView, k: number, end: number): boolean {
  if (k < end && has(v, k, L.COMMA)) k++;
  return k < end && has(v, k, L.COMPLEMENTIZER);
}

/** A quote after an article or a media word, a clause of three words or more after its comma. */
function hearerName(v: TokenView, qFirst: number, qLast: number, end: number): boolean {
  const b = v.toks[qFirst - 1]?.norm ?? '';
  if (!v.sl.data.grammar.articles.includes(b) && !v.sl.mediaWords.has(b)) return false;
  if (!has(v, qLast + 1, L.COMMA)) return false;
  return wordsIn(v, qLast + 2, end) >= 3;
}
