import type { Sentence, Token } from '../../../domain/text.js';
import type { EntityModel } from '../model.js';

const ACRONYM = /^\p{Lu}{2,8}$/u;

/** The acronym the words before `open` spell with their first letters, all in lower case. */
function spelledInLowerCase(
  tokens: readonly Token[],
  open: number,
  acronym: string,
  model: EntityModel,
): boolean {
  const letters = acronym.toLowerCase();
  let j = letters.length - 1;
  for (let k = open - 1; k >= 0 && j >= 0; k--) {
    const t = tokens[k]!;
    if (t.kind !== 'word' || t.upper) return false;
    if (t.norm[0] === letters[j]) j--;
    // "public health emergency of international concern": small words carry no letter
    else if (!model.functionWords.has(t.norm)) return false;
  }
  return j < 0;
}

/**
 * Acronyms an article spells out in lower-case words: "pemutusan hubungan kerja (PHK)", "bahan
 * bakar minyak (BBM)", "a public health emergency of international concern (PHEIC)". They
 * abbreviate common nouns, so wherever the article writes them they name no organisation.
 */
export function commonAcronyms(sentences: readonly Sentence[], model: EntityModel): Set<string> {
  const out = new Set<string>();
  for (const s of sentences) {
    const { tokens } = s;
    for (let k = 1; k + 2 < tokens.length; k++) {
      if (tokens[k]!.text !== '(' || tokens[k + 2]!.text !== ')') continue;
      const a = tokens[k + 1]!;
      if (ACRONYM.test(a.text) && spelledInLowerCase(tokens, k, a.text, model)) out.add(a.text);
    }
  }
  return out;
}
