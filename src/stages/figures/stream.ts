import type { Doc } from '../../domain/document.js';
import type { Token } from '../../domain/text.js';

/**
 * The tokens of one paragraph in reading order. Figures and dates are read per paragraph, not
 * per sentence, so that a wrong sentence split ("on Monday (Oct. 21)") cannot cut one in two.
 */
export interface TokenStream {
  tokens: Token[];
  /** indices of the tokens that begin a sentence */
  sentenceStarts: ReadonlySet<number>;
}

// one entry: the figures and dates stages run one after the other on the same article. (A
// WeakMap here made the young-generation collector promote every article's tokens.)
let cached: { sentences: object; streams: TokenStream[] } | null = null;

/** Paragraph streams of `doc`, built once and shared by the figures and dates stages. */
export function paragraphStreams(doc: Doc): TokenStream[] {
  if (cached?.sentences === doc.sentences) return cached.streams;
  const out: TokenStream[] = [];
  let para = -1;
  let cur: { tokens: Token[]; sentenceStarts: Set<number> } | null = null;
  for (const s of doc.sentences) {
    if (!cur || s.paragraph !== para) {
      cur = { tokens: [], sentenceStarts: new Set() };
      out.push(cur);
      para = s.paragraph;
    }
    cur.sentenceStarts.add(cur.tokens.length);
    for (const t of s.tokens) cur.tokens.push(t);
  }
  cached = { sentences: doc.sentences, streams: out };
  return out;
}

/**
 * Lets go of `doc`'s streams once the last stage that reads them is done: held to the end of the
 * pipeline they kept every token of a 10 MB article alive while its JSON was written.
 */
export function releaseParagraphStreams(doc: Doc): void {
  if (cached?.sentences === doc.sentences) cached = null;
}

/** No space between two tokens: "75" + "th", "$" + "2", "2024" + "-". */
export const glued = (a: Token | undefined, b: Token | undefined): boolean => !!a && !!b && a.end === b.start;
