import type { Token } from '../../../domain/text.js';
import type { EntityModel } from '../model.js';
import { fits } from '../shape.js';
import type { SentenceView } from '../view.js';
import { countryAt } from './country-near.js';
import { possessiveLength } from './possessive.js';

const isPunct = (t: Token | undefined, marks: string): boolean =>
  !!t && t.kind === 'punct' && marks.includes(t.text);

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
    // a place noun before a name cues it ("Insel Gezira"), it is no part of a phrase
    if (!t || t.kind !== 'word' || !t.upper || model.titles.matchAt(tokens, k)) return false;
    if (k < a && model.locatives.matchEndingAt(tokens, k)) return false;
    return model.notNames.has(t.norm) && !model.functionWords.has(t.norm);
  };
  return common(b) || (a > 0 && common(a - 1));
}

/**
 * What the words around a run of capitals say about it, each read only when asked:
 * most runs are typed by the first cue or two.
 */
export class Cues {
  private readonly tokens: readonly Token[];
  private readonly single: boolean;
  private readonly first: Token;
  private readonly next: Token | undefined;
  private readonly comma: boolean;

  constructor(
    view: SentenceView,
    private readonly a: number,
    private readonly b: number,
    private readonly model: EntityModel,
    private readonly covered: Uint8Array,
  ) {
    this.tokens = view.tokens;
    this.single = b - a === 1;
    this.first = view.tokens[a]!;
    this.next = view.tokens[b];
    this.comma = isPunct(this.next, ',');
  }

  /** "Presiden X", "Dr. X", "Presiden Ukraina, X" */
  get title(): boolean {
    return titleBefore(this.tokens, this.a, this.model, this.covered);
  }

  /** "Bupati Ngada", "Mayor of Brisbane": a role before the place it governs */
  get governedPlace(): boolean {
    const { tokens, b, model } = this;
    if (!model.placeTitles.matchEndingAt(tokens, this.a - 1)) return false;
    // "Kapolda Metro Jaya Irjen Karyoto": the place ends where the holder's title starts
    return this.single || this.comma || !!model.titles.matchAt(tokens, b);
  }

  /** "X, juru bicara NATO", "X, a spokesman" */
  get apposedRole(): boolean {
    return (
      this.comma &&
      !!this.model.titles.matchAt(this.tokens, skipFunctionWord(this.tokens, this.b + 1, 1, this.model))
    );
  }

  /** the run starts with a known given name or a family name written first ("Kim") */
  get givenFirst(): boolean {
    return (
      this.model.given.has(this.first.norm) || (!this.single && this.model.familyFirst.has(this.first.norm))
    );
  }

  /** "perusahaan X", "the band X" */
  get orgCue(): boolean {
    return !!this.model.orgCues.matchEndingAt(this.tokens, this.a - 1);
  }

  /** "dilansir X", "harian X", "the newspaper X" */
  get outlet(): boolean {
    return !!this.model.outletCues.matchEndingAt(this.tokens, this.a - 1);
  }

  /** "X mengatakan", "X juga mengatakan", "X said" */
  get verb(): boolean {
    const { tokens, b, model } = this;
    if (model.personVerbs.matchAt(tokens, b)) return true;
    const after = skipFunctionWord(tokens, b, 1, model);
    return after !== b && !!model.personVerbs.matchAt(tokens, after);
  }

  /** "sagte X", "teilte die X mit": a speech verb before the run, its subject after it */
  get verbBefore(): boolean {
    const { tokens, a, model } = this;
    const k = skipFunctionWord(tokens, a - 1, -1, model);
    return k >= 0 && !!model.personVerbs.matchEndingAt(tokens, k);
  }

  /** "X 's", and "X ' s" as tokenised text writes it */
  get possessive(): boolean {
    return possessiveLength(this.tokens, this.b, this.model) > 0;
  }

  /** "di X", "in X", "in the X" */
  get locative(): boolean {
    const { tokens, a, model } = this;
    return (
      !!model.locatives.matchEndingAt(tokens, a - 1) ||
      !!model.locatives.matchEndingAt(tokens, skipFunctionWord(tokens, a - 1, -1, model))
    );
  }

  /** "X, Skotlandia", "X, Texas" */
  get apposedPlace(): boolean {
    return this.comma && placeAt(this.tokens, this.b + 1, this.model);
  }

  /** "the Danevirke": an article, so no person */
  get article(): boolean {
    const prev = this.tokens[this.a - 1];
    return !!prev && !prev.upper && this.model.articles.has(prev.norm);
  }

  /** "Moravia", "Kristiansand", "Sidomulyo": a place name's ending */
  get placeShape(): boolean {
    const norm = this.first.norm;
    return (
      this.single && this.model.placeSuffixes.some((s) => norm.length > s.length + 2 && norm.endsWith(s))
    );
  }

  /** part of a longer capitalised phrase with a common word: "Bronze Age", "Opium War" */
  get phrase(): boolean {
    return commonCapitalBeside(this.tokens, this.a, this.b, this.model);
  }

  /** "Persian elite": a one-word adjective before a lower-case noun */
  get adjective(): boolean {
    const { next, first, model } = this;
    if (!this.single || !next || next.kind !== 'word' || next.upper) return false;
    if (model.functionWords.has(next.norm) || model.personVerbs.matchAt(this.tokens, this.b)) return false;
    return model.adjectiveSuffixes.some((s) => first.norm.endsWith(s) && first.norm.length > s.length + 2);
  }
}
