import type { Entity } from '../../domain/entity.js';
import type { Speaker, SpeakerKind } from '../../domain/statement.js';
import { fold } from '../../lexicon/fold.js';
import { genderOf, type Gender, type Want } from './gender.js';
import { resolveTables } from './resolve-tables.js';
import { isNamed } from './role-mentions.js';
import { affiliationsFit, type RoleNoun } from './role-noun.js';
import type { TokenView } from './view.js';

/** Someone the article has brought up: a speaker of a statement or the subject of a sentence. */
export interface Mention {
  /** character offset, for recency */
  at: number;
  sent: number;
  speaker: Speaker;
  /** canonical role names the person holds, with their wider forms ("defence minister", "minister") */
  keys: string[];
  gender: Gender | null;
  /** every speaker of a coordinated statement ("A dan B mengatakan") */
  group: Speaker[] | null;
  /** a subject read after a phrase fronted before it ("Terkait hal itu, Budi …"): less sure */
  fronted?: boolean;
}

/** How many sentences back a sentence's subject stays a candidate for "he" or "-nya". */
const SUBJECT_REACH = 1;
/**
 * How many sentences back a subject that came after the last speaker stays the antecedent: the
 * sentences between only go on about them ("Perry mendorong … . Kebijakan itu … . ”…,” ujarnya").
 */
const NEW_SUBJECT_REACH = 3;
const RECENT = 6;
/** How many sentences back the last speaker stays the holder of a lower post for a role noun. */
const LESSER_REACH = 2;

/**
 * The running state of speaker resolution, updated once per statement and per sentence subject
 * in text order, so resolving an article costs time linear in its statements: the last speaker,
 * the last subject, the last holder of each role and affiliation, the last body of each name
 * word and kind. Nothing rescans earlier speakers.
 */
export class Discourse {
  private lastSpeaker: Mention | null = null;
  private lastSubject: Mention | null = null;
  private lastGroup: Mention | null = null;
  private lastOrgPerson: Mention | null = null;
  private lastMaybeBody: Mention | null = null;
  private readonly recent: Mention[] = [];
  private readonly byKey = new Map<string, Mention>();
  private readonly bodyByWord = new Map<string, Mention>();
  private readonly bodyByKind = new Map<SpeakerKind, Mention>();

  private readonly people = new Map<string, Entity>();

  constructor(private readonly v: TokenView) {
    for (const e of v.doc.entities) if (e.type === 'person') this.people.set(e.id, e);
  }

  /**
   * Whether a speaker may hold a role for a role noun to point at: a person the article surely
   * names ("Bogor", "Mengutip" taken for names in "Presiden … Istana Bogor" hold nothing).
   */
  holds(sp: Speaker): boolean {
    if (sp.kind !== 'person' || sp.entityId === null) return sp.kind === 'person' && sp.name !== sp.role;
    const e = this.people.get(sp.entityId);
    return !e || isNamed(this.v, e);
  }

  mention(
    at: number,
    sent: number,
    speaker: Speaker,
    keys: readonly string[],
    group: Speaker[] | null = null,
  ) {
    return { at, sent, speaker, keys: widen(this.v, keys), gender: genderOf(this.v, speaker), group };
  }

  /** A statement's speaker: the new last speaker, and the last holder of its role and body. */
  noteSpeaker(m: Mention): void {
    this.lastSpeaker = m;
    if (m.group) this.lastGroup = m;
    if (this.mayBeBody(m)) this.lastMaybeBody = m;
    this.noteHolder(m);
  }

  /**
   * Whether a speaker taken for a person may be a body the entity stage could not type
   * ("Constructora Norte Grande denied …", "Athletics Kenya said …"): a name with no role, no
   * title and no given name that tells a person.
   */
  private mayBeBody(m: Mention): boolean {
    const sp = m.speaker;
    if (sp.kind !== 'person' || sp.role !== null || m.gender !== null || m.keys.length) return false;
    const first = fold(sp.name.split(/\s+/)[0] ?? '');
    return !resolveTables(this.v.sl).givenNames.has(first);
  }

  /** Whether a speaker's name opens with a given name the shared list knows ("Lloyd", "Budi"). */
  private givenFirst(m: Mention): boolean {
    return resolveTables(this.v.sl).givenNames.has(fold(m.speaker.name.split(/\s+/)[0] ?? ''));
  }

  /** A person who opens a sentence ("Rakhmat berharap …"). */
  noteSubject(m: Mention): void {
    this.lastSubject = m;
    this.noteHolder(m);
  }

  /** A person named beside a role anywhere ("rapat dengan Presiden Joko Widodo"): a role holder only. */
  noteRole(m: Mention): void {
    this.noteHolder(m, false);
  }

  private noteHolder(m: Mention, recent = true): void {
    const sp = m.speaker;
    if (sp.kind !== 'person') {
      for (const w of fold(sp.name).split(/[^\p{L}\p{N}]+/u)) if (w) this.bodyByWord.set(w, m);
      this.bodyByKind.set(sp.kind, m);
      return;
    }
    if (sp.affiliation?.startsWith('org:')) this.lastOrgPerson = m;
    if (recent && !(sp.entityId === null && sp.name === sp.role)) {
      const r = this.recent;
      const dup = r.findIndex((x) => x.speaker.name === sp.name);
      if (dup >= 0) r.splice(dup, 1);
      r.push(m);
      if (r.length > RECENT) r.shift();
    }
    // a person known only by a role ("the minister") holds no role for others to point at
    if (!this.holds(sp)) return;
    for (const k of m.keys) {
      this.byKey.set(k, m);
      if (sp.affiliation) this.byKey.set(`${k}|${sp.affiliation}`, m);
    }
    if (sp.affiliation) this.byKey.set(`|${sp.affiliation}`, m);
    if (m.keys.length) this.byKey.set('|', m);
  }

  /** The coordinated speakers of the last statement that had several ("Keduanya"). */
  group(): Speaker[] | null {
    return this.lastGroup?.group ?? null;
  }

  /**
   * The antecedent of a pronoun or clitic in sentence `sent`: the most recent of the last speaker
   * and the subject of this or the previous sentence that fits what the pronoun asks (gender,
   * number); a person named in object position is never a candidate.
   */
  antecedent(sent: number, want: Want): Mention | null {
    const s = this.lastSubject;
    const newer = !!s && (!this.lastSpeaker || s.at > this.lastSpeaker.at) && this.speakerLike(s);
    const sure = !!s && (!s.fronted || this.speakerLike(s));
    const subj = s && sure && s.sent >= sent - (newer ? NEW_SUBJECT_REACH : SUBJECT_REACH) ? s : null;
    // the later of the two; on a tie (the subject is the speaker's own phrase) the speaker
    const cands = [this.lastSpeaker, subj].filter((m): m is Mention => !!m).sort((a, b) => b.at - a.at);
    if (want.plural) {
      const g = this.lastGroup;
      if (g && this.lastSpeaker && g.at >= this.lastSpeaker.at) return g;
      return cands.find((m) => m.speaker.kind !== 'person') ?? cands[0] ?? null;
    }
    if (want.body) {
      const body = cands.find((m) => m.speaker.kind !== 'person' && m.speaker.kind !== 'unnamed');
      if (body) return body;
      // "The tanker's owner, Seabright Tankers, said … It did not say …": "it" is never a person,
      // so a last speaker taken for one whose name opens with no given name is the body meant
      const named = cands.find(
        (m) => m.speaker.kind === 'person' && m.speaker.entityId && !this.givenFirst(m),
      );
      const latest = this.latestBody();
      if (named && (!latest || named.at > latest.at)) return named;
      return latest ?? cands[0] ?? null;
    }
    const fits = (m: Mention) =>
      !want.gender ||
      (m.speaker.kind !== 'organization' &&
        m.speaker.kind !== 'government' &&
        m.gender !== oppositeOf(want.gender));
    const hit = cands.find(fits);
    if (hit) return hit;
    // "she said" after two men spoke: the last woman who did
    if (want.gender)
      for (let k = this.recent.length - 1; k >= 0; k--)
        if (this.recent[k]!.gender === want.gender) return this.recent[k]!;
    return cands[0] ?? null;
  }

  /** Entity ids of the people the article names as speakers anywhere. */
  private readonly speakerIds = new Set<string>();

  /** Records a named speaker of the article, known before resolution starts. */
  noteNamedSpeaker(sp: Speaker): void {
    if (sp.entityId) this.speakerIds.add(sp.entityId);
  }

  /**
   * Whether a sentence subject is surely someone who speaks in the article: one named with a
   * role, or a speaker somewhere in it. "Kartu Prakerja", "Upaya" taken for names by the entity
   * stage, or a trader who lost his stock, are not.
   */
  private speakerLike(m: Mention): boolean {
    const id = m.speaker.entityId;
    return m.speaker.kind === 'person' && (m.keys.length > 0 || (!!id && this.speakerIds.has(id)));
  }

  /** The last organisation or government that spoke or was pointed at. */
  private latestBody(): Mention | null {
    const a = this.bodyByKind.get('organization') ?? null;
    const b = this.bodyByKind.get('government') ?? null;
    return a && b ? (a.at > b.at ? a : b) : (a ?? b);
  }

  /** The last named person before now who holds the role a role noun asks for. */
  holderBefore(rn: RoleNoun): Mention | null {
    let best: Mention | null = null;
    const take = (m: Mention | undefined) => {
      if (m && affiliationsFit(rn.affiliation, m.speaker.affiliation) && (!best || m.at > best.at)) best = m;
    };
    for (const k of rn.keys) take(this.byKey.get(rn.affiliation ? `${k}|${rn.affiliation}` : k));
    const tb = resolveTables(this.v.sl);
    // "the White House official": whoever spoke for the White House; "pejabat itu": whoever
    // last held an office
    if (!best && rn.definite && rn.keys.some((k) => tb.affiliationRoles.has(k)))
      take(this.byKey.get(`|${rn.affiliation ?? ''}`));
    return best;
  }

  /**
   * "Deputy Interior Minister Rodrigo Faúndez said … The minister added …": when no one holds the
   * role itself, a role noun right after the last speaker's statement stands for that speaker if
   * they hold a lower or narrower post of it ("deputy interior minister" for "minister").
   */
  lastSpeakerHolding(rn: RoleNoun, sent: number): Mention | null {
    const m = this.lastSpeaker;
    const id = m?.speaker.entityId;
    if (!m || !id || m.speaker.kind !== 'person' || m.sent < sent - LESSER_REACH) return null;
    if (!affiliationsFit(rn.affiliation, m.speaker.affiliation)) return null;
    // the post the speaker was named with, wherever that was ("Deputy Interior Minister Rodrigo
    // Faúndez told …" before "…," Faúndez said.")
    for (const [key, holder] of this.byKey)
      if (holder.speaker.entityId === id && rn.keys.some((k) => key.endsWith(` ${k}`))) return holder;
    return null;
  }

  /** "the ministry", "lembaga itu": the last body whose name holds `head`. */
  bodyNamed(head: string): Mention | null {
    return this.bodyByWord.get(head) ?? null;
  }

  /**
   * "the company said" when no body of that name or kind spoke: the last speaker, at most
   * `reach` sentences back, that was taken for a person but may be a body (see mayBeBody).
   */
  untypedBody(sent: number, reach: number): Mention | null {
    const m = this.lastMaybeBody;
    return m && m.sent >= sent - reach ? m : null;
  }

  /** "the agency": the last body of `kind` that spoke, or a person who spoke for a body. */
  anyBody(kind: SpeakerKind): Mention | null {
    const body = kind === 'unnamed' ? null : (this.bodyByKind.get(kind) ?? null);
    const person = this.lastOrgPerson;
    if (!body) return person;
    if (!person) return body;
    return body.at > person.at ? body : person;
  }
}

const oppositeOf = (g: Gender): Gender => (g === 'm' ? 'f' : 'm');

/** "defence minister" is also a "minister"; "deputy head" is not a "head". */
export function widen(v: TokenView, keys: readonly string[]): string[] {
  const lesser = resolveTables(v.sl).lesserPrefixes;
  const out: string[] = [];
  for (const k of keys) {
    const words = k.split(' ');
    for (let i = 0; i < words.length; i++) {
      if (i > 0 && lesser.has(words[i - 1]!)) break;
      const key = words.slice(i).join(' ');
      if (!out.includes(key)) out.push(key);
    }
  }
  return out;
}
