/** Bit labels the statements stage puts on each token (a token may carry several). */
export const L = {
  PERSON: 1 << 0,
  ORG: 1 << 1,
  COUNTRY: 1 << 2,
  PLACE: 1 << 3,
  /** a capitalised word that is not a sentence-initial function word */
  CAP: 1 << 4,
  ROLE: 1 << 5,
  TITLE: 1 << 6,
  /** head of an unnamed speaker: "pejabat", "official", "sources" */
  UNNAMED: 1 << 7,
  INDEF: 1 << 8,
  BODY: 1 << 9,
  MOD: 1 << 10,
  PRONOUN: 1 << 11,
  CONJ: 1 << 12,
  ADVERB: 1 << 13,
  NEG: 1 << 14,
  PREP: 1 << 15,
  CONNECTOR: 1 << 16,
  COMPLEMENTIZER: 1 << 17,
  DATE: 1 << 18,
  COMMA: 1 << 19,
  QUOTE: 1 << 20,
  OPEN_PAREN: 1 << 21,
  CLOSE_PAREN: 1 << 22,
  COLLECTIVE: 1 << 23,
  GOVERNMENT: 1 << 24,
  FUNCTION: 1 << 25,
  COLON: 1 << 26,
  RELATIVE: 1 << 27,
  CONNECTIVE: 1 << 28,
  DEMONSTRATIVE: 1 << 29,
  DEMONYM: 1 << 30,
} as const;

export const ENTITY = L.PERSON | L.ORG | L.COUNTRY | L.PLACE;
/** labels that can be the head of a speaker's noun phrase */
export const HEAD = ENTITY | L.CAP | L.ROLE | L.UNNAMED | L.BODY | L.PRONOUN;
/** labels that may sit inside a speaker's noun phrase */
export const NP_PART = HEAD | L.TITLE | L.INDEF | L.MOD;
