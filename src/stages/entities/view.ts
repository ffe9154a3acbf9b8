import type { Sentence, Token } from '../../domain/text.js';
import { fold } from '../../lexicon/fold.js';
import { filterOf } from '../../lexicon/word-filter.js';
import { Starts, type EntityModel } from './model.js';

/** The tokens of one sentence as the entity rules read them. */
export interface SentenceView {
  /** tokens with hyphenated clitics cut off: "NATO-nya" reads as "NATO" */
  tokens: Token[];
  /** 1 where a token opens the sentence, a quotation or a clause after a colon */
  initial: Uint8Array;
  /** a headline or all-capital line: capitals say nothing there, only known names count */
  titleCase: boolean;
  /** positions of the tokens a name may start at: capitals, and the few lower-case starts the lexicon knows */
  starts: number[];
  /** for each of `starts`, what the lexicon may start there (`Starts` bits) */
  startBits: number[];
  /** the article's first line read as a headline (no final stop): its capitals say little */
  headline: boolean;
  /** words the article writes in lower case somewhere ("menjadi", "following") */
  lowered: ReadonlySet<string>;
  /** acronyms the article spells out in lower-case words: "PHK", "BBM" */
  commonAcronyms: ReadonlySet<string>;
}

/** What the whole article tells a sentence's view: whether it is the headline, its lower-case words. */
export interface ArticleContext {
  firstLine: boolean;
  lowered: ReadonlySet<string>;
  commonAcronyms: ReadonlySet<string>;
}

const NO_CONTEXT: ArticleContext = { firstLine: false, lowered: new Set(), commonAcronyms: new Set() };

/** Every word the article writes in lower case: the same word capitalised at a sentence start is that word. */
export function loweredWords(sentences: readonly Sentence[]): Set<string> {
  const out = new Set<string>();
  for (const s of sentences) for (const t of s.tokens) if (t.kind === 'word' && !t.upper) out.add(t.norm);
  return out;
}

function stripClitic(t: Token, clitics: readonly string[]): Token {
  if (t.kind !== 'word' || t.norm.indexOf('-') < 0) return t;
  for (const c of clitics) {
    if (t.norm.length > c.length + 1 && t.norm.endsWith(c)) {
      const text = t.text.slice(0, t.text.length - c.length);
      return { ...t, text, norm: fold(text), end: t.start + text.length };
    }
  }
  return t;
}

// a capital after a bracket is no sentence start: "Tegar ( Rossa )"
const OPENERS = new Set(['"', '“', '„', '«', '‘', "'", ':', '-', '–', '—']);

// a headline has no final stop: "NATO dan AS Konfirmasi Korea Utara Telah Mengirim Pasukan"
const endsLikeSentence = (tokens: readonly Token[]): boolean => {
  for (let i = tokens.length - 1; i >= 0; i--) {
    const t = tokens[i]!;
    if (t.kind === 'quote' || t.text === ')') continue;
    return /^[.!?…]/.test(t.text);
  }
  return false;
};

// "FOKUS DUNIA", "BREAKING NEWS"
const allCaps = (tokens: readonly Token[], words: number): boolean =>
  words >= 1 && tokens.every((t) => t.kind !== 'word' || t.text === t.text.toUpperCase());

export function sentenceView(s: Sentence, model: EntityModel, context = NO_CONTEXT): SentenceView {
  let tokens = s.tokens;
  const initial = new Uint8Array(tokens.length);
  const starts: number[] = [];
  const startBits: number[] = [];
  let atStart = true;
  let words = 0;
  let capitals = 0;
  const startsOf = model.startsOf;
  const mayStart = filterOf(startsOf);
  for (let i = 0; i < tokens.length; i++) {
    let t = tokens[i]!;
    if (t.kind === 'word') {
      if (model.clitics.length > 0 && t.norm.indexOf('-') >= 0) {
        const stripped = stripClitic(t, model.clitics);
        if (stripped !== t) {
          if (tokens === s.tokens) tokens = s.tokens.slice();
          tokens[i] = t = stripped;
        }
      }
      initial[i] = atStart ? 1 : 0;
      atStart = false;
      words++;
      const bits = mayStart.mayHave(t.norm) ? (startsOf.get(t.norm) ?? 0) : 0;
      if (t.upper) {
        capitals++;
        starts.push(i);
        startBits.push(bits);
      } else if (bits & Starts.Lower) {
        starts.push(i);
        startBits.push(bits);
      }
    } else if (t.kind === 'quote' || OPENERS.has(t.text)) atStart = true;
    else if (t.kind === 'number') atStart = false;
  }
  const titleCase =
    (words >= 4 && capitals / words >= 0.7 && !endsLikeSentence(tokens)) ||
    (capitals === words && allCaps(tokens, words));
  const headline = context.firstLine && !endsLikeSentence(tokens);
  const { lowered, commonAcronyms } = context;
  return { tokens, initial, titleCase, starts, startBits, headline, lowered, commonAcronyms };
}
