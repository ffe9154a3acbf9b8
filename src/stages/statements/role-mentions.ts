import type { Speaker } from '../../domain/statement.js';
import type { Entity } from '../../domain/entity.js';
import { fold } from '../../lexicon/fold.js';
import type { Discourse, Mention } from './discourse.js';
import { L } from './labels.js';
import { resolveTables } from './resolve-tables.js';
import type { TokenView } from './view.js';

/** How many capitalised words may stand between a role and its holder's name. */
const QUALIFIER = 6;

/**
 * Every person the article names beside a role, wherever the sentence puts them: "rapat dengan
 * Presiden Joko Widodo", "a call with Foreign Minister Retno Marsudi", "Budi Santoso, juru bicara
 * Kemenlu,". A later "the president", "sang menteri" may point at them even when they never
 * spoke. Read from the lexicon, not from labels, so sentences that report nothing count too.
 * One pass over the entity mentions; the result is in text order.
 */
export function roleMentions(v: TokenView, state: Discourse): Mention[] {
  const out: Mention[] = [];
  for (let i = 0; i < v.toks.length; i++) {
    const e = v.entity[i];
    if (e?.type !== 'person' || v.mentionFirst[i] !== i) continue;
    const last = v.mentionLast[i]!;
    if (!namesSomeone(v, i, last)) continue;
    const found = roleBefore(v, i) ?? roleAfter(v, last);
    if (!found) continue;
    const sp: Speaker = {
      name: e.name,
      kind: 'person',
      role: v.doc.text.slice(v.toks[found.first]!.start, v.toks[found.last]!.end),
      entityId: e.id,
      affiliation: found.affiliation ?? (e.country ? `country:${e.country}` : null),
      span: { start: v.toks[i]!.start, end: v.toks[last]!.end },
      implied: false,
      rule: 'speaker.role-mention',
    };
    out.push(state.mention(v.toks[i]!.start, v.sent[i]!, sp, found.keys));
    i = last;
  }
  return out;
}

/** Lexicon words are never names, even when the entity stage took them for one ("Dinas"). */
const LEXICAL = L.ROLE | L.BODY | L.UNNAMED | L.GOVERNMENT | L.TITLE | L.FUNCTION | L.MOD;

/**
 * Whether an entity mention taken for a person surely names one: no lexicon word in it, and a
 * name of two words or more somewhere in the article or a given name the shared list knows.
 * "Presiden Mengutip …", "Kepala Dinas" hold no one.
 */
function namesSomeone(v: TokenView, first: number, last: number): boolean {
  for (let k = first; k <= last; k++) if (v.flags[k]! & LEXICAL) return false;
  return isNamed(v, v.entity[first]!);
}

// an entity's answer is asked once per mention: kept per entity, so a long article stays linear
const named = new WeakMap<Entity, boolean>();

/** A person entity the article surely names: see namesSomeone. */
export function isNamed(v: TokenView, e: Entity): boolean {
  let r = named.get(e);
  if (r === undefined) {
    r =
      e.mentions.some((m) => /\s/.test(m.text.trim())) ||
      resolveTables(v.sl).givenNames.has(fold(e.name.split(/\s+/)[0] ?? ''));
    named.set(e, r);
  }
  return r;
}

interface Found {
  keys: string[];
  first: number;
  last: number;
  affiliation: string | null;
}

/** "Menteri Keuangan Sri Mulyani", "Juru bicara Kemenlu Budi": a role right before the name. */
function roleBefore(v: TokenView, name: number): Found | null {
  const lo = Math.max(v.sentStart[v.sent[name]!]!, name - 1 - QUALIFIER);
  let affiliation: string | null = null;
  for (let j = name - 1; j >= lo; j--) {
    const m = v.sl.roles.matchEndingAt(v.toks, j);
    if (m) return { keys: keysFrom(v, m.start, m.value.en), first: m.start, last: name - 1, affiliation };
    const e = v.entity[j];
    if (e && e.type !== 'person')
      affiliation ??= e.type === 'organization' ? e.id : e.type === 'country' ? e.id : null;
    if (!v.toks[j]!.upper && !e) return null;
  }
  return null;
}

/** "Budi Santoso, juru bicara Kemenlu,", "John Kirby, the spokesperson,": a role in apposition. */
function roleAfter(v: TokenView, last: number): Found | null {
  let k = last + 1;
  if (v.toks[k]?.text !== ',') return null;
  k++;
  for (let a = v.sl.indefinites.matchAt(v.toks, k); a; a = v.sl.indefinites.matchAt(v.toks, k)) k = a.end;
  const m = v.sl.roles.matchAt(v.toks, k);
  if (!m || v.sent[k] !== v.sent[last]) return null;
  return { keys: [m.value.en], first: m.start, last: m.end - 1, affiliation: null };
}

/** The role ending a phrase, with a lower-post word before it: "Deputy" + "health minister". */
function keysFrom(v: TokenView, start: number, en: string): string[] {
  const before = v.sl.roles.matchEndingAt(v.toks, start - 1);
  if (before && resolveTables(v.sl).lesserPrefixes.has(before.value.en)) return [`${before.value.en} ${en}`];
  return [en];
}
