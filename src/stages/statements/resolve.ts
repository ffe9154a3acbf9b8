import type { Speaker } from '../../domain/statement.js';
import { fold } from '../../lexicon/fold.js';
import type { Draft } from './draft.js';
import type { NP } from './np.js';
import { L } from './labels.js';
import { makeSpeaker } from './speaker.js';
import type { TokenView } from './view.js';

interface Antecedent {
  at: number;
  speaker: Speaker;
}

/** People who open a sentence ("Rakhmat berharap …"): later pronouns often point at them. */
function sentenceSubjects(v: TokenView): Antecedent[] {
  const out: Antecedent[] = [];
  for (let s = 0; s + 1 < v.sentStart.length; s++) {
    let i = v.sentStart[s]!;
    const end = Math.min(v.sentStart[s + 1]!, i + 6);
    while (
      i < end &&
      v.flags[i]! & (L.CONNECTIVE | L.COMMA | L.ADVERB | L.QUOTE | L.ROLE | L.TITLE | L.ORG | L.COUNTRY)
    )
      i++;
    const e = v.entity[i];
    if (e?.type !== 'person') continue;
    const first = v.mentionFirst[i]!;
    const last = v.mentionLast[i]!;
    out.push({
      at: v.toks[first]!.start,
      speaker: {
        name: e.name,
        kind: 'person',
        role: null,
        entityId: e.id,
        affiliation: e.country ? `country:${e.country}` : null,
        span: { start: v.toks[first]!.start, end: v.toks[last]!.end },
        implied: false,
        rule: 'speaker.sentence-subject',
      },
    });
  }
  return out;
}

export interface ResolvedDraft {
  draft: Draft;
  speaker: Speaker;
}

const position = (v: TokenView, d: Draft) =>
  Math.min(d.span.start, v.toks[d.attribution.first]?.start ?? d.span.start);

/**
 * Gives every draft its speakers. Named speakers are built from their noun phrases; a pronoun,
 * a clitic ("tambahnya") or an unattributed quote takes the most recent speaker or
 * sentence-opening person before it, and is marked implied.
 */
export function resolveSpeakers(v: TokenView, drafts: Draft[]): ResolvedDraft[] {
  const order = [...drafts].sort((a, b) => position(v, a) - position(v, b));
  const subjects = sentenceSubjects(v);
  const named: Antecedent[] = [];
  const groupsSeen: Array<{ at: number; speakers: Speaker[] }> = [];
  const out: ResolvedDraft[] = [];
  for (const d of order) {
    const at = position(v, d);
    const made: Speaker[] = [];
    for (const slot of d.speakers) {
      if (slot.groups) {
        const sp = makeSpeaker(v, slot.groups, d.speakerRule);
        named.push({ at, speaker: sp });
        out.push({ draft: d, speaker: sp });
        made.push(sp);
        continue;
      }
      if (slot.collective) {
        const group = latestGroupBefore(groupsSeen, at);
        if (group) {
          for (const sp of group)
            out.push({ draft: d, speaker: { ...sp, implied: true, rule: d.speakerRule } });
          continue;
        }
      }
      // "the ministry", "lembaga tersebut": the last speaker of that kind, else the words themselves
      const head = slot.pointer ? bodyHead(v, slot.pointer) : null;
      if (head !== null) {
        const g = slot.pointer![0]!;
        const here = { start: v.toks[g.first]!.start, end: v.toks[g.last]!.end };
        // a body of that name; for a word that names no particular body ("the agency", "lembaga
        // itu"), else the last body of the same kind that spoke or someone who spoke for one
        // ("Kepala NIS … Lembaga itu …"); never a person who speaks for no body
        const own = makeSpeaker(v, slot.pointer!, 'speaker.body-pointer');
        const same =
          latestBefore(
            named.filter((a) => a.speaker.kind !== 'person' && fold(a.speaker.name).includes(head)),
            at,
          ) ??
          (!v.sl.genericBodies.has(head)
            ? undefined
            : latestBefore(
                named.filter((a) =>
                  a.speaker.kind === 'person'
                    ? !!a.speaker.affiliation?.startsWith('org:')
                    : a.speaker.kind === own.kind && own.kind !== 'unnamed',
                ),
                at,
              ));
        const mention = same ? null : bodyMentionBefore(v, head, g.first);
        const sp = same
          ? { ...same.speaker, span: here, implied: true, rule: d.speakerRule }
          : mention
            ? { ...makeSpeaker(v, [mention], 'speaker.body-mention'), span: here, implied: true }
            : own;
        if (!same) named.push({ at, speaker: sp });
        out.push({ draft: d, speaker: sp });
        made.push(sp);
        continue;
      }
      const prev = latestBefore(named, at);
      const subj = latestBefore(subjects, at);
      const ante = prev && subj ? (subj.at > prev.at ? subj : prev) : (prev ?? subj);
      if (!ante) continue;
      // ", adding that …" right after the speaker is named: the speaker is named, not implied
      out.push({
        draft: d,
        speaker: { ...ante.speaker, implied: d.rule !== 'indirect.participle', rule: d.speakerRule },
      });
    }
    if (made.length > 1) groupsSeen.push({ at, speakers: made });
  }
  return out;
}

/** The body word of a pointing phrase ("ministry" of "the ministry"), or null for a pronoun. */
function bodyHead(v: TokenView, groups: NP[]): string | null {
  const g = groups[0]!;
  for (let i = g.last; i >= g.first; i--) if (v.flags[i]! & L.BODY) return v.toks[i]!.norm;
  return null;
}

/** The last organisation named before token `before` whose name holds the body word. */
function bodyMentionBefore(v: TokenView, head: string, before: number): NP | null {
  for (let i = before - 1; i >= 0; i--) {
    const e = v.entity[i];
    if (e?.type !== 'organization') continue;
    const first = v.mentionFirst[i]!;
    const words = v.toks.slice(first, v.mentionLast[i]! + 1).map((t) => t.norm);
    if (words.includes(head) || fold(e.name).includes(head)) return { first, last: v.mentionLast[i]! };
    i = first;
  }
  return null;
}

function latestGroupBefore(
  list: Array<{ at: number; speakers: Speaker[] }>,
  at: number,
): Speaker[] | undefined {
  let best: { at: number; speakers: Speaker[] } | undefined;
  for (const g of list) if (g.at < at && (!best || g.at >= best.at)) best = g;
  return best?.speakers;
}

function latestBefore(list: Antecedent[], at: number): Antecedent | undefined {
  let best: Antecedent | undefined;
  for (const a of list) if (a.at < at && (!best || a.at >= best.at)) best = a;
  return best;
}
