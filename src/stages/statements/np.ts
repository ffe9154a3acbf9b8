import { ENTITY, HEAD, L, NP_PART } from './labels.js';
import { resolveTables } from './resolve-tables.js';
import { has, type TokenView } from './view.js';

/** A noun phrase as an inclusive range of token indexes. */
export interface NP {
  first: number;
  last: number;
}

const ADJUNCT_WORD = L.ADVERB | L.NEG | L.DATE | L.COLLECTIVE;
const STOP = L.COMMA | L.QUOTE | L.COLON;

/** Whether tokens[first..last] hold a word that can head a speaker. */
export function hasHead(v: TokenView, np: NP): boolean {
  for (let i = np.first; i <= np.last; i++) if (v.flags[i]! & HEAD) return true;
  return false;
}

/**
 * The noun phrase that ends at token `j`, read leftwards, not before `lo`.
 * "Seorang sumber di intelijen Ukraina", "Sekretaris Jenderal NATO Mark Rutte", "South Korea's
 * spy agency". A place after an adjunct preposition ends it: in "Di Roma Austin" only "Austin".
 */
export function npLeft(v: TokenView, j: number, lo: number): NP | null {
  const complemented = roleComplementLeft(v, j, lo);
  if (complemented) return complemented;
  let i = j;
  let head = false;
  let plain = 0;
  if (has(v, i, L.PRONOUN)) return { first: i, last: i };
  // "Lembaga itu", "kementerian tersebut": a body named by a demonstrative
  if (has(v, i, L.DEMONSTRATIVE) && pointsBack(v, i, lo)) i--;
  while (i >= lo) {
    const f = v.flags[i]!;
    // "Earlier on Wednesday, South Korea's spy chief": a date is never part of a speaker
    if (f & L.DATE && !(f & (ENTITY & ~L.PLACE))) break;
    if (f & ENTITY) {
      const first = Math.max(v.mentionFirst[i]!, lo);
      // "di Roma", "in Rome": a place after a preposition is the adjunct's, not the speaker's
      if (f & L.PLACE && !(f & (L.ORG | L.PERSON | L.COUNTRY)) && isAdjunctPrep(v, first - 1)) {
        if (!head) return null;
        break;
      }
      head = true;
      i = first - 1;
      continue;
    }
    if (f & L.CLOSE_PAREN && i === j) {
      // "Kementerian Dalam Negeri (Kemendagri)": an acronym in brackets belongs to the name
      const open = matchingOpen(v, i, lo, 5);
      if (open < 0) break;
      i = open - 1;
      continue;
    }
    if (isPossessive(v, i) && head && i > lo) {
      // "the city's communications office": the possessor belongs to the phrase
      i--;
      if (isPlainWord(v, i)) i--;
      continue;
    }
    if (f & L.CONNECTOR && i < j && i > lo) {
      // "sumber di intelijen", "head of NIS": the connector joins two parts of one phrase
      if (
        head &&
        // "Einer der beteiligten Feuerwehrleute": a partitive pronoun before the connector
        (v.flags[i - 1]! & (L.UNNAMED | L.ROLE | L.BODY | L.CAP | ENTITY | L.MOD) ||
          (has(v, i - 1, L.INDEF) && i - 1 === lo)) &&
        !(f & L.PREP && isPlaceAfter(v, i))
      ) {
        i--;
        continue;
      }
      break;
    }
    if (
      f & (L.PRONOUN | L.RELATIVE | L.CONJ | L.NEG | L.ADVERB | L.CONNECTIVE) &&
      !(f & HEAD & ~L.PRONOUN) &&
      !isArticle(v, i, j)
    )
      break;
    if (f & NP_PART && !(f & L.PREP && !(f & HEAD))) {
      if (f & HEAD) head = true;
      i--;
      continue;
    }
    if (isPossessive(v, i)) {
      i--;
      continue;
    }
    // "transport minister", "menteri perhubungan": a plain word beside a role or body
    if (plain < 2 && isPlainWord(v, i) && ((has(v, i + 1, TITLED) && i + 1 <= j) || titledBefore(v, i, lo))) {
      plain++;
      i--;
      continue;
    }
    break;
  }
  const np = { first: i + 1, last: j };
  // a connector left at the start is not the phrase's, unless it is its article: German "der"
  // joins "der Sprecher der Polizei" and also opens "Der Minister sagte"
  while (
    np.first <= np.last &&
    v.flags[np.first]! & L.CONNECTOR &&
    !(v.flags[np.first]! & HEAD) &&
    !isArticle(v, np.first, np.last)
  )
    np.first++;
  return head && np.first <= np.last ? np : null;
}

/** What may stand in the complement of a role: "a major Korean automaker", "the port authority". */
const COMPLEMENT_PART = NP_PART | L.DEMONYM;

/**
 * A role or unnamed head followed by a short complement that names no speaker of its own:
 * "a spokesperson for a major Korean automaker", "a logistics manager at a large Vancouver
 * importer". The head is the speaker; the complement stays part of its description.
 */
function roleComplementLeft(v: TokenView, j: number, lo: number): NP | null {
  if (!(v.flags[j]! & (HEAD & ~L.PRONOUN)) && !isPlainWord(v, j)) return null;
  for (let k = j - 1; k > Math.max(lo, j - 7); k--) {
    const f = v.flags[k]!;
    if (f & L.CONNECTOR && !(f & HEAD)) {
      if (!(v.flags[k - 1]! & (L.ROLE | L.UNNAMED)) || !has(v, k + 1, L.INDEF)) return null;
      const head = npLeft(v, k - 1, lo);
      return head ? { first: head.first, last: j } : null;
    }
    if (v.toks[k]!.kind !== 'word' || v.cueAt[k]) return null;
    if (!(f & COMPLEMENT_PART) && !isPlainWord(v, k) && !isPossessive(v, k)) return null;
    if (f & (L.PRONOUN | L.PERSON)) return null;
  }
  return null;
}

/**
 * An article that is also a relativizer or pronoun ("der", "die"), read as the article when a
 * noun-phrase word that is not itself an article follows: "Die Polizei erklärte", "sagte der Sprecher".
 */
function isArticle(v: TokenView, i: number, last: number): boolean {
  if (!(v.flags[i]! & L.INDEF) || i + 1 > last) return false;
  const next = v.flags[i + 1] ?? 0;
  return (next & NP_PART) !== 0 && !(next & L.INDEF);
}

/**
 * The noun phrase that starts at token `i`, read rightwards, not past `hi` (exclusive):
 * the speaker after an inverted cue ("kata juru bicara Dewan Keamanan Nasional AS").
 */
export function npRight(v: TokenView, i: number, hi: number): NP | null {
  let k = i;
  let head = false;
  let plain = 0;
  if (has(v, k, L.PRONOUN)) return { first: k, last: k };
  while (k < hi) {
    const f = v.flags[k]!;
    if (f & L.DATE && !(f & (ENTITY & ~L.PLACE))) break;
    if (f & ENTITY) {
      head = true;
      k = Math.min(v.mentionLast[k]!, hi - 1) + 1;
      continue;
    }
    if (f & L.OPEN_PAREN && k > i) {
      const close = matchingClose(v, k, hi, 5);
      if (close < 0) break;
      k = close + 1;
      continue;
    }
    if (f & L.CONNECTOR && k > i && head) {
      const next = v.flags[k + 1] ?? 0;
      if (next & (L.BODY | L.ORG | L.COUNTRY | L.ROLE | L.UNNAMED) && !(next & L.PLACE)) {
        k++;
        continue;
      }
      break;
    }
    // "sagte der Sprecher": an article that is also a relativizer ("der", "die") opens the phrase
    const article = k === i && isArticle(v, k, hi - 1);
    if (
      f & (L.PRONOUN | L.RELATIVE | L.CONJ | L.NEG | L.ADVERB | L.CONNECTIVE | L.COMPLEMENTIZER) &&
      !(f & HEAD & ~L.PRONOUN) &&
      !article
    )
      break;
    if (f & L.PREP && !(f & HEAD)) break;
    if (f & NP_PART) {
      if (f & HEAD) head = true;
      k++;
      continue;
    }
    if (isPossessive(v, k)) {
      k++;
      continue;
    }
    // "kata investigator KNKT": a plain noun before a body's name stands for a role
    const asRole = k === i && has(v, k + 1, L.ORG | L.BODY) && !has(v, k + 1, L.PERSON);
    // "the emergency management office": two plain words before a body word
    const twoBefore = plain === 0 && isPlainWord(v, k + 1) && has(v, k + 2, TITLED);
    // "the city's police": a plain owner opening the phrase
    if (
      plain === 0 &&
      k <= i + 1 &&
      isPlainWord(v, k) &&
      isPossessive(v, k + 1) &&
      (k === i || has(v, i, L.INDEF))
    ) {
      k++;
      continue;
    }
    if (
      plain < 2 &&
      isPlainWord(v, k) &&
      (has(v, k - 1, TITLED) || has(v, k + 1, TITLED) || asRole || twoBefore)
    ) {
      plain++;
      k++;
      continue;
    }
    break;
  }
  // "menurut pejabat itu": the demonstrative closes the phrase
  if (k < hi && has(v, k, L.DEMONSTRATIVE) && pointsBack(v, k, i)) k++;
  let last = k - 1;
  while (last >= i && v.flags[last]! & (L.CONNECTOR | L.INDEF | L.MOD) && !(v.flags[last]! & HEAD)) last--;
  return head && last >= i ? { first: i, last } : null;
}

/**
 * Whether the demonstrative at `d` closes a phrase that points back: right after a role, body or
 * unnamed head ("lembaga itu", "pejabat tersebut"), or after the country or body that qualifies
 * one ("pemimpin Rusia itu", "juru bicara KPK tersebut").
 */
function pointsBack(v: TokenView, d: number, lo: number): boolean {
  const POINTED = L.BODY | L.UNNAMED | L.ROLE;
  if (d - 1 < lo) return false;
  if (has(v, d - 1, POINTED)) return true;
  if (!has(v, d - 1, L.COUNTRY | L.ORG)) return false;
  const first = Math.max(lo, v.mentionFirst[d - 1]!);
  return first - 1 >= lo && has(v, first - 1, POINTED);
}

/** "'s" in "South Korea's spy agency": the lexicon's possessive markers, never a quotation mark. */
export function isPossessive(v: TokenView, i: number): boolean {
  const t = v.toks[i];
  return !!t && t.kind !== 'quote' && resolveTables(v.sl).possessive.has(t.text);
}

const TITLED = L.ROLE | L.BODY | L.UNNAMED | L.GOVERNMENT;

/** A lower-case word no lexicon claims: a candidate modifier inside a role or body phrase. */
function isPlainWord(v: TokenView, i: number): boolean {
  const t = v.toks[i];
  return !!t && t.kind === 'word' && !t.upper && v.flags[i] === 0 && !v.cueAt[i];
}

function titledBefore(v: TokenView, i: number, lo: number): boolean {
  for (let k = i - 1; k >= Math.max(lo, i - 2); k--) if (has(v, k, TITLED)) return true;
  return false;
}

function institutionIn(v: TokenView, a: number, b: number): boolean {
  for (let k = a; k <= b; k++) if (v.flags[k]! & (L.BODY | L.ORG | L.GOVERNMENT | L.ROLE)) return true;
  return false;
}

function isAdjunctPrep(v: TokenView, i: number): boolean {
  return i >= 0 && (v.flags[i]! & L.PREP) !== 0;
}

function isPlaceAfter(v: TokenView, i: number): boolean {
  return has(v, i + 1, L.PLACE) && !has(v, i + 1, L.BODY);
}

function matchingOpen(v: TokenView, close: number, lo: number, max: number): number {
  for (let k = close - 1; k >= Math.max(lo, close - max - 1); k--) if (v.flags[k]! & L.OPEN_PAREN) return k;
  return -1;
}

function matchingClose(v: TokenView, open: number, hi: number, max: number): number {
  for (let k = open + 1; k < Math.min(hi, open + max + 2); k++) if (v.flags[k]! & L.CLOSE_PAREN) return k;
  return -1;
}

/**
 * Steps left over what may stand between a speaker and its cue: adverbs, negation, dates,
 * bracketed dates, a parenthetical ", who spoke on condition of anonymity," and prepositional
 * adjuncts ("dalam sebuah pernyataan email pada Rabu sore"), as long as a noun phrase can end
 * right before them. Returns the index where the speaker should end, and whether a negator was
 * passed ("Amerika Serikat tidak percaya").
 */
export function skipAdjunctsLeft(
  v: TokenView,
  j: number,
  lo: number,
): { j: number; negated: boolean; negation: number } {
  let negated = false;
  // the first token of a negator right before the cue: "tidak percaya", "does not believe"
  let negation = -1;
  const cue = j + 1;
  for (let guard = 0; guard < 12 && j >= lo; guard++) {
    const before = j;
    while (j >= lo && v.flags[j]! & ADJUNCT_WORD && !(v.flags[j]! & ENTITY & ~L.PLACE)) {
      if (v.flags[j]! & L.NEG) {
        negated = true;
        if (negation < 0 ? j === cue - 1 : j === negation - 1) negation = j;
      }
      j--;
    }
    if (j >= lo && v.flags[j]! & L.CLOSE_PAREN) {
      const open = matchingOpen(v, j, lo, 8);
      if (open > lo && onlyAdjunct(v, open + 1, j - 1)) j = open - 1;
    }
    if (j >= lo && v.flags[j]! & L.COMMA) {
      // ", who spoke on condition of anonymity," between the speaker and the cue; an age
      // ("Arnel Castillo, 47, said")
      let k = j - 1;
      if (k > lo && v.toks[k]!.kind === 'number' && v.flags[k - 1]! & L.COMMA) k--;
      else while (k >= lo && v.flags[k]! & (ADJUNCT_WORD | L.RELATIVE)) k--;
      if (k < j - 1 && k >= lo && v.flags[k]! & L.COMMA) j = k - 1;
      else if ((k = parentheticalStart(v, j, lo)) >= 0) j = k - 1;
      else {
        // ", who heads the regional roads office," / ", yang memimpin kantor itu,"
        for (k = j - 1; k > Math.max(lo, j - 16); k--) {
          if (v.flags[k]! & (L.COMMA | L.QUOTE)) break;
          if (v.flags[k]! & L.RELATIVE && v.flags[k - 1]! & L.COMMA) {
            j = k - 2;
            // "Gareth Rowe, 58, who signed the design, denied …": an age before the clause
            if (j - 1 > lo && isAge(v, j) && v.flags[j - 1]! & L.COMMA) j -= 2;
            break;
          }
        }
      }
    }
    const pp = adjunctPhraseEnd(v, j, lo);
    if (pp !== null) j = pp;
    // "Sumber yang mengetahui pembahasan tersebut menyebut": a relative clause without commas
    if (j === before) {
      for (let k = j; k > Math.max(lo, j - 8); k--) {
        if (v.flags[k]! & (L.COMMA | L.QUOTE) || v.cueAt[k]) break;
        if (v.flags[k]! & L.RELATIVE && v.flags[k - 1]! & (L.UNNAMED | L.ROLE | L.BODY | ENTITY | L.CAP)) {
          j = k - 1;
          break;
        }
      }
    }
    if (j === before) break;
  }
  return { j, negated, negation };
}

/**
 * ", mengutip kantor berita Yonhap,", ", melalui unggahan di akun Instagram resminya,": a
 * comma-enclosed phrase that opens with a preposition or a citing word, ending at the comma `j`.
 * Returns the index of its opening comma, or -1.
 */
function parentheticalStart(v: TokenView, j: number, lo: number): number {
  for (let k = j - 1; k > Math.max(lo, j - 14); k--) {
    if (v.flags[k]! & (L.QUOTE | L.COLON) || v.cueAt[k]) return -1;
    if (!(v.flags[k]! & L.COMMA)) continue;
    const first = k + 1;
    const opens =
      v.flags[first]! & L.PREP ||
      v.sl.citing.matchAt(v.toks, first) ||
      v.sl.platformPreps.matchAt(v.toks, first);
    return opens ? k : -1;
  }
  return -1;
}

/** "58" in "Gareth Rowe, 58, said": a number of one to three digits. */
const isAge = (v: TokenView, i: number): boolean =>
  v.toks[i]!.kind === 'number' && /^\d{1,3}$/.test(v.toks[i]!.text);

function onlyAdjunct(v: TokenView, a: number, b: number): boolean {
  for (let k = a; k <= b; k++)
    if (
      !(v.flags[k]! & (L.DATE | ADJUNCT_WORD)) &&
      v.toks[k]!.kind !== 'number' &&
      v.toks[k]!.kind !== 'punct'
    )
      return false;
  return true;
}

/** If tokens ..j end a prepositional adjunct whose left neighbour can end a noun phrase, the index before it. */
function adjunctPhraseEnd(v: TokenView, j: number, lo: number): number | null {
  for (let k = j; k >= Math.max(lo + 1, j - 12); k--) {
    const f = v.flags[k]!;
    if (f & (STOP | L.CLOSE_PAREN) && k !== j) return null;
    if (f & STOP) return null;
    // "…, while the union said": a subordinator before a noun phrase opens a clause, not a phrase
    // before the cue ("saat dihubungi", "while visiting" are phrases)
    if (f & L.PREP && v.flags[k + 1]! & NP_PART && v.sl.subordinators.matchEndingAt(v.toks, k)) return null;
    if (f & L.PREP && !(v.flags[k - 1]! & L.PREP)) {
      // "sumber di intelijen": a connector before an institution is part of the phrase
      if (f & L.CONNECTOR && institutionIn(v, k + 1, j)) continue;
      const prev = k - 1;
      // "发言人林剑在…上表示": a name these scripts do not mark may end the speaker too
      if (
        (v.flags[prev]! & (NP_PART | L.COMMA | L.CLOSE_PAREN | L.DATE) ||
          (isPlainWord(v, prev) && titledBefore(v, prev, lo))) &&
        !(v.flags[prev]! & (L.PREP | L.CONNECTIVE) && !(v.flags[prev]! & HEAD))
      ) {
        if (v.flags[prev]! & (L.COMMA | L.DATE)) return prev;
        if (npLeft(v, prev, lo)) return prev;
      }
    }
  }
  return null;
}
