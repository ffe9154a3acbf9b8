import fs from 'node:fs';
import { runPipeline } from '../pipeline/extract.js';
import type { Statement } from '../domain/statement.js';
import { scores, type Scores } from './conll.js';
import { loadLexicon, ownFunctionWords } from '../lexicon/load.js';

type Spans = Array<[number, number]>;
export interface GoldQuote {
  type: string;
  speaker: Spans;
  cue: Spans;
  quote: Spans;
  nested: boolean;
}
interface Article {
  id: string;
  text: string;
  quotes: GoldQuote[];
}

export interface DeQuotesResult {
  dataset: string;
  language: string;
  articles: number;
  gold: number;
  predicted: number;
  /** a statement and a gold quotation overlap by half their characters or more (one to one) */
  quotations: Scores;
  /** found, and the speaker overlaps the gold speaker span or shares a name word with it */
  speaker: Scores;
  /** found, and the cue overlaps the gold cue */
  cue: Scores;
  /** quotations found, per gold type: Direct, Indirect, FreeIndirect, Reported ... */
  byType: Record<string, { gold: number; found: number }>;
}

const len = (s: Spans) => s.reduce((n, [a, b]) => n + (b - a), 0);
function overlap(a: Spans, b: Spans): number {
  let n = 0;
  for (const [s1, e1] of a) for (const [s2, e2] of b) n += Math.max(0, Math.min(e1, e2) - Math.max(s1, s2));
  return n;
}
const dice = (a: Spans, b: Spans) => (len(a) + len(b) === 0 ? 0 : (2 * overlap(a, b)) / (len(a) + len(b)));
/**
 * The content words of a speaker's name: words of three letters or more that are not the
 * language's function words. Articles and connectors ("der", "die", "des", "und") are shared by
 * most German speaker phrases and must not make two different speakers match.
 */
function wordsOf(s: string, stop: ReadonlySet<string>): Set<string> {
  return new Set((s.toLowerCase().match(/\p{L}{3,}/gu) ?? []).filter((w) => !stop.has(w)));
}

function stopWords(lang: string): Set<string> {
  const lex = loadLexicon(lang);
  const d = lex.data;
  return new Set(
    [
      ...ownFunctionWords(lang),
      ...d.grammar.articles,
      ...d.roles.indefinites,
      ...d.reporting.connectors,
      ...d.reporting.conjunctions,
      ...d.reporting.pronouns,
    ].map((w) => w.toLowerCase()),
  );
}

export function speakerRight(
  text: string,
  s: Statement,
  gold: GoldQuote,
  stop: ReadonlySet<string>,
): boolean {
  if (gold.speaker.length === 0) return false;
  const sp = s.speaker.span;
  if (sp && sp.end > sp.start && overlap([[sp.start, sp.end]], gold.speaker) > 0) return true;
  // a pronoun speaker ("er") resolved to its antecedent, or the same name said elsewhere
  const goldWords = wordsOf(gold.speaker.map(([a, b]) => text.slice(a, b)).join(' '), stop);
  for (const w of wordsOf(s.speaker.name, stop)) if (goldWords.has(w)) return true;
  return false;
}

/** The longest run of statements joined into one quotation. */
const MAX_RUN = 4;

/**
 * Candidate quotations: every statement alone, and every run of up to MAX_RUN statements in a
 * row with the same speaker that nothing but spaces and punctuation separates. The dataset
 * annotates reported speech going on over several sentences as ONE quotation ("Er sei … Man
 * habe …"); the extractor writes one statement per sentence. This is a convention of the two,
 * not an error of either: a run matched to one gold quotation counts as one prediction.
 * Yields [first statement, length].
 */
export function* runs(
  text: string,
  stmts: readonly Statement[],
  maxRun = MAX_RUN,
): Generator<[number, number]> {
  for (let i = 0; i < stmts.length; i++) {
    yield [i, 1];
    for (let n = 2; n <= maxRun && i + n - 1 < stmts.length; n++) {
      const prev = stmts[i + n - 2]!;
      const next = stmts[i + n - 1]!;
      if (next.speaker.name !== prev.speaker.name || next.span.start < prev.span.end) break;
      if (/[\p{L}\p{N}]/u.test(text.slice(prev.span.end, next.span.start))) break;
      yield [i, n];
    }
  }
}

/**
 * German Wikinews quotation attribution (../shared/datasets/de-quotes): every annotated
 * quotation (nested ones included) against the extracted statements. A simpler measure than the
 * dataset's token-level scorer: a quotation is found when a statement's span (with its marks for
 * direct speech) overlaps it by a Dice coefficient of 0.5 or more, pairs taken best first; a
 * run of statements that goes on for one speaker may stand for one quotation (see `runs`) unless
 * `oneToOne` is set (every statement stands alone: the scoring before runs were allowed, which the
 * eval prints beside it so the convention never hides a change).
 */
export function evalDeQuotes(file: string, dataset: string, oneToOne = false): DeQuotesResult {
  const articles = fs
    .readFileSync(file, 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((l) => JSON.parse(l) as Article);
  let gold = 0;
  let predicted = 0;
  let found = 0;
  let speakerOk = 0;
  let cueOk = 0;
  let goldSpeakers = 0;
  let goldCues = 0;
  const byType: DeQuotesResult['byType'] = {};
  const stop = stopWords('de');
  for (const a of articles) {
    const doc = runPipeline(a.text, { lang: 'de' });
    const stmts = doc.statements;
    gold += a.quotes.length;
    predicted += stmts.length;
    for (const q of a.quotes) {
      (byType[q.type] ??= { gold: 0, found: 0 }).gold++;
      if (q.speaker.length) goldSpeakers++;
      if (q.cue.length) goldCues++;
    }
    const pairs: Array<[number, number, number, number]> = [];
    for (const [i, n] of runs(a.text, stmts, oneToOne ? 1 : MAX_RUN)) {
      const span: Spans = [[stmts[i]!.span.start, stmts[i + n - 1]!.span.end]];
      const content: Spans = [[stmts[i]!.contentSpan.start, stmts[i + n - 1]!.contentSpan.end]];
      a.quotes.forEach((q, j) => {
        const d = Math.max(dice(span, q.quote), dice(content, q.quote));
        if (d >= 0.5) pairs.push([d, i, n, j]);
      });
    }
    // best first; a single statement before a run of the same score
    pairs.sort((x, y) => y[0] - x[0] || x[2] - y[2]);
    const usedS = new Set<number>();
    const usedG = new Set<number>();
    for (const [, i, n, j] of pairs) {
      if (usedG.has(j) || Array.from({ length: n }, (_, k) => i + k).some((k) => usedS.has(k))) continue;
      for (let k = i; k < i + n; k++) usedS.add(k);
      usedG.add(j);
      found++;
      // a run counts as one prediction: its other statements are no false positives
      predicted -= n - 1;
      const s = stmts[i]!;
      const q = a.quotes[j]!;
      byType[q.type]!.found++;
      if (speakerRight(a.text, s, q, stop)) speakerOk++;
      if (s.cueSpan && overlap([[s.cueSpan.start, s.cueSpan.end]], q.cue) > 0) cueOk++;
    }
  }
  return {
    dataset,
    language: 'de',
    articles: articles.length,
    gold,
    predicted,
    quotations: scores(found, predicted, gold),
    speaker: scores(speakerOk, predicted, goldSpeakers),
    cue: scores(cueOk, predicted, goldCues),
    byType,
  };
}
