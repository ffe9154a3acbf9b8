import { contentEnd, contentStartAfter, draftContent, firstSentence } from './content.js';
import type { CueInfo } from './compile.js';
import { cueOf, type Draft, type SpeakerSlot } from './draft.js';
import { L } from './labels.js';
import type { NP } from './np.js';
import { isMedia } from './cited.js';
import { isPronoun, speakerAfter, subjectBefore } from './speaker.js';
import { has, type TokenView } from './view.js';

const slot = (v: TokenView, groups: NP[]): SpeakerSlot =>
  isPronoun(v, groups)
    ? { groups: null, implied: groups[0]!.first, pointer: groups }
    : { groups, implied: null };

// classes whose verb takes a bare clause: "Austin mengatakan AS masih …", "Kirby said the …"
const ACCORDING: CueInfo = { class: 'say', short: false, clitic: false, full: false };
const PASSIVE: CueInfo = { class: 'say', short: false, clitic: false, full: false };

const BARE = new Set(['say', 'confirm', 'deny', 'warn', 'believe', 'assess', 'claim', 'explain', 'report']);

/**
 * Only adjuncts ("di Jakarta", "pada Senin", "on Wednesday", "kepada wartawan") between `from`
 * and the sentence's end: what may follow a tail attribution such as ", kata X".
 */
function onlyAdjunctsTo(v: TokenView, from: number, to: number): boolean {
  const end = contentEnd(v, from, to);
  let inPhrase = false;
  let plain = 0;
  // "told reporters in Jakarta": the hearer of "told" comes first
  if (v.sl.hearerVerbs.has(v.toks[from - 1]?.norm ?? ''))
    for (let n = 0; from < end && n < 3 && !has(v, from, L.COMMA | L.PREP | L.DATE); n++) from++;
  for (let k = from; k < end; k++) {
    const f = v.flags[k]!;
    if (f & (L.QUOTE | L.COMPLEMENTIZER) || v.cueAt[k]) return false;
    if (f & L.PREP || v.sl.hearerPreps.has(v.toks[k]!.norm)) {
      inPhrase = true;
      plain = 0;
      continue;
    }
    if (
      f &
      (L.DATE |
        L.COMMA |
        L.CAP |
        L.PLACE |
        L.COUNTRY |
        L.ORG |
        L.PERSON |
        L.ADVERB |
        L.INDEF |
        L.ROLE |
        L.UNNAMED |
        L.BODY |
        L.MOD)
    )
      continue;
    if (v.toks[k]!.kind !== 'word') continue;
    if (!inPhrase || ++plain > 4) return false;
  }
  return true;
}

/**
 * Strips what trails a reported clause without being part of it: ", as reported by Politico",
 * ", seperti dikutip Reuters", ", local media reported, citing Yonhap". Returns the new end and
 * the citation it found.
 */
function trimTail(
  v: TokenView,
  first: number,
  end: number,
): { end: number; cited?: { first: number; end: number } } {
  let cited: { first: number; end: number } | undefined;
  for (let guard = 0; guard < 3; guard++) {
    let c = end - 1;
    while (c > first && !has(v, c, L.COMMA)) c--;
    if (c <= first + 1) break;
    const seg = c + 1;
    if (v.sl.citing.matchAt(v.toks, seg) && !v.sl.hearerPreps.has(v.toks[seg]!.norm)) {
      cited ??= { first: seg, end };
      end = c;
      continue;
    }
    // ", local media reported", ", media lokal melaporkan": a relay's own attribution
    let k = seg;
    while (k < end && !v.cueAt[k]) k++;
    if (k < end && k > seg && k - seg <= 4 && isMedia(v, seg, k) && v.cueAt[k]!.end >= end) {
      cited ??= { first: seg, end };
      end = c;
      continue;
    }
    break;
  }
  return cited ? { end, cited } : { end };
}

function make(
  v: TokenView,
  speakers: SpeakerSlot[],
  cue: Draft['cue'],
  negated: boolean,
  range: { first: number; end: number },
  attribution: { first: number; end: number },
  rule: string,
  speakerRule: string,
): Draft | null {
  const tail = trimTail(v, range.first, range.end);
  const content = { first: range.first, end: tail.end };
  const c = draftContent(v, content.first, content.end);
  if (!c) return null;
  return {
    speakers,
    cue,
    negated,
    direct: false,
    ...c,
    stanceTokens: firstSentence(v, c.contentSpan.start, c.contentSpan.end),
    attribution,
    rule,
    speakerRule,
    ...(tail.cited ? { tailCitation: tail.cited } : {}),
  };
}

/**
 * Reported speech in one sentence: "X mengatakan (bahwa) …", "X said (that) …",
 * "menurut X, …", "…, menurut X.", "…, kata X.", "…, the official said.", "X told CNN …".
 * Tokens in `used` (quotes and their attributions) are not read again.
 */
export function sentenceDrafts(v: TokenView, s: number, used: Uint8Array): Draft[] {
  const out: Draft[] = [];
  const from = v.sentStart[s]!;
  const to = v.sentStart[s + 1]!;
  let lo = from;
  while (lo < to && used[lo]) lo++;
  const tail = tailDraft(v, lo, to, used);
  if (tail) {
    out.push(tail.draft);
    for (let k = lo; k < tail.stop; k++) used[k] = 1;
    if (tail.stop >= to) return out;
    lo = tail.stop;
  }
  for (let i = lo; i < to; i++) {
    if (used[i]) {
      lo = i + 1;
      continue;
    }
    let d =
      according(v, i, lo, to) ??
      passiveDraft(v, i, lo, to) ??
      cueDraft(v, i, lo, to) ??
      coordinatedDraft(v, i, from, to, out);
    if (!d) continue;
    d = unwrapRelay(v, d, to) ?? d;
    out.push(d);
    const last = Math.max(d.attribution.end, lowerIndex(v, d.contentSpan.end), d.tailCitation?.end ?? 0);
    for (let k = Math.min(d.attribution.first, i); k < last; k++) used[k] = 1;
    i = last - 1;
    lo = last;
  }
  return out;
}

/**
 * "Kirby said … and added that …", "Reed declined to say …, but added that …": a cue after a
 * conjunction shares the subject of its sentence, the speaker of the statement before it or
 * the noun phrase that opens the sentence.
 */
function coordinatedDraft(v: TokenView, i: number, from: number, to: number, before: Draft[]): Draft | null {
  const m = v.cueAt[i];
  if (!m?.value.full || m.end > to || i - 1 <= from || !has(v, i - 1, L.CONJ | L.CONNECTIVE)) return null;
  const prev = before[before.length - 1];
  let speakers = prev?.speakers ?? null;
  if (!speakers) {
    // the noun phrase that opens the sentence, read back from its verb: the first plain word
    let verb = from + 1;
    while (verb < i - 1 && (v.flags[verb]! || v.toks[verb]!.kind !== 'word')) verb++;
    const subj = verb < i - 1 ? subjectBefore(v, verb, from) : null;
    if (!subj || subj.speakers.length !== 1) return null;
    speakers = subj.speakers.map((g) => slot(v, g));
  }
  const start = contentStartAfter(v, m.end, to, m.value.bare ?? BARE.has(m.value.class));
  if (start === null || start >= to || has(v, start, L.QUOTE)) return null;
  return make(
    v,
    speakers,
    cueOf(m),
    false,
    { first: start, end: contentEnd(v, start, to) },
    { first: i - 1, end: start },
    'indirect.coordinated-cue',
    prev ? 'speaker.coordinated-previous' : 'speaker.sentence-subject',
  );
}

/** ", the company's head of operations." closing the sentence after a name: an apposition. */
function appositionToEnd(v: TokenView, from: number, to: number): boolean {
  if (!has(v, from, L.COMMA)) return false;
  const end = contentEnd(v, from + 1, to);
  if (end - from > 10 || !has(v, from + 1, L.INDEF | L.ROLE | L.CAP | L.UNNAMED)) return false;
  for (let k = from + 1; k < end; k++)
    if (v.cueAt[k] || has(v, k, L.COMPLEMENTIZER | L.QUOTE | L.COMMA)) return false;
  return true;
}

function lowerIndex(v: TokenView, offset: number): number {
  let k = 0;
  let hi = v.toks.length;
  while (k < hi) {
    const m = (k + hi) >> 1;
    if (v.starts[m]! < offset) k = m + 1;
    else hi = m;
  }
  return k;
}

/** "Menurut X, …" / "…, menurut X." / "…, menurut X, …" / "according to X, …" */
function according(v: TokenView, i: number, lo: number, to: number): Draft | null {
  // "Menurutnya, …": the speaker is the clitic, resolved to the previous one
  const clitic = v.sl.accordingClitic.matchAt(v.toks, i);
  const m = clitic ?? v.sl.according.matchAt(v.toks, i);
  if (!m || m.end >= to || v.sl.citing.matchAt(v.toks, i)) return null;
  // "kata" is also a short cue: only "kata X, …" at a sentence start reads as "according to"
  if (v.cueAt[i] && i !== lo) return null;
  const groups = clitic ? null : speakerAfter(v, m.end, to);
  if (!clitic && !groups) return null;
  const npEnd = groups ? groups[groups.length - 1]!.last + 1 : m.end;
  const speakers: SpeakerSlot[] = groups ? [slot(v, groups)] : [{ groups: null, implied: i }];
  const speakerRule = groups ? 'speaker.after-cue' : 'speaker.clitic-previous';
  const attr = { first: i, end: npEnd };
  const cue: Draft['cue'] = { first: m.start, end: m.end, info: ACCORDING };
  const end = contentEnd(v, lo, to);
  if (i === lo || (i === lo + 1 && has(v, lo, L.CONNECTIVE)) || has(v, i - 1, L.CONNECTIVE)) {
    if (!has(v, npEnd, L.COMMA) && npEnd < to && !has(v, npEnd, L.COMPLEMENTIZER)) {
      // "Menurut X konflik …" without a comma still reads as front attribution
      if (!has(v, npEnd - 1, L.CAP | L.ORG | L.PERSON | L.COUNTRY | L.ROLE | L.UNNAMED | L.BODY)) return null;
    }
    const start = has(v, npEnd, L.COMMA | L.COMPLEMENTIZER) ? npEnd + 1 : npEnd;
    return make(
      v,
      speakers,
      cue,
      false,
      { first: start, end },
      attr,
      'indirect.according-front',
      speakerRule,
    );
  }
  if (has(v, i - 1, L.COMMA) && (onlyAdjunctsTo(v, npEnd, to) || appositionToEnd(v, npEnd, to)))
    return make(
      v,
      speakers,
      cue,
      false,
      { first: lo, end: i - 1 },
      { first: i, end: to },
      'indirect.according-end',
      speakerRule,
    );
  if (has(v, i - 1, L.COMMA) && has(v, npEnd, L.COMMA))
    return make(
      v,
      speakers,
      cue,
      false,
      { first: npEnd + 1, end },
      { first: lo, end: npEnd },
      'indirect.according-mid',
      speakerRule,
    );
  if (!has(v, i - 1, L.COMMA) && i > lo && npEnd < to)
    return make(v, speakers, cue, false, { first: lo, end }, attr, 'indirect.according-inline', speakerRule);
  return null;
}

/** "Bantahan serupa disampaikan Kremlin": a passive cue with its agent closing the sentence. */
function passiveDraft(v: TokenView, i: number, lo: number, to: number): Draft | null {
  const passive = v.sl.passives.matchAt(v.toks, i);
  if (!passive || i <= lo + 1) return null;
  let k = passive.end;
  if (v.toks[k]?.norm === 'oleh' || v.toks[k]?.norm === 'by') k++;
  const groups = speakerAfter(v, k, to);
  if (!groups || !onlyAdjunctsTo(v, groups[groups.length - 1]!.last + 1, to)) return null;
  return make(
    v,
    [slot(v, groups)],
    { first: passive.start, end: passive.end, info: PASSIVE },
    false,
    { first: lo, end: i },
    { first: i, end: to },
    'indirect.passive',
    'speaker.agent',
  );
}

function cueDraft(v: TokenView, i: number, lo: number, to: number): Draft | null {
  const m = v.cueAt[i];
  if (!m || m.end > to) return null;
  const info = m.value;
  const cue = { first: m.start, end: m.end, info };
  if (info.full) {
    const both = collectiveSubject(v, i, lo);
    if (both >= 0) {
      const start = contentStartAfter(v, m.end, to, info.bare ?? BARE.has(info.class));
      if (start !== null && start < to && !has(v, start, L.QUOTE))
        return make(
          v,
          [{ groups: null, implied: both, collective: true }],
          cueOf(m),
          false,
          { first: start, end: contentEnd(v, start, to) },
          { first: lo, end: start },
          'indirect.subject-cue',
          'speaker.collective-previous',
        );
    }
    const subj = subjectBefore(v, i, lo);
    if (subj) {
      const speakers = subj.speakers.map((g) => slot(v, g));
      const start = contentStartAfter(v, m.end, to, info.bare ?? BARE.has(info.class), info.class === 'ask');
      if (start !== null && start < to && !has(v, start, L.QUOTE) && !naming(v, start, to)) {
        const d =
          make(
            v,
            speakers,
            cueOf(m, subj.negation),
            subj.negated,
            { first: start, end: contentEnd(v, start, to) },
            { first: lo, end: start },
            'indirect.subject-cue',
            'speaker.before-cue',
          ) ??
          // "rejected that claim": "that" was a demonstrative, not a complementizer
          (has(v, start - 1, L.COMPLEMENTIZER)
            ? make(
                v,
                speakers,
                cueOf(m, subj.negation),
                subj.negated,
                { first: start - 1, end: contentEnd(v, start, to) },
                { first: lo, end: start - 1 },
                'indirect.subject-cue',
                'speaker.before-cue',
              )
            : null);
        if (d) return d;
      }
      // "…, the official said." / "…, Kusnawan menambahkan."
      if (has(v, subj.first - 1, L.COMMA) && subj.first - 1 > lo && onlyAdjunctsTo(v, m.end, to))
        return make(
          v,
          speakers,
          cueOf(m, subj.negation),
          subj.negated,
          { first: lo, end: subj.first - 1 },
          { first: subj.first, end: to },
          'indirect.post-subject-cue',
          'speaker.before-cue',
        );
    }
  }
  // "…, Morita said, adding that …": the participle reports again for the speaker just named
  const part = has(v, i - 1, L.COMMA) ? v.sl.participles.matchAt(v.toks, i) : null;
  if (part) {
    const start = contentStartAfter(v, part.end, to, true);
    if (start !== null && start < to)
      return make(
        v,
        [{ groups: null, implied: i }],
        cueOf(m),
        false,
        { first: start, end: contentEnd(v, start, to) },
        { first: i, end: start },
        'indirect.participle',
        'speaker.previous',
      );
  }
  if ((info.short || info.clitic) && has(v, i - 1, L.COMMA) && i - 1 > lo) {
    // "…, kata Kusnawan." / "…, ujarnya." / "…, said Kirby."
    if (info.clitic && onlyAdjunctsTo(v, m.end, to))
      return make(
        v,
        [{ groups: null, implied: i }],
        cue,
        false,
        { first: lo, end: i - 1 },
        { first: i, end: to },
        'indirect.post-clitic',
        'speaker.clitic-previous',
      );
    const groups = info.short ? speakerAfter(v, m.end, to) : null;
    if (groups && onlyAdjunctsTo(v, groups[groups.length - 1]!.last + 1, to))
      return make(
        v,
        [slot(v, groups)],
        cue,
        false,
        { first: lo, end: i - 1 },
        { first: i, end: to },
        'indirect.post-inverted',
        'speaker.after-cue',
      );
  }
  return null;
}

/**
 * An attribution after the last comma of a sentence speaks for everything before it:
 * "AS tidak percaya pasukan telah tiba di Ukraina, kata Kirby." / "…, White House spokesman
 * John Kirby said." / "…, ujarnya." / "…, according to Yonhap." Checked before the cues inside,
 * which belong to the reported clause.
 */
function tailDraft(
  v: TokenView,
  lo: number,
  to: number,
  used: Uint8Array,
): { draft: Draft; stop: number } | null {
  // the attribution may be followed by a citation (", according to reports citing Yonhap") or a
  // participle that reports again (", warning that …"): look behind them
  let end = to;
  let cited: { first: number; end: number } | undefined;
  for (let c = to - 2; c > lo + 2; c--) {
    if (used[c]) return null;
    if (!has(v, c, L.COMMA)) continue;
    const i = c + 1;
    if (v.sl.participles.matchAt(v.toks, i)) {
      end = c;
      continue;
    }
    if (isCitation(v, i, end) || isRelay(v, i, end)) {
      cited ??= { first: i, end };
      end = c;
      continue;
    }
    const found = tailAt(v, lo, c, end);
    if (!found) return null;
    return { draft: cited && !found.tailCitation ? { ...found, tailCitation: cited } : found, stop: end };
  }
  return null;
}

/** A segment that only names where a report came from: ", according to reports citing Yonhap". */
function isCitation(v: TokenView, i: number, end: number): boolean {
  const m = v.sl.citing.matchAt(v.toks, i);
  if (!m) return false;
  for (let k = m.end; k < end; k++)
    if (v.cueAt[k]?.value.full && !v.sl.citing.matchAt(v.toks, k)) return false;
  return true;
}

/** ", local media reported", ", media lokal melaporkan": a relay's own attribution, not a speaker. */
function isRelay(v: TokenView, i: number, end: number): boolean {
  let k = i;
  while (k < end && !v.cueAt[k]) k++;
  return k < end && k > i && k - i <= 4 && isMedia(v, i, k) && onlyAdjunctsTo(v, v.cueAt[k]!.end, end);
}

/** The tail attribution after the comma `c`, ending at `to`: ", kata X", ", X said", ", menurut X". */
function tailAt(v: TokenView, lo: number, c: number, to: number): Draft | null {
  const i = c + 1;
  const acc = v.sl.according.matchAt(v.toks, i) ? according(v, i, lo, to) : null;
  if (acc) return acc;
  const m = v.cueAt[i];
  if (m && (m.value.short || m.value.clitic)) {
    const d = cueDraft(v, i, lo, to);
    if (d) return d;
  }
  for (let k = i + 1; k < Math.min(to, i + 10); k++) {
    const cue = v.cueAt[k];
    if (!cue || !cue.value.full) continue;
    const subj = subjectBefore(v, k, i);
    if (!subj || subj.first > i + 1 || !onlyAdjunctsTo(v, cue.end, to)) break;
    return make(
      v,
      subj.speakers.map((g) => slot(v, g)),
      cueOf(cue, subj.negation),
      subj.negated,
      { first: lo, end: c },
      { first: i, end: to },
      'indirect.post-subject-cue',
      'speaker.before-cue',
    );
  }
  return null;
}

/** "menyebut kawasan itu sebagai ”kampung tenggelam”": a name given, not a statement made. */
function naming(v: TokenView, start: number, to: number): boolean {
  for (let k = start; k < Math.min(to - 1, start + 6); k++)
    if (v.sl.naming.has(v.toks[k]!.norm) && has(v, k + 1, L.QUOTE)) return true;
  return false;
}

/** "Keduanya juga mengatakan", "Both also said": a collective word alone as the subject. */
function collectiveSubject(v: TokenView, cue: number, lo: number): number {
  let k = cue - 1;
  while (k >= lo && has(v, k, L.ADVERB) && !has(v, k, L.COLLECTIVE)) k--;
  if (k < lo || !has(v, k, L.COLLECTIVE)) return -1;
  return k === lo || has(v, k - 1, L.COMMA | L.CONNECTIVE) ? k : -1;
}

/**
 * "Media lokal, mengutip Yonhap, melaporkan bahwa seorang anggota delegasi menyebut …": when the
 * speaker only relays (an outlet, "the media") and the content holds a statement of its own,
 * the inner statement is the one to keep, cited through the relay.
 */
function unwrapRelay(v: TokenView, d: Draft, to: number): Draft | null {
  const g = d.speakers[0]?.groups;
  if (!g || d.speakers.length !== 1 || !isMedia(v, g[0]!.first, g[g.length - 1]!.last + 1)) return null;
  const from = d.stanceTokens.first;
  for (let k = from + 1; k < Math.min(to, from + 12); k++) {
    if (!v.cueAt[k]?.value.full) continue;
    const inner = cueDraft(v, k, from, to);
    if (!inner) continue;
    return {
      ...inner,
      attribution: { first: d.attribution.first, end: inner.attribution.end },
      tailCitation: d.tailCitation ?? { first: d.attribution.first, end: from },
    };
  }
  return null;
}
