import type { ExtractResult } from '../domain/extract-result.js';
import type { Lexicon } from '../lexicon/load.js';
import { fold } from '../lexicon/fold.js';
import { placeKey, type Concepts } from './concepts.js';

type Statement = ExtractResult['statements'][number];

/**
 * A claim's concept key, for machines and for telling claims apart: its founding statement's
 * concepts as "North Korea — presence troops — Russia". Falls back to the statement's words.
 */
export function claimKey(r: ExtractResult, concepts: Concepts, content: string): string {
  // "place:lestari" is "Sungai Lestari" without its kind word: found by the same key
  const name = (id: string) =>
    r.entities.find((e) => e.id === id || placeKey(e.id) === id)?.name ?? id.replace(/^[a-z]+:/, '');
  const keys = [...concepts.keys()];
  const places = keys.filter((k) => k.startsWith('at:')).map((k) => name(k.slice(3)));
  const actors = keys
    .filter((k) => /^(country|org|person|place):(?!~)/.test(k) && !places.includes(name(k)))
    .map(name);
  const words = keys.filter((k) => /^(p|d|t):/.test(k)).map((k) => k.slice(2).replace(/_/g, ' '));
  const parts = [
    actors.slice(0, 3).join(', '),
    words.slice(0, 4).join(' '),
    places.slice(0, 2).join(', '),
  ].filter(Boolean);
  if (parts.length >= 2) return parts.join(' — ');
  return trimLabel(content, null);
}

const MAX_LABEL = 140;

// a dateline before a lead: "SEOUL — ", "BANJARMASIN, Indonesia (GWS) — ", "JAKARTA, KOMPAS.com - "
const DATELINE = /^\p{Lu}{2,}[\p{Lu}\s.'’-]*(?:,[^—–\n]{0,40})?(?:\([^)]{0,20}\))?\s*[—–-]\s+/u;

/**
 * A statement's content as a sentence to read: one line, without the quotation marks around it
 * or the "that" / "bahwa" before it, capitalised, cut at a word near 140 characters.
 * `“we have clear evidence,”` -> `We have clear evidence`.
 */
export function trimLabel(content: string, lex: Lexicon | null): string {
  let text = content
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^[\p{Pi}\p{Ps}"'«‹„]+|[\p{Pf}\p{Pe}"'»›“]+$/gu, '')
    .replace(/[\s,;:]+$/u, '')
    .replace(DATELINE, '')
    .trim();
  // a quote the content opens or closes but not both: `… Ukraine, "that would be serious.`
  if ((text.match(/"/g) ?? []).length % 2) text = text.replace(/"/g, '');
  if ((text.match(/“/g) ?? []).length !== (text.match(/”/g) ?? []).length) text = text.replace(/[“”]/g, '');
  text = text.replace(/[.]$/u, '');
  const first = fold(text.split(' ')[0] ?? '');
  if (lex?.data.reporting.complementizers.some((c) => fold(c) === first))
    text = text.slice(text.indexOf(' ') + 1);
  if (text.length > MAX_LABEL) {
    const cut = text.lastIndexOf(' ', MAX_LABEL - 1);
    text = `${text.slice(0, cut > MAX_LABEL / 2 ? cut : MAX_LABEL - 1).replace(/[\s,;:]+$/u, '')}…`;
  }
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/**
 * How well a statement reads as its claim's label, higher is better: an assertion, by a named
 * speaker, neither a fragment nor a paragraph, that says most of what the claim is about.
 * "Pentagon: about 10,000 North Korean soldiers are in Russia" beats "that claim" (a pronoun
 * fragment) and beats a denial.
 */
export function labelScore(st: Statement, coverage = 1): number {
  const n = st.content.replace(/\s+/g, ' ').trim().length;
  const words = st.content.split(/\s+/).filter(Boolean).length;
  let score = 0;
  if (st.stance === 'assert' && !st.negated) score += 2;
  if (st.speaker.kind !== 'unnamed' && !st.speaker.implied) score += 1;
  if (n >= 40 && n <= MAX_LABEL) score += 1.5;
  else if (n >= 25 && n <= 220) score += 0.75;
  if (words < 4) score -= 2;
  return Math.round((score + Math.min(1, Math.max(0, coverage))) * 100) / 100;
}

/** A claim's current label, or a statement offered as one. */
export interface LabelChoice {
  score: number;
  language: string | null;
}

/**
 * Whether `offer` should replace the claim's current label: a statement in the claim's majority
 * language beats one in another language; within the same standing, the higher score wins (the
 * earlier statement keeps the label on a tie).
 */
export function betterLabel(
  offer: LabelChoice,
  current: LabelChoice | null,
  majority: string | null,
): boolean {
  if (!current) return true;
  const inMajority = (c: LabelChoice) => c.language !== null && c.language === majority;
  if (inMajority(offer) !== inMajority(current)) return inMajority(offer);
  return offer.score > current.score;
}
