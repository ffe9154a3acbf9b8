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

const cache = new WeakMap<object, TokenStream[]>();

/** Paragraph streams of `doc`, built once and shared by the figures and dates stages. */
export function paragraphStreams(doc: Doc): TokenStream[] {
  const hit = cache.get(doc.sentences);
  if (hit) return hit;
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
  cache.set(doc.sentences, out);
  return out;
}

/** No space between two tokens: "75" + "th", "$" + "2", "2024" + "-". */
export const glued = (a: Token | undefined, b: Token | undefined): boolean => !!a && !!b && a.end === b.start;
