import type { Entity } from '../../domain/entity.js';
import type { Speaker, SpeakerKind } from '../../domain/statement.js';
import { isOutletEntity } from '../entities/lookup.js';
import { pastChannel } from './content.js';
import { ENTITY, HEAD, L } from './labels.js';
import { nameAfterRoleBody, nameRunIntoOrg } from './name-in-org.js';
import { resolveTables } from './resolve-tables.js';
import { hasHead, npLeft, npRight, skipAdjunctsLeft, type NP } from './np.js';
import { has, type TokenView } from './view.js';

/** The speakers before a cue: one or more (coordinated), each a chain of appositions. */
export interface Subject {
  speakers: NP[][];
  first: number;
  negated: boolean;
  /** first token of a negator right before the cue, or -1 */
  negation: number;
}

const BOUNDARY =
  L.COMMA | L.COLON | L.QUOTE | L.CONNECTIVE | L.ADVERB | L.DATE | L.CLOSE_PAREN | ENTITY | L.CAP | L.CONJ;

/** Whether the token before a subject lets the subject begin there. */
function boundaryOk(v: TokenView, b: number, lo: number): boolean {
  if (b < lo) return true;
  const f = v.flags[b]!;
  if (f & L.RELATIVE) return false;
  if (f & L.CONNECTIVE) return true;
  // "…, while the union said …": a subordinate clause opens before its subject
  if (v.sl.subordinators.matchEndingAt(v.toks, b)) return true;
  if (f & (L.PREP | L.CONNECTOR) && !(f & (L.CAP | ENTITY))) return false;
  if (f & BOUNDARY) return true;
  // "对外经济贸易大学教授张晓峰认为": a script written without spaces glues its modifiers to the speaker
  const t = v.toks[b]!;
  if (t.kind === 'word' && !t.upper && !f && t.end === v.toks[b + 1]?.start) return true;
  // the end of a sentence-initial adverbial ("Di Roma", "Pada bulan Februari 2022,")
  return t.kind === 'number' || t.kind === 'punct';
}

/** "Menteri Pertahanan AS, Lloyd Austin," read leftwards from `end`: the groups in text order. */
// words that make a noun phrase a role or a body rather than a bare name
const ROLEISH = L.ROLE | L.UNNAMED | L.TITLE | L.BODY | L.ORG;

/** "the commission", "the ministry": a body with no role, title or person in it. */
const bodyOnly = (v: TokenView, np: NP): boolean =>
  hasLabel(v, np, L.BODY | L.ORG) && !hasLabel(v, np, L.ROLE | L.UNNAMED | L.TITLE | L.PERSON);

function appositionsLeft(v: TokenView, end: number, lo: number): NP[] | null {
  let j = end;
  // "Lim Ah Kow, 61, berkata", "John Smith, 45, said": an age between commas belongs to the name
  if (
    j - 2 > lo &&
    has(v, j, L.COMMA) &&
    v.toks[j - 1]!.kind === 'number' &&
    /^\d{1,3}$/.test(v.toks[j - 1]!.text) &&
    has(v, j - 2, L.COMMA)
  )
    j -= 2;
  if (has(v, j, L.COMMA)) {
    j--;
    // "Mark Ellison, commander of the Australian Border Force's maritime task group, said":
    // an apposition too long to parse still names a role when it opens with one
    const inner = npLeft(v, j, lo);
    if (!inner || !(inner.first <= lo || has(v, inner.first - 1, L.COMMA))) {
      for (let k = j; k > Math.max(lo, j - 16); k--) {
        if (has(v, k, L.QUOTE) || v.cueAt[k]) break;
        if (!has(v, k, L.COMMA)) continue;
        const head = npLeft(v, k - 1, lo);
        if (head && has(v, k + 1, L.ROLE | L.INDEF | L.UNNAMED | L.TITLE | L.BODY))
          return [head, { first: k + 1, last: j }];
        break;
      }
    }
  }
  if (j < lo) return null;
  const np = npLeft(v, j, lo);
  if (!np) return null;
  const groups = [np];
  let k = np.first - 1;
  while (k > lo && has(v, k, L.COMMA) && groups.length < 4) {
    let prev = npLeft(v, k - 1, lo);
    // "Apalagi, Presiden Joko Widodo": a connective taken for a name opens no apposition
    if (
      !prev ||
      has(v, prev.first, L.PRONOUN) ||
      (prev.first === prev.last && has(v, prev.first, L.CONNECTIVE))
    )
      break;
    // "Ahli Dewan Undangan Negeri (ADUN) Mentakab, Chong Wei Ming": an acronym in brackets
    // inside a title; the title goes on before it
    const open = prev.first - 3;
    if (open > lo && has(v, prev.first - 1, L.CLOSE_PAREN) && has(v, open, L.OPEN_PAREN)) {
      const before = npLeft(v, open - 1, lo);
      if (before && hasLabel(v, before, L.ROLE | L.BODY)) prev = { first: before.first, last: prev.last };
    }
    const b = prev.first - 1;
    if (!(b < lo || has(v, b, L.COMMA | L.COLON | L.QUOTE | L.CONNECTIVE | L.CLOSE_PAREN | L.DATE))) break;
    // "In a statement signed by its chief officer, Davie Mwale, the commission said": a body is no
    // apposition of a person; the name belongs to the fronted phrase
    if (groups.length === 1 && bodyOnly(v, np) && hasLabel(v, prev, L.PERSON) && !hasLabel(v, prev, ROLEISH))
      break;
    groups.unshift(prev);
    k = b;
  }
  return groups;
}

/**
 * The subject of the cue at token `cue`: the speaker or coordinated speakers that end right
 * before it, once adverbs, dates and prepositional adjuncts are stepped over.
 * "Menteri Pertahanan AS, Lloyd Austin, dan seorang juru bicara NATO keduanya menyatakan".
 */
export function subjectBefore(v: TokenView, cue: number, lo: number): Subject | null {
  const s = subjectAt(v, cue, lo) ?? subjectBeforeAside(v, cue, lo);
  // "Si no explica de dónde saldrá el dinero, …": a conditional conjunction opens a condition,
  // never a speaker
  const first = s?.speakers[0]?.[0]?.first;
  if (first !== undefined && v.sl.conditional.matchAt(v.toks, first)) return null;
  return s;
}

/**
 * The subject before an aside set off by commas between it and its cue: "L'Inps, interpellato
 * sui dati, ha fatto sapere …", "La Consejería, por su parte, sostiene …". The aside opens with
 * a lower-case word that is no article, conjunction or cue, and holds no quotation.
 */
function subjectBeforeAside(v: TokenView, cue: number, lo: number): Subject | null {
  if (!has(v, cue - 1, L.COMMA)) return null;
  for (let k = cue - 2; k > lo && k >= cue - 14; k--) {
    if (has(v, k, L.QUOTE | L.COLON) || v.cueAt[k]) return null;
    if (!has(v, k, L.COMMA)) continue;
    const w = v.toks[k + 1]!;
    if (w.kind !== 'word' || w.upper || has(v, k + 1, L.INDEF | L.CONJ | L.COMPLEMENTIZER)) return null;
    // the subject's head closes right before the aside: "…, werde der Freistaat helfen, hieß es"
    // follows a clause ("zu erhalten"), not a subject
    if (has(v, k - 1, HEAD)) return subjectAt(v, k, lo);
    // a complement the noun phrase reader does not take ends at its connector
    const c = complementStart(v, k - 1, lo);
    return c < 0 ? null : subjectAt(v, c, lo);
  }
  return null;
}

/**
 * Where the complement of a head starts when `end` closes it: "I familiari della paziente,
 * contattati …", "Fonti di maggioranza, interpellate …"; its connector within three words, a
 * head right before it. -1 when there is none.
 */
function complementStart(v: TokenView, end: number, lo: number): number {
  for (let j = end; j > lo && j >= end - 3; j--) {
    if (v.toks[j]!.kind !== 'word' || v.cueAt[j]) return -1;
    if (has(v, j, L.CONNECTOR)) return j < end && has(v, j - 1, HEAD) ? j : -1;
  }
  return -1;
}

function subjectAt(v: TokenView, cue: number, lo: number): Subject | null {
  const { j, negated, negation } = skipAdjunctsLeft(v, cue - 1, lo);
  if (j < lo) return null;
  const speakers: NP[][] = [];
  let end = j;
  for (let n = 0; n < 4; n++) {
    const groups = appositionsLeft(v, end, lo);
    if (!groups) break;
    // "Direktur Jenderal … Kelautan dan Perikanan, Bayu Prasetyo": "dan" inside a title
    const right = speakers[0];
    if (right && end < (right[0]?.first ?? 0) && titleJoin(v, groups[groups.length - 1]!, right[0]!)) {
      const joined = { first: groups[groups.length - 1]!.first, last: right[0]!.last };
      speakers[0] = [...groups.slice(0, -1), joined, ...right.slice(1)];
      const c = groups[0]!.first - 1;
      if (c > lo && has(v, c, L.CONJ) && !has(v, c - 1, L.CONNECTIVE)) {
        end = c - 1;
        continue;
      }
      break;
    }
    speakers.unshift(groups);
    const c = groups[0]!.first - 1;
    if (c > lo && has(v, c, L.CONJ) && !has(v, c - 1, L.CONNECTIVE)) {
      end = c - 1;
      continue;
    }
    break;
  }
  dropOpeningAdjunct(v, speakers, lo);
  mergeNameLists(v, speakers);
  mergeTitleLists(v, speakers);
  const firstGroup = speakers[0]?.[0];
  if (!firstGroup) return null;
  // "Di Roma Austin": when a preposition opens the sentence, its object is not the speaker
  if (
    has(v, firstGroup.first - 1, L.PREP) &&
    !v.sl.subordinators.matchEndingAt(v.toks, firstGroup.first - 1) &&
    speakers.length === 1 &&
    speakers[0]!.length === 1
  ) {
    for (let f = firstGroup.first + 1; f <= firstGroup.last; f++) {
      const rest = { first: f, last: firstGroup.last };
      if (has(v, f, L.CAP | ENTITY) && hasHead(v, rest) && !has(v, f - 1, L.CONNECTOR | L.PREP)) {
        speakers[0] = [rest];
        break;
      }
    }
  }
  if (!boundaryOk(v, speakers[0]![0]!.first - 1, lo)) {
    // "Rusia mengirim pasukan dan Austin mengatakan": drop speakers that fail, keep the nearest
    if (speakers.length > 1 && has(v, speakers[1]![0]!.first - 1, L.CONJ))
      speakers.splice(0, speakers.length - 1);
    else if (!describedPerson(v, speakers, lo) && !afterHeading(v, speakers, lo)) return null;
  }
  return { speakers, first: speakers[0]![0]!.first, negated, negation };
}

/**
 * "Владелец мебельной фабрики в Кирове Игорь Селезнев признался, что …": a named person right
 * before the cue, after a description in words no lexicon knows, opening the sentence: the
 * description is the person's role, not a clause the name belongs to. Only when nothing but
 * plain lower-case words (and capitalised ones) stands between the sentence start and the name.
 */
function describedPerson(v: TokenView, speakers: NP[][], lo: number): boolean {
  if (speakers.length !== 1 || speakers[0]!.length !== 1) return false;
  const g = speakers[0]![0]!;
  for (let i = g.first; i <= g.last; i++) if (!has(v, i, L.PERSON)) return false;
  if (g.first - lo > 8 || !v.toks[lo]!.upper || has(v, lo, L.PRONOUN | L.FUNCTION | L.PREP | L.CONNECTIVE))
    return false;
  for (let i = lo + 1; i < g.first; i++) {
    const t = v.toks[i]!;
    if (t.kind !== 'word' || v.cueAt[i] || has(v, i, L.RELATIVE | L.COMPLEMENTIZER | L.PRONOUN | L.NEG))
      return false;
  }
  return true;
}

/** How many words a heading run into the next sentence may have. */
const HEADING = 5;

/**
 * "Tak ada payung hukum Ketua Bawaslu Abhan mengatakan, …", "Tambahan anggaran Menteri Edhy
 * meminta …": a subheading of a few words, taken from a page without its line end, runs into
 * the sentence; the speaker opens with a capitalised role right after its last lower-case word.
 */
function afterHeading(v: TokenView, speakers: NP[][], lo: number): boolean {
  if (speakers.length !== 1 || !v.toks[lo]!.upper) return false;
  const g = speakers[0]![0]!;
  // the noun phrase read leftwards may have taken the heading's last words: "hukum Ketua …"
  let first = -1;
  for (let i = Math.max(g.first, lo + 1); i <= g.last && first < 0; i++)
    if (v.toks[i]!.upper && has(v, i, L.ROLE | L.TITLE) && plainLower(v, i - 1)) first = i;
  if (first < 0 || first - lo > HEADING) return false;
  let person = false;
  for (const x of speakers[0]!)
    for (let i = Math.max(x.first, first); i <= x.last && !person; i++) person = has(v, i, L.PERSON);
  if (!person) return false;
  for (let i = lo; i < first; i++)
    if (
      v.toks[i]!.kind !== 'word' ||
      v.cueAt[i] ||
      has(v, i, L.RELATIVE | L.COMPLEMENTIZER | L.PRONOUN | L.PREP | L.QUOTE)
    )
      return false;
  speakers[0]![0] = { ...g, first };
  return true;
}

const plainLower = (v: TokenView, i: number): boolean => v.toks[i]!.kind === 'word' && !v.toks[i]!.upper;

/**
 * "Procurada, a empresa Vale preferiu …", "Interpellato, il presidente …", "Contacté, le préfet
 * …": one capitalised word that names nothing, opening the sentence before an apposition that
 * opens with an article, is a participle or adjective of the sentence, not a first name.
 */
function dropOpeningAdjunct(v: TokenView, speakers: NP[][], lo: number): void {
  const chain = speakers[0];
  const first = chain?.[0];
  const next = chain?.[1];
  if (!first || !next || first.first !== first.last || first.first !== lo) return;
  if (v.entity[first.first] || !has(v, first.first, L.CAP) || has(v, first.first, LEXICAL)) return;
  if (!has(v, next.first, L.INDEF)) return;
  chain.shift();
}

/**
 * "Kementerian Perdagangan, Industri, dan Energi", "Centre for Volcanology and Geological
 * Hazard Mitigation": a body's name that lists fields is one speaker, not several. Coordinated
 * speakers merge when the first opens with a body word and the others are bare capitalised words.
 */
function mergeNameLists(v: TokenView, speakers: NP[][]): void {
  if (speakers.length < 2 && (speakers[0]?.length ?? 0) < 2) return;
  const flat = speakers.flat();
  const first = flat[0]!;
  const body = (i: number) => has(v, i, L.BODY) && !has(v, i, L.COUNTRY | L.PERSON);
  if (!body(first.first) && !body(first.first + 1)) return;
  const bare = (g: NP) => {
    for (let i = g.first; i <= g.last; i++)
      if (v.flags[i]! & (L.PERSON | L.ROLE | L.UNNAMED | L.PRONOUN)) return false;
    return has(v, g.first, L.CAP);
  };
  if (!flat.slice(1).every(bare)) return;
  speakers.splice(0, speakers.length, [{ first: first.first, last: flat[flat.length - 1]!.last }]);
}

/**
 * "Kepala Bidang Bangunan Dinas Perumahan Rakyat dan Kawasan Permukiman, Cipta Karya dan Tata
 * Ruang Kota Surabaya Iman Krestian", "Wakil Ketua Kamar Dagang dan Industri Indonesia Bidang
 * Hubungan Internasional Shinta Kamdani": a long title whose body's name lists fields is one
 * speaker, named at its end. Read so when the first part is a role without a name, no later part
 * opens a new role or source, and the last part names its person after some title words
 * ("… dan Menteri Pertahanan Lloyd Austin", "… dan Lloyd Austin" stay two speakers).
 */
function mergeTitleLists(v: TokenView, speakers: NP[][]): void {
  if (speakers.length < 2) return;
  const parts = speakers.flat();
  const first = parts[0]!;
  const last = parts[parts.length - 1]!;
  // a role that ends in its holder's name is a whole speaker: "Kepala Dinas Budi dan …"
  if (!hasLabel(v, first, L.ROLE) || personIn(v, first)?.last === first.last) return;
  const OPENS = L.ROLE | L.INDEF | L.UNNAMED | L.TITLE | L.PRONOUN;
  // "Menteri Pertanian dan Keterjaminan Makanan, Datuk Seri Mohamad Sabu": the holder's name
  // may stand in apposition after the title's last field, with an honorific of its own
  const appositive =
    parts.length > 2 && has(v, last.first - 1, L.COMMA) && !has(v, last.first, OPENS & ~L.TITLE);
  if (parts.slice(1, appositive ? -1 : undefined).some((g) => has(v, g.first, OPENS))) return;
  const p = personIn(v, last) ?? bareName(v, last);
  if (!p) return;
  if (
    !(appositive && p.last === last.last) &&
    (p.first <= last.first || v.mentionFirst[last.first] === p.first)
  )
    return;
  speakers.splice(0, speakers.length, [{ first: first.first, last: last.last }]);
}

/** Whether "<left> dan <right>" joins two words of one title: a capitalised right side of one bare word. */
function titleJoin(v: TokenView, left: NP, right: NP): boolean {
  if (
    right.first !== right.last ||
    !has(v, right.first, L.CAP) ||
    has(v, right.first, ENTITY | L.ROLE | L.UNNAMED)
  )
    return false;
  return has(v, left.last, L.CAP) && (has(v, left.first, L.ROLE | L.BODY) || has(v, left.first + 1, L.BODY));
}

/** The speaker after an inverted cue, with its appositions: "kata juru bicara …, John Kirby". */
export function speakerAfter(v: TokenView, i: number, hi: number): NP[] | null {
  // "confirmou à Lusa a PGR": past a hearer first, where its preposition reads as an article too
  const past = hearerPrep(v, i) ? afterCueAdjuncts(v, i, hi) : i;
  const first =
    past > i ? npRight(v, past, hi) : (npRight(v, i, hi) ?? npRight(v, afterCueAdjuncts(v, i, hi), hi));
  if (!first) return null;
  // "disse à RTP, acrescentando …": a hearer alone after the cue is not its speaker
  if (first.first === i && hearerPrep(v, i)) return null;
  const np = titleTail(v, first, hi);
  const groups = [np];
  let k = np.last + 1;
  while (k < hi - 1 && has(v, k, L.COMMA) && groups.length < 4 && !has(v, np.first, L.PRONOUN)) {
    const next = npRight(v, k + 1, hi);
    if (!next || has(v, next.first, L.PRONOUN)) break;
    const a = next.last + 1;
    if (!(a >= hi || has(v, a, L.COMMA | L.QUOTE | L.PREP | L.DATE) || v.toks[a]!.kind === 'punct')) break;
    groups.push(next);
    k = a;
  }
  return groups;
}

/**
 * Where the speaker starts when a date or the hearer stands between an inverted cue and it:
 * "« … », a déclaré mardi Nathalie Morel", "dijo hoy a los periodistas el ministro", "ha detto
 * ieri ai cronisti il sindaco", "ha scritto sui social il sindaco". Returns `i` when nothing is
 * skipped.
 */
function afterCueAdjuncts(v: TokenView, i: number, hi: number): number {
  let k = i;
  while (k < hi && k < i + 3 && has(v, k, L.DATE | L.ADVERB) && !has(v, k, ENTITY & ~L.PLACE)) k++;
  if (k < hi && v.sl.hearerPreps.has(v.toks[k]!.norm)) {
    // the hearer is a short phrase ("a los periodistas", "à l'AFP"); the speaker follows it
    let h = k + 1;
    while (h < hi && h < k + 5 && has(v, h, L.INDEF)) h++;
    // a named hearer ends with its own name: "à l'AFP Fabien Lemaire", "à France 24 Claire Vasseur"
    const hearer = has(v, h, ENTITY) ? { last: v.mentionLast[h]! } : npRight(v, h, hi);
    let end = hearer ? hearer.last + 1 : h + 1;
    // a hearer word that is no preposition ("журналістам", "журналистам") is the whole hearer: a
    // person named right after it is the speaker ("сказав у коментарі журналістам Олександр …")
    const named = has(v, k, L.PREP) ? h + 1 : h;
    for (let p = named; p < end; p++) if (has(v, p, L.PERSON) && v.mentionFirst[p] === p) end = p;
    // "all'ANSA la procura", "à Lusa a PGR": an article not after "of" opens the speaker
    for (let p = h + 1; p < end; p++)
      if (has(v, p, L.INDEF) && !has(v, p - 1, L.PREP | L.CONNECTOR | L.INDEF)) {
        end = p;
        break;
      }
    while (end < hi && v.toks[end]!.kind === 'number') end++;
    if (end - k <= 5 && end < hi && !has(v, end, L.COMMA)) k = end;
  }
  while (k < hi && k < i + 6 && has(v, k, L.DATE) && !has(v, k, ENTITY & ~L.PLACE)) k++;
  k = pastOutlet(v, k, hi);
  // "ha scritto sui social il sindaco", "dijo en rueda de prensa el ministro": the channel
  // stands between the cue and its speaker
  const c = pastChannel(v, k, hi);
  if (c > k && c < hi && !has(v, c - 1, L.COMMA)) return afterCueAdjuncts(v, c, hi);
  return k;
}

/**
 * "a déclaré sur France Info la maire", "dijo en Cadena SER el alcalde": a preposition and a
 * known outlet stand between the cue and its speaker. Returns `k` when none does.
 */
function pastOutlet(v: TokenView, k: number, hi: number): number {
  if (k + 1 >= hi || !has(v, k, L.PREP)) return k;
  const e = v.entity[k + 1];
  if (!e || v.mentionFirst[k + 1] !== k + 1 || !isOutletEntity(e)) return k;
  const end = v.mentionLast[k + 1]! + 1;
  return end < hi && !has(v, end, L.COMMA) && v.toks[end]!.kind !== 'punct' ? end : k;
}

/** A hearer's preposition as written: Portuguese "à" folds to "a", the article of "disse a ministra". */
function hearerPrep(v: TokenView, i: number): boolean {
  return v.sl.hearerPrepsWritten.has(v.toks[i]!.text.normalize('NFC').toLowerCase());
}

/** How far a title may run past where the noun phrase reader stopped. */
const TAIL = 16;
const TAIL_WORD = ENTITY | L.CAP | L.ROLE | L.BODY | L.TITLE | L.MOD | L.GOVERNMENT;

/**
 * "kata juru bicara Gugus Tugas Covid - 19 Kabupaten Bekasi, Alamsyah", "ujar Kepala Humas
 * Daop 1 Eva Chairunisa": a title after an inverted cue runs over numbers, hyphens, slashes and
 * joined capitalised words that the noun phrase reader stops at, up to a comma, a date, a
 * lower-case word or the end of the sentence. Only a phrase that holds a role or a body is
 * extended; a bare name ("kata Budi") stays as read.
 */
function titleTail(v: TokenView, np: NP, hi: number): NP {
  let titled = false;
  for (let k = np.first; k <= np.last && !titled; k++) titled = has(v, k, L.ROLE | L.BODY | L.UNNAMED);
  if (!titled) return np;
  let last = np.last;
  for (let k = np.last + 1; k < Math.min(hi, np.last + 1 + TAIL); k++) {
    const t = v.toks[k]!;
    const f = v.flags[k]!;
    if (f & (L.COMMA | L.QUOTE | L.DATE | L.PRONOUN | L.COLON) || v.cueAt[k]) break;
    if (f & TAIL_WORD || t.kind === 'number') {
      last = k;
      continue;
    }
    // "Covid - 19", "Riset dan Teknologi / Kepala Badan …", "Rumah Sakit Darurat Covid - 19 (RSDC)"
    const joins = f & (L.CONNECTOR | L.CONJ | L.OPEN_PAREN | L.CLOSE_PAREN) || /^[-–/]$/.test(t.text);
    if (joins && has(v, k + 1, TAIL_WORD | L.OPEN_PAREN)) {
      if (f & L.CLOSE_PAREN) last = k;
      continue;
    }
    if (joins && v.toks[k + 1]?.kind === 'number') continue;
    break;
  }
  return { first: np.first, last };
}

const text = (v: TokenView, a: number, b: number) => v.doc.text.slice(v.toks[a]!.start, v.toks[b]!.end);

/** The last person named in a phrase: names follow roles ("Kepala Dinas … Budi Santoso"). */
function personIn(v: TokenView, np: NP): { entity: Entity; first: number; last: number } | null {
  for (let i = np.last; i >= np.first; i--) {
    const e = v.entity[i];
    if (!e || e.type !== 'person') continue;
    const first = v.mentionFirst[i]!;
    const last = v.mentionLast[i]!;
    // "Komnas HAM", "Kepala Dinas …": a body's acronym or a lexicon word taken for a name (a
    // known person's initials, "SBY", keep their canonical name; after a role, "Ketua Umum
    // Partai Demokrat AHY", initials are the role holder's)
    const acronym = ACRONYM.test(v.toks[i]!.text) && e.name === v.toks[i]!.text && !hasLabel(v, np, L.ROLE);
    if (first === last && (acronym || v.flags[i]! & LEXICAL)) {
      i = first;
      continue;
    }
    return { entity: e, first, last };
  }
  return null;
}

const ACRONYM = /^\p{Lu}{2,}$/u;
const LEXICAL = L.ROLE | L.BODY | L.UNNAMED | L.GOVERNMENT | L.TITLE | L.FUNCTION;

/** A run of capitalised words that no lexicon or gazetteer claims: an unknown person's name. */
function bareName(v: TokenView, np: NP): { first: number; last: number } | null {
  const NOT_NAME =
    L.ROLE |
    L.BODY |
    L.UNNAMED |
    L.TITLE |
    L.ORG |
    L.COUNTRY |
    L.PLACE |
    L.GOVERNMENT |
    L.MOD |
    L.INDEF |
    L.FUNCTION |
    L.DEMONYM;
  let best: { first: number; last: number } | null = null;
  for (let i = np.first; i <= np.last; i++) {
    if (!has(v, i, L.CAP) || has(v, i, NOT_NAME)) continue;
    // "regent of Banyuwangi", "kepala dinas di Sleman": a jurisdiction, not a name
    if (i > np.first && has(v, i - 1, L.CONNECTOR)) continue;
    let k = i;
    while (k + 1 <= np.last && has(v, k + 1, L.CAP) && !has(v, k + 1, NOT_NAME)) k++;
    // "Health officials", "Pentagon sources": a word before an unnamed head says which ones
    if (k + 1 <= np.last && has(v, k + 1, L.UNNAMED)) {
      i = k;
      continue;
    }
    // "HAM" of "Komnas HAM": a lone acronym beside no role names a body, not a person
    if (k === i && ACRONYM.test(v.toks[i]!.text) && !hasLabel(v, np, L.ROLE)) continue;
    best = { first: i, last: k };
    i = k;
  }
  return best;
}

function entitiesIn(v: TokenView, np: NP): Entity[] {
  const out: Entity[] = [];
  for (let i = np.first; i <= np.last; i++) {
    const e = v.entity[i];
    if (e && !out.includes(e)) out.push(e);
  }
  return out;
}

const countryId = (e: Entity) => (e.type === 'country' ? e.id : e.country ? `country:${e.country}` : null);

/** Trims leading articles and indefinites: "seorang pejabat tinggi" -> "pejabat tinggi". */
function trimmed(v: TokenView, np: NP): NP {
  let f = np.first;
  while (f < np.last && has(v, f, L.INDEF) && !has(v, f, ENTITY | L.ROLE | L.UNNAMED)) f++;
  return { first: f, last: np.last };
}

/**
 * The Speaker of one apposition chain ("Farah Dakhlallah", "juru bicara NATO"): the person's
 * name if any group names one, the role from the group that holds a role, the kind from the
 * head, the affiliation from the country or body it speaks for.
 */
/** The first of `groups` for which `f` finds something. */
function pick<T>(groups: readonly NP[], f: (g: NP) => T | null | undefined): T | null {
  for (const g of groups) {
    const r = f(g);
    if (r) return r;
  }
  return null;
}

/** "Dilansir Tribunjateng.com", "Mengutip Antara": a relaying outlet before the speaker, never the speaker */
const citingGroup = (v: TokenView, g: NP): boolean => !!v.sl.citing.matchAt(v.toks, g.first);

export function makeSpeaker(v: TokenView, groups: NP[], rule: string): Speaker {
  let person: { entity?: Entity; first: number; last: number } | null = null;
  // a group that is only a name beats a person found inside a role ("Bupati Brebes, Eka Pratiwi")
  const ordered = [
    ...groups.filter((g) => !hasLabel(v, g, L.ROLE)),
    ...groups.filter((g) => hasLabel(v, g, L.ROLE)),
  ];
  const pointing = groups.some((h) => has(v, h.first, L.PRONOUN));
  const plain = ordered.filter((g) => !hasLabel(v, g, L.ROLE));
  // "Rivalnya, Siti Marlina,": a person recognised in an apposition first; then
  // "juru bicara Gugus Tugas Covid - 19, Alamsyah": an apposition that is only a name, known or
  // not, beats a word inside the role that the entity stage took for a person
  person =
    pick(plain, (g) => personIn(v, g)) ??
    (groups.length > 1 && !pointing
      ? pick(
          plain.filter((g) => !citingGroup(v, g)),
          (g) => bareName(v, g),
        )
      : null) ??
    pick(
      ordered.filter((g) => hasLabel(v, g, L.ROLE)),
      (g) => personIn(v, g),
    );
  // "… Universitas Lambung Mangkurat Muhammad Handry Imansyah": a name run into an organisation
  if (!person && !pointing) person = pick(groups, (g) => nameRunIntoOrg(v, g));
  if (!person)
    for (const g of groups) {
      const n = bareName(v, g);
      if (n && !pointing) {
        person = n;
        break;
      }
    }
  // "голова Полтавської ОВА Володимир Когут": the body the entity stage ran into the name
  const unglued = person?.entity ? nameAfterRoleBody(v, person) : null;
  if (unglued) person = unglued;
  if (person?.entity && person.first === person.last) {
    // "Kepala BPS Amalia Putri" where only "Putri" was recognised: take the given name too (a
    // name recognised whole keeps its bounds: "Kepala Dinas Perdagangan Rina Wulandari")
    let f = person.first;
    const NOT =
      L.ROLE | L.BODY | L.UNNAMED | L.TITLE | L.ORG | L.COUNTRY | L.PLACE | L.MOD | L.INDEF | L.FUNCTION;
    while (f - 1 >= groups[0]!.first && has(v, f - 1, L.CAP) && !has(v, f - 1, NOT) && !v.entity[f - 1]) f--;
    if (f < person.first) person = { first: f, last: person.last };
  }
  const all: NP = { first: groups[0]!.first, last: groups[groups.length - 1]!.last };
  const span = { start: v.toks[all.first]!.start, end: v.toks[all.last]!.end };
  const ents = groups.flatMap((g) => entitiesIn(v, g)).filter((e) => e !== person?.entity);
  let role: string | null = null;
  for (const g of groups) {
    if (!hasLabel(v, g, L.ROLE)) continue;
    const t = trimmed(v, g);
    const last = person && person.first > t.first && person.first <= t.last ? person.first - 1 : t.last;
    role = text(v, t.first, last).replace(/[\s,]+$/, '');
    break;
  }
  const org = ents.find((e) => e.type === 'organization' && !isOutletEntity(e));
  // "Seoul spy agency": a city in the phrase says where the body is (the ledger reads a capital as its country)
  const country = ents.find((e) => e.type === 'country') ?? ents.find((e) => e.type === 'place');
  if (person) {
    const mentionText = text(v, person.first, person.last);
    const canonical = person.entity?.name;
    // the entity's canonical name, unless the text names the person more fully
    const name = canonical && canonical.length >= mentionText.length ? canonical : mentionText;
    const own = person.entity ? countryId(person.entity) : null;
    return {
      name,
      kind: 'person',
      role,
      entityId: person.entity?.id ?? null,
      affiliation: org?.id ?? (country ? country.id : own),
      span,
      implied: false,
      rule,
    };
  }
  const head = groups.reduce((a, g) => (hasHead(v, g) ? g : a), groups[0]!);
  const t = trimmed(v, head);
  const name = text(v, t.first, t.last);
  const onlyEntity = ents.length === 1 && coversOnly(v, t, ents[0]!);
  const kind: SpeakerKind = hasLabel(v, t, L.PRONOUN)
    ? 'person'
    : hasLabel(v, t, L.UNNAMED) || (hasLabel(v, head, L.INDEF) && hasLabel(v, t, L.ROLE))
      ? 'unnamed'
      : hasLabel(v, t, L.ROLE)
        ? 'person'
        : hasLabel(v, t, L.GOVERNMENT) || (onlyEntity && ents[0]!.type === 'country')
          ? 'government'
          : 'organization';
  const self = onlyEntity ? ents[0]! : null;
  return {
    name,
    kind,
    role: kind === 'person' || kind === 'unnamed' ? (role ?? (hasLabel(v, t, L.ROLE) ? name : null)) : null,
    entityId: self?.id ?? null,
    affiliation: self
      ? self.type === 'organization'
        ? isOutletEntity(self)
          ? self.id
          : (countryId(self) ?? self.id)
        : self.id
      : (org?.id ?? country?.id ?? null),
    span,
    implied: false,
    rule,
  };
}

function hasLabel(v: TokenView, np: NP, label: number): boolean {
  for (let i = np.first; i <= np.last; i++) if (v.flags[i]! & label) return true;
  return false;
}

/** Whether the phrase is just the entity, give or take an article: "Gedung Putih", "the Kremlin". */
function coversOnly(v: TokenView, np: NP, e: Entity): boolean {
  for (let i = np.first; i <= np.last; i++) if (v.entity[i] !== e && !has(v, i, L.INDEF)) return false;
  return true;
}

/** Splits apposition groups into speakers: a name beside a role is one person, two names are two. */
export function splitList(v: TokenView, groups: NP[]): NP[][] {
  const isName = (g: NP) =>
    !!personIn(v, g) || (!!bareName(v, g) && !hasLabel(v, g, L.ROLE | L.UNNAMED | L.BODY));
  const out: NP[][] = [];
  for (const g of groups) {
    const cur = out[out.length - 1];
    if (cur && cur.length === 1 && isName(cur[0]!) !== isName(g)) cur.push(g);
    else out.push([g]);
  }
  return out;
}

/**
 * A speaker that only points back: a pronoun ("ia", "he") or a body named by a demonstrative
 * or article alone ("lembaga itu", "kementerian tersebut", "the agency").
 */
export function isPronoun(v: TokenView, groups: NP[]): boolean {
  if (groups.length !== 1) return false;
  const g = groups[0]!;
  if (g.first === g.last) return has(v, g.first, L.PRONOUN);
  if (
    !has(v, g.last, L.DEMONSTRATIVE) &&
    !(
      has(v, g.first, L.INDEF) &&
      resolveTables(v.sl).definite.has(v.toks[g.first]!.norm) &&
      g.last === g.first + 1
    )
  )
    return false;
  for (let i = g.first; i <= g.last; i++)
    if (v.flags[i]! & ENTITY || (v.flags[i]! & L.CAP && !(v.flags[i]! & L.BODY))) return false;
  return has(v, g.last - (has(v, g.last, L.DEMONSTRATIVE) ? 1 : 0), L.BODY);
}
