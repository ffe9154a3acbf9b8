import type { EntityModel } from '../model.js';
import type { SentenceView } from '../view.js';
import { ADJECTIVE, INFLECTED } from './inflection.js';
import { isCapitalWord, isRoman } from './runs.js';

/**
 * "Kiplings Drang", "für Ronas Ausgaben", "von LaBeoufs besten Auftritten": where the lexicon
 * lists a prenominal genitive, a capital with that ending, no article or inflected adjective
 * before it, and a capitalised noun after it (or an inflected adjective and then one) is a name
 * in the genitive: common nouns take an article there ("des Landes"). Known names and cities
 * were read before; what is left is most often a person.
 */
export function genitiveName(view: SentenceView, i: number, model: EntityModel): boolean {
  if (model.prenominalGenitive.length === 0) return false;
  const { tokens } = view;
  const t = tokens[i]!;
  const ending = model.prenominalGenitive.find((e) => t.norm.length > e.length + 2 && t.norm.endsWith(e));
  if (!ending || ADJECTIVE.test(t.norm) || model.given.has(t.norm) || model.looksCommon(t.norm)) return false;
  // "Jedes Buch": a determiner of the language, not a name
  if (model.openers.has(t.norm) || view.lowered.has(t.norm)) return false;
  const prev = tokens[i - 1];
  if (prev && prev.kind === 'word') {
    if (model.articles.has(prev.norm)) return false;
    if (prev.upper && !model.functionWords.has(prev.norm)) return false;
    // "des ersten Jahrhunderts": an adjective after an article governs a common noun
    if (!prev.upper && INFLECTED.test(prev.norm) && model.articles.has(tokens[i - 2]?.norm ?? ''))
      return false;
  } else if (prev?.text === '-') return false;
  let k = i + 1;
  const adjective = tokens[k];
  if (
    adjective?.kind === 'word' &&
    !adjective.upper &&
    INFLECTED.test(adjective.norm) &&
    !model.functionWords.has(adjective.norm) &&
    !model.articles.has(adjective.norm)
  )
    k++;
  const noun = tokens[k];
  if (!noun || !isCapitalWord(noun) || isRoman(noun) || model.connectors.has(noun.norm)) return false;
  // "Yves Saint Laurent": a longer run of capitals is a name of its own
  return !model.known.matchAt(tokens, k) && !isCapitalWord(tokens[k + 1]);
}
