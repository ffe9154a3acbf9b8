import type { Token } from '../../../domain/text.js';
import type { EntityModel } from '../model.js';
import { fits } from '../shape.js';
import type { SentenceView } from '../view.js';
import { countryAt } from './country-near.js';

/** What the words around a run of capitals say about it. */
export interface Cues {
  /** "Presiden X", "Dr. X", "Presiden Ukraina, X" */
  title: boolean;
  /** "X, juru bicara NATO", "X, a spokesman" */
  apposedRole: boolean;
  /** the run starts with a known given name or a family name written first ("Kim") */
  givenFirst: boolean;
  /** "perusahaan X", "the band X" */
  orgCue: boolean;
  /** "X mengatakan", "X juga mengatakan", "X said" */
  verb: boolean;
  /** "X 's" */
  possessive: boolean;
  /** "di X", "in X", "in the X" */
  locative: boolean;
  /** "X, Skotlandia", "X, Texas" */
  apposedPlace: boolean;
  /** "Persian elite": a one-word adjective before a lower-case noun */
  adjective: boolean;
  /** "the Danevirke": an article, so no person */
  article: boolean;
  /** "Moravia", "Kristiansand", "Sidomulyo": a place name's ending */
  placeShape: boolean;
  /** part of a longer capitalised phrase with a common word: "Bronze Age", "Opium War" */
  phrase: boolean;
}

const isPunct = (t: Token | undefined, marks: string): boolean => !!t && t.kind === 'punct' && marks.includes(t.text);

/** Skips one article or other function word: "in the Balkans", "X, a spokesman". */
const skipFunctionWord = (tokens: readonly Token[], k: number, step: 1 | -1, model: EntityModel): number =>
  tokens[k] && !tokens[k]!.upper && model.functionWords.has(tokens[k]!.norm) ? k + step : k;

function titleBefore(tokens: readonly Token[], a: number, model: EntityModel, covered: Uint8Array): boolean {
  let k = a - 1;
  if (model.titles.matchEndingAt(tokens, k)) return true;
  if (isPunct(tokens[k], '.')) k--; // "Dr . X"
  if (model.titles.matchEndingAt(tokens, k)) return true;
  // "Presiden Ukraina, X", "Sekretaris Jenderal NATO X"
  if (isPunct(tokens[k], ',')) k--;
  let skipped = 0;
  while (k >= 0 && covered[k] && skipped < 4) {
    k--;
    skipped++;
  }
  return skipped > 0 && !!model.titles.matchEndingAt(tokens, k);
}

function placeAt(tokens: readonly Token[], i: number, model: EntityModel): boolean {
  if (countryAt(tokens, i, model)) return true;
  const m = model.known.matchAt(tokens, i);
  return !!m?.value.some((f) => f.target.type === 'place' && fits(f.shape, tokens, i));
}

/** A capitalised common word right before or after the run, not a title: "Bronze [Age]". */
function commonCapitalBeside(tokens: readonly Token[], a: number, b: number, model: EntityModel): boolean {
  const common = (k: number): boolean => {
    const t = tokens[k];
    if (!t || t.kind !== 'word' || !t.upper || model.titles.matchAt(tokens, k)) return false;
    return model.notNames.has(t.norm) && !model.functionWords.has(t.norm);
  };
  return common(b) || (a > 0 && common(a - 1));
}

export function readCues(view: SentenceView, a: number, b: number, model: EntityModel, covered: Uint8Array): Cues {
  const { tokens } = view;
  const first = tokens[a]!;
  const single = b - a === 1;
  const next = tokens[b];
  const comma = isPunct(next, ',');
  const verbAt = skipFunctionWord(tokens, b, 1, model);
  const before = skipFunctionWord(tokens, a - 1, -1, model);
  return {
    title: titleBefore(tokens, a, model, covered),
    apposedRole: comma && !!model.titles.matchAt(tokens, skipFunctionWord(tokens, b + 1, 1, model)),
    givenFirst: model.given.has(first.norm) || (!single && model.familyFirst.has(first.norm)),
    orgCue: !!model.orgCues.matchEndingAt(tokens, a - 1),
    verb: !!model.personVerbs.matchAt(tokens, b) || (verbAt !== b && !!model.personVerbs.matchAt(tokens, verbAt)),
    possessive: next?.norm === "'s" || (next?.text === "'" && tokens[b + 1]?.norm === 's'),
    locative: !!model.locatives.matchEndingAt(tokens, a - 1) || !!model.locatives.matchEndingAt(tokens, before),
    apposedPlace: comma && placeAt(tokens, b + 1, model),
    article: !!tokens[a - 1] && !tokens[a - 1]!.upper && model.articles.has(tokens[a - 1]!.norm),
    placeShape: single && model.placeSuffixes.some((s) => first.norm.length > s.length + 2 && first.norm.endsWith(s)),
    phrase: commonCapitalBeside(tokens, a, b, model),
    adjective:
      single &&
      !!next &&
      next.kind === 'word' &&
      !next.upper &&
      model.adjectiveSuffixes.some((s) => first.norm.endsWith(s) && first.norm.length > s.length + 2),
  };
}
