import { draftContent, firstSentence } from '../content.js';
import type { CueInfo } from '../compile.js';
import { isMedia } from '../cited.js';
import type { Draft, SpeakerSlot, TokRange } from '../draft.js';
import { L } from '../labels.js';
import type { NP } from '../np.js';
import { isPronoun } from '../speaker.js';
import { has, lowerBound, type TokenView } from '../view.js';
import { withoutCueAdjunct } from '../boundaries.js';

/** A speaker slot from noun phrases: a pronoun ("he", "ia") is implied, resolved later. */
export const slot = (v: TokenView, groups: NP[]): SpeakerSlot =>
  isPronoun(v, groups)
    ? { groups: null, implied: groups[0]!.first, pointer: groups }
    : { groups, implied: null };

/** The cue of a construction with no verb of its own: "menurut", "according to", a passive. */
export const SAY: CueInfo = { class: 'say', short: false, clitic: false, full: false };

// classes whose verb takes a bare clause: "Austin mengatakan AS masih …", "Kirby said the …"
const BARE = new Set(['say', 'confirm', 'deny', 'warn', 'believe', 'assess', 'claim', 'explain', 'report']);

/** Whether a cue's verb may take a bare clause, without a complementizer. */
export const takesBare = (info: CueInfo): boolean => info.bare ?? BARE.has(info.class);

/** Index of the first token starting at or after the character `offset`. */
export const tokenAt = (v: TokenView, offset: number): number => lowerBound(v.starts, offset);

/**
 * Strips what trails a reported clause without being part of it: ", as reported by Politico",
 * ", seperti dikutip Reuters", ", local media reported, citing Yonhap". Returns the new end and
 * the citation it found.
 */
function trimTail(v: TokenView, first: number, end: number): { end: number; cited?: TokRange } {
  let cited: TokRange | undefined;
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

/** What a parser found, before its content is cut out of the sentence. */
export interface Found {
  speakers: SpeakerSlot[];
  cue: Draft['cue'];
  negated?: boolean;
  /** tokens of the reported clause, a citation at its end included */
  content: TokRange;
  attribution: TokRange;
  rule: string;
  speakerRule: string;
}

/** A draft of reported speech from what a parser found; null when no content is left. */
export function reported(v: TokenView, f: Found): Draft | null {
  const tail = trimTail(v, f.content.first, f.content.end);
  const c = draftContent(v, f.content.first, withoutCueAdjunct(v, f.content.first, tail.end));
  if (!c) return null;
  return {
    speakers: f.speakers,
    cue: f.cue,
    negated: f.negated ?? false,
    direct: false,
    ...c,
    stanceTokens: firstSentence(v, c.contentSpan.start, c.contentSpan.end),
    attribution: f.attribution,
    rule: f.rule,
    speakerRule: f.speakerRule,
    ...(tail.cited ? { tailCitation: tail.cited } : {}),
  };
}
