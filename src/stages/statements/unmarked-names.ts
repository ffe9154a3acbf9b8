/**
 * Names in scripts that mark no name with a capital: a family name from the language's grammar
 * (`surnames`) and a short given name, read as a name only where a speaker stands, between the
 * start of a clause (or a role before it) and a cue, a role, a date or an adjunct after it.
 *   zh  "何亚东说：…" / "教授张晓峰认为，…" / "…，”林剑强调。" / "付凌晖在发布会上表示"
 *   ko  "이창용 한국은행 총재는 …" / "이 총재는 …" (the family name alone before a role)
 * The tokens get the label a capital gives a word in other scripts, so the speaker rules read
 * them as they read "Kirby said".
 */
import { HEAD, L } from './labels.js';
import { has, type TokenView } from './view.js';

/** what may stand right before a name: nothing, punctuation, a role, a title, a body, a date */
const BEFORE = L.COMMA | L.QUOTE | L.COLON | L.ROLE | L.TITLE | L.BODY | L.DATE | L.CLOSE_PAREN | L.ORG;
/** what may follow it: a role or title ("이창용 한국은행 총재"), a date, an adjunct, a comma */
const AFTER = L.ROLE | L.TITLE | L.BODY | L.ORG | L.DATE | L.PREP | L.ADVERB | L.OPEN_PAREN;
/** what opens an adjunct between a name and its cue */
const ADJUNCT = L.DATE | L.PREP | L.ADVERB;
/** labels that say a token is already something else */
const TAKEN = HEAD | L.TITLE | L.DATE | L.PREP | L.ADVERB | L.CONJ | L.CONNECTIVE | L.NEG | L.QUOTE;

/**
 * How many tokens a cue may stand after the name: a dictionary cuts unknown words into single
 * characters, so "26日在受灾较重的海陵试验区调研时说" is fifteen tokens
 */
const CUE_REACH = 16;

const isWord = (v: TokenView, k: number) => v.toks[k]!.kind === 'word' && !v.toks[k]!.upper;

function opensClause(v: TokenView, i: number, from: number): boolean {
  if (i === from) return true;
  const prev = v.toks[i - 1]!;
  if (prev.kind === 'punct' || prev.kind === 'quote' || has(v, i - 1, BEFORE)) return true;
  // "… 관측에 대해 이 총재는": after a function word that closes an adjunct, not a relative clause
  return has(v, i - 1, L.FUNCTION) && !has(v, i - 1, L.RELATIVE);
}

function cueAhead(v: TokenView, k: number, to: number): boolean {
  for (let m = k; m < Math.min(to, k + CUE_REACH); m++) {
    if (v.cueAt[m]) return true;
    if (has(v, m, L.COMMA | L.QUOTE)) return false;
  }
  return false;
}

/** The speaker's place after the name ending at `j`: a cue, a role or adjunct, a subject marker. */
function closesName(v: TokenView, j: number, to: number, bare: boolean): boolean {
  const k = j + 1;
  if (k >= to) return false;
  // "이 총재는": a family name alone is a name only before a role or title
  if (bare) return has(v, k, L.ROLE | L.TITLE);
  if (v.cueAt[k] || has(v, k, AFTER & ~ADJUNCT) || v.sl.subjectMarkers.matchAt(v.toks, k)) return true;
  // "付凌晖在发布会上表示", "郑永强24日晚…通报": an adjunct or a time, then the cue, no comma between
  if (has(v, k, ADJUNCT) || v.toks[k]!.kind === 'number') return cueAhead(v, k, to);
  // "정은경 보건복지부 장관은": a body or place between the name and its role
  return k + 1 < to && isWord(v, k) && has(v, k + 1, L.ROLE | L.TITLE);
}

/** Labels the unmarked names of the sentence [from, to) as capitalised words. */
export function markUnmarkedNames(v: TokenView, from: number, to: number): void {
  const { surnames, givenNameLength: given } = v.sl;
  if (!surnames.size) return;
  for (let i = from; i < to; i++) {
    if (!isWord(v, i) || v.cueAt[i] || has(v, i, TAKEN) || !opensClause(v, i, from)) continue;
    // "“…”이라고 말했다", "한은이": a quotative or particle written onto the word before it
    const glued = i > from && v.toks[i]!.start === v.toks[i - 1]!.end;
    if (v.sl.quotatives.matchAt(v.toks, i) || (glued && v.sl.subjectMarkers.matchAt(v.toks, i))) continue;
    const first = v.toks[i]!.text;
    for (const sn of [first.slice(0, 2), first.slice(0, 1)]) {
      if (!surnames.has(sn)) continue;
      let text = '';
      let j = i;
      let found = -1;
      for (; j < Math.min(to, i + 3); j++) {
        if (!isWord(v, j) || v.cueAt[j] || (j > i && has(v, j, TAKEN | L.FUNCTION))) break;
        // tokens of one name touch: "何 亚东" cut by the dictionary, never "何 亚东" typed apart
        if (j > i && v.toks[j]!.start !== v.toks[j - 1]!.end) break;
        text += v.toks[j]!.text;
        const rest = text.length - sn.length;
        if (rest > given.max) break;
        if ((rest >= given.min || (rest === 0 && text === sn)) && closesName(v, j, to, rest === 0)) found = j;
      }
      // "阳江市副市长": a place ("…市") is not a name however it begins
      if (found < 0 || v.sl.placeKinds.has(v.toks[found]!.text.slice(-1))) continue;
      // "陈立新": "新" (new) is a modifier elsewhere, here the end of a name
      for (let k = i; k <= found; k++) v.flags[k] = (v.flags[k]! & ~(L.FUNCTION | L.MOD)) | L.CAP;
      i = found;
      break;
    }
  }
}

/** How many characters a place's own name may have before its kind: "阳江" in "阳江市" (most have two). */
const PLACE_NAME = 2;
/** what a place names the seat of, right after it: "阳江市应急管理局", "广东省副省长" */
const SEATED = L.BODY | L.ROLE | L.GOVERNMENT | L.ORG;

/**
 * Places in scripts that mark no name with a capital and put no space between words: a short
 * unknown name glued to a kind of place (`grammar.placeKinds`) glued to a body or role is read
 * as a place mention, so the speaker rules take the whole "阳江市应急管理局" and not its tail.
 * Tokens that touch occur only in unspaced scripts: spaced languages never meet this rule.
 */
export function markUnmarkedPlaces(v: TokenView, from: number, to: number): void {
  const touch = (k: number) => v.toks[k]!.start === v.toks[k - 1]!.end;
  for (let k = from + 1; k + 1 < to; k++) {
    if (!v.sl.placeKinds.has(v.toks[k]!.text) || !touch(k) || !touch(k + 1) || !has(v, k + 1, SEATED))
      continue;
    let i = k;
    let chars = 0;
    while (
      i - 1 >= from &&
      touch(i) &&
      isWord(v, i - 1) &&
      !v.cueAt[i - 1] &&
      !v.sl.according.matchAt(v.toks, i - 1) &&
      !has(v, i - 1, TAKEN | L.FUNCTION | L.RELATIVE | L.CAP) &&
      chars + v.toks[i - 1]!.text.length <= PLACE_NAME
    ) {
      chars += v.toks[i - 1]!.text.length;
      i--;
    }
    if (chars < 2) continue;
    for (let m = i; m <= k; m++) {
      v.flags[m] = (v.flags[m]! & ~(L.FUNCTION | L.MOD)) | L.PLACE;
      v.mentionFirst[m] = i;
      v.mentionLast[m] = k;
    }
  }
}
