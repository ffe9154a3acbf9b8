import type { PhraseMatch } from '../../lexicon/phrase-set.js';
import type { CueInfo } from './compile.js';
import type { NP } from './np.js';

/** Token range: `first` inclusive, `end` exclusive. */
export interface TokRange {
  first: number;
  end: number;
}

/** One speaker slot of a draft: named groups, or implied by a pronoun or clitic. */
export interface SpeakerSlot {
  groups: NP[] | null;
  /** the pronoun or clitic token that stands for the speaker, when implied */
  implied: number | null;
  /** "Keduanya", "Both": every speaker of the previous coordinated statement */
  collective?: boolean;
  /** the words that point back: "he", "the ministry", "lembaga tersebut" */
  pointer?: NP[];
}

/** A statement found in the text, before speakers are resolved and stance is decided. */
export interface Draft {
  speakers: SpeakerSlot[];
  cue: { first: number; end: number; info: CueInfo } | null;
  negated: boolean;
  direct: boolean;
  /** characters of the statement: the quotation with its marks, or the reported clause */
  span: { start: number; end: number };
  contentSpan: { start: number; end: number };
  /** tokens of the content's first sentence, where the stance is read */
  stanceTokens: TokRange;
  /** tokens of the attribution, where the cited outlet and the date are read */
  attribution: TokRange;
  rule: string;
  speakerRule: string;
  /** a citation trimmed off the content's end (", as reported by Politico") */
  tailCitation?: TokRange;
  /** the outlet that relays the statement, named by the construction ("Menurut Kompas, X …") */
  citedBy?: NP;
}

/** The cue of a draft; a negator right before it belongs to it ("tidak percaya", "does not believe"). */
export const cueOf = (m: PhraseMatch<CueInfo>, negation = -1): NonNullable<Draft['cue']> => ({
  first: negation >= 0 && negation < m.start ? negation : m.start,
  end: m.end,
  info: m.value,
});
