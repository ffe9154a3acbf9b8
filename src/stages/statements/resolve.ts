import type { Speaker } from '../../domain/statement.js';
import { fold } from '../../lexicon/fold.js';
import { Discourse, type Mention } from './discourse.js';
import type { Draft, SpeakerSlot } from './draft.js';
import { NO_WANT, wantOf } from './gender.js';
import { L } from './labels.js';
import { headlineHolders } from './headline-holder.js';
import { introducedAfter, LaterHolders } from './later-holders.js';
import type { NP } from './np.js';
import { roleMentions } from './role-mentions.js';
import { roleKeys, roleNoun } from './role-noun.js';
import { personBefore } from './person-before.js';
import { makeSpeaker } from './speaker.js';
import { sentenceSubject, type Subject } from './subjects.js';
import { lowerBound, type TokenView } from './view.js';

export interface ResolvedDraft {
  draft: Draft;
  speaker: Speaker;
}

const position = (v: TokenView, d: Draft) =>
  Math.min(d.span.start, v.toks[d.attribution.first]?.start ?? d.span.start);

const sentenceAt = (v: TokenView, at: number) =>
  v.sent[Math.min(lowerBound(v.starts, at), v.toks.length - 1)] ?? 0;

const rangeOf = (groups: NP[]) => ({ first: groups[0]!.first, last: groups[groups.length - 1]!.last });

/**
 * Gives every draft its speakers, in text order, keeping a running state of the discourse
 * (see Discourse). A named speaker is built from its noun phrase; a role noun ("the minister",
 * "jubir tersebut") becomes the person the article names in that role, before or just after; a
 * pronoun, a clitic ("tambahnya") or an unattributed quote takes the last speaker or the subject
 * of the sentence before, whichever is later and fits; "the ministry", "lembaga itu" the last body
 * of that name or kind. What a pronoun, clitic or pointer resolved is marked implied.
 */
export function resolveSpeakers(v: TokenView, drafts: Draft[]): ResolvedDraft[] {
  // no statement, nothing to resolve: the sentence subjects are not read at all
  if (!v.toks.length || !drafts.length) return [];
  const order = drafts.map((d) => ({ d, at: position(v, d) })).sort((a, b) => a.at - b.at);
  const subjects: Subject[] = [];
  for (let s = 0; s + 1 < v.sentStart.length; s++) {
    const x = sentenceSubject(v, s);
    if (x) subjects.push(x);
  }
  const state = new Discourse(v);
  // named speakers, built once: the later-holder index needs them before resolution starts
  const made = new Map<SpeakerSlot, Speaker>();
  const later = new LaterHolders(v, state);
  for (const { d, at } of order)
    for (const slot of d.speakers)
      if (slot.groups) {
        const sp = makeSpeaker(v, slot.groups, d.speakerRule);
        made.set(slot, sp);
        state.noteNamedSpeaker(sp);
        const r = rangeOf(slot.groups);
        later.add(state.mention(at, sentenceAt(v, at), sp, roleKeys(v, r.first, r.last)));
      }
  for (const x of subjects) if (x.speaker) later.add(subjectMention(v, state, x));
  const roles = roleMentions(v, state);
  for (const m of roles) later.add(m);
  later.seal();

  const out: ResolvedDraft[] = [];
  let next = 0;
  let nextRole = 0;
  let quotedUntil = -1;
  for (const { d, at } of order) {
    const sent = sentenceAt(v, at);
    for (; nextRole < roles.length && roles[nextRole]!.at < at; nextRole++) state.noteRole(roles[nextRole]!);
    // sentence subjects up to here, except names inside a quotation
    for (; next < subjects.length && subjects[next]!.at < at; next++) {
      const x = subjects[next]!;
      if (x.at < quotedUntil) continue;
      if (x.speaker) state.noteSubject(subjectMention(v, state, x));
      else {
        const ante = state.antecedent(x.sent, wantOf(v, x.pronoun));
        if (ante) state.noteSubject({ ...ante, at: x.at, sent: x.sent, group: null });
      }
    }
    if (d.direct) quotedUntil = Math.max(quotedUntil, d.span.end);
    const spoke: Mention[] = [];
    for (const slot of d.speakers) {
      const implied = { implied: true, rule: d.speakerRule, ...referring(v, slot) };
      if (slot.groups) {
        const sp = made.get(slot)!;
        const r = rangeOf(slot.groups);
        const rn = roleNoun(v, slot.groups, sp);
        const holder = rn
          ? (state.holderBefore(rn) ??
            later.holderAfter(rn, at, sent) ??
            state.lastSpeakerHolding(rn, sent) ??
            introducedAfter(v, later, rn, at, sent))
          : null;
        if (holder) {
          // "the minister" -> the minister the article names, with the role and the words as
          // written here: the sentence names its speaker, by role, so it is not implied
          const who: Speaker = {
            ...holder.speaker,
            role: rn!.role,
            span: sp.span,
            implied: false,
            rule: `${d.speakerRule} speaker.role-holder`,
          };
          out.push({ draft: d, speaker: who });
          spoke.push({ ...holder, at, sent, speaker: who, group: null });
          continue;
        }
        // "이 총재는": a family name alone is the person of that name the article spoke of before
        const full = familyNameHolder(v, sp, out);
        if (full) {
          const who: Speaker = {
            ...full,
            span: sp.span,
            implied: false,
            rule: `${d.speakerRule} speaker.family-name`,
          };
          out.push({ draft: d, speaker: who });
          spoke.push(state.mention(at, sent, who, roleKeys(v, r.first, r.last)));
          continue;
        }
        out.push({ draft: d, speaker: sp });
        spoke.push(state.mention(at, sent, sp, roleKeys(v, r.first, r.last)));
        continue;
      }
      if (slot.collective) {
        const group = state.group();
        if (group) {
          for (const sp of group) out.push({ draft: d, speaker: { ...sp, ...implied } });
          continue;
        }
      }
      const head = slot.pointer ? bodyHead(v, slot.pointer) : null;
      if (head !== null) {
        const sp = bodyPointer(v, state, slot.pointer!, head, d.speakerRule, sent);
        out.push({ draft: d, speaker: sp });
        spoke.push(state.mention(at, sent, sp, []));
        continue;
      }
      const want = slot.pointer && slot.implied !== null ? wantOf(v, slot.implied) : NO_WANT;
      const ante =
        state.antecedent(sent, want) ?? personBefore(v, state, slot, want, at, sent, d.speakerRule);
      if (!ante) continue;
      if (want.plural && ante.group) {
        for (const sp of ante.group) out.push({ draft: d, speaker: { ...sp, ...implied } });
        continue;
      }
      // ", adding that …" right after the speaker is named: the speaker is named, not implied;
      // after "He declined …, telling reporters …" it stays as implied as the pronoun was
      const sp =
        d.rule === 'indirect.participle'
          ? { ...ante.speaker, implied: ante.speaker.implied, rule: d.speakerRule }
          : { ...ante.speaker, ...implied };
      out.push({ draft: d, speaker: sp });
      spoke.push({ ...ante, at, sent, speaker: sp, group: null });
    }
    // "A dan B mengatakan … ”…,” ujarnya": the nearest of several speakers is the likelier one
    if (spoke.length > 1)
      state.noteSpeaker({ ...spoke[spoke.length - 1]!, group: spoke.map((m) => m.speaker) });
    else if (spoke.length) state.noteSpeaker(spoke[0]!);
  }
  headlineHolders(out);
  return out;
}

/** The latest speaker before whose name opens with `sp`'s name, when that is a family name alone. */
function familyNameHolder(v: TokenView, sp: Speaker, before: readonly ResolvedDraft[]): Speaker | null {
  // "이" or "이 총재": the family name, then at most a role
  // most languages list no surnames: nothing to split then
  if (sp.kind !== 'person' || !v.sl.surnames.size) return null;
  const family = sp.name.split(' ')[0]!;
  if (!v.sl.surnames.has(family)) return null;
  for (let k = before.length - 1; k >= 0; k--) {
    const other = before[k]!.speaker;
    const first = other.name.split(' ')[0]!;
    if (other.kind === 'person' && first.length > family.length && first.startsWith(family)) return other;
  }
  return null;
}

/**
 * The words of this statement that stand for its speaker, when some do: the pronoun ("he",
 * "Mereka") or the collective ("Keduanya"). A clitic is part of its cue ("katanya") and a
 * quotation that stands alone has no such words: those keep the antecedent's span.
 */
function referring(v: TokenView, slot: SpeakerSlot): { span?: { start: number; end: number } } {
  const g = slot.pointer?.[0];
  if (g) return { span: { start: v.toks[g.first]!.start, end: v.toks[g.last]!.end } };
  const t = slot.collective && slot.implied !== null ? v.toks[slot.implied] : undefined;
  return t ? { span: { start: t.start, end: t.end } } : {};
}

function subjectMention(v: TokenView, state: Discourse, x: Subject): Mention {
  const sp = x.speaker!;
  const first = lowerBound(v.starts, sp.span!.start);
  const last = Math.max(first, lowerBound(v.starts, sp.span!.end) - 1);
  const m = state.mention(x.at, x.sent, sp, roleKeys(v, first, last));
  return x.fronted ? { ...m, fronted: true } : m;
}

/**
 * "the ministry", "lembaga tersebut": a body of that name that spoke before; for a word that
 * names no particular body ("the agency", "lembaga itu"), the last body of the same kind that
 * spoke or someone who spoke for one ("Kepala NIS … Lembaga itu …"); else the last organisation
 * named with that word; else the words themselves.
 */
function bodyPointer(
  v: TokenView,
  state: Discourse,
  groups: NP[],
  head: string,
  rule: string,
  sent: number,
): Speaker {
  const g = groups[0]!;
  const here = { start: v.toks[g.first]!.start, end: v.toks[g.last]!.end };
  const own = makeSpeaker(v, groups, 'speaker.body-pointer');
  const same = state.bodyNamed(head) ?? (v.sl.genericBodies.has(head) ? state.anyBody(own.kind) : null);
  if (same) return { ...same.speaker, span: here, implied: true, rule };
  const mention = bodyMentionBefore(v, head, g.first);
  if (mention) return { ...makeSpeaker(v, [mention], 'speaker.body-mention'), span: here, implied: true };
  // "Constructora Norte Grande denied … the company said": a name taken for a person that the
  // body word shows to be a body (a company, a federation: a government is never left untyped)
  const untyped = own.kind === 'organization' ? state.untypedBody(sent, UNTYPED_REACH) : null;
  if (untyped) return { ...untyped.speaker, kind: own.kind, span: here, implied: true, rule };
  return own;
}

/** The body word of a pointing phrase ("ministry" of "the ministry"), or null for a pronoun. */
function bodyHead(v: TokenView, groups: NP[]): string | null {
  const g = groups[0]!;
  for (let i = g.last; i >= g.first; i--) if (v.flags[i]! & L.BODY) return v.toks[i]!.norm;
  return null;
}

/** How many sentences back a name taken for a person may be what "the company" points at. */
const UNTYPED_REACH = 2;

/** How far back an organisation's name is looked for: a few paragraphs of tokens. */
const MENTION_REACH = 600;

/** The last organisation named shortly before token `before` whose name holds the body word. */
function bodyMentionBefore(v: TokenView, head: string, before: number): NP | null {
  for (let i = before - 1; i >= Math.max(0, before - MENTION_REACH); i--) {
    const e = v.entity[i];
    if (e?.type !== 'organization') continue;
    const first = v.mentionFirst[i]!;
    const words = v.toks.slice(first, v.mentionLast[i]! + 1).map((t) => t.norm);
    if (words.includes(head) || fold(e.name).includes(head)) return { first, last: v.mentionLast[i]! };
    i = first;
  }
  return null;
}
