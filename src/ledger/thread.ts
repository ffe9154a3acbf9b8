import type { ExtractResult } from '../domain/extract-result.js';
import { isEntityKey, type Concepts } from './concepts.js';

type Statement = ExtractResult['statements'][number];

/**
 * Keys that say what two statements of one speaker have in common beyond the story they are in:
 * an event ("d:"), a figure ("n:"), or a content word of the same language ("w:"). Names and
 * things ("place:kupang", "t:patient") are left out: every statement of an article shares them.
 */
const telling = (k: string) => /^(d|n|w):/.test(k);

/** Whether two statements have the same speaker: one entity, else one non-empty name. */
function sameSpeaker(a: Statement, b: Statement): boolean {
  if (a.speaker.kind === 'unnamed' || b.speaker.kind === 'unnamed') return false;
  if (a.speaker.entityId && b.speaker.entityId) return a.speaker.entityId === b.speaker.entityId;
  const name = (s: Statement) => s.speaker.name.trim().toLowerCase();
  return name(a) !== '' && name(a) === name(b);
}

/**
 * A speaker going on about what they said before: a later statement by the same speaker in the
 * same article, sharing a telling key with the earlier one, continues its claim; so does the
 * very next statement (`adjacent`) when it names no event, figure or name the earlier one did
 * not. Returns the shared keys (the link's reason; empty for the next statement) or null.
 * Example: `Yohana menegaskan fogging bukan cara utama …` then `"Fogging hanya membunuh nyamuk
 * dewasa …," ujarnya` share "w:id:fogging": one claim.
 */
export function continuesSpeaker(
  prev: Statement,
  prevConcepts: Concepts,
  st: Statement,
  concepts: Concepts,
  adjacent = false,
): string[] | null {
  if (!sameSpeaker(prev, st)) return null;
  const shared = [...concepts.keys()].filter((k) => telling(k) && prevConcepts.has(k));
  if (shared.length) return shared;
  // the next statement of the same speaker that brings no event and no figure of its own goes
  // on about the same thing: "such a step was not on the table" after "WHO was not asked to …"
  const fresh = [...concepts.keys()].some(
    (k) => (/^(d|n):/.test(k) || isEntityKey(k)) && !prevConcepts.has(k),
  );
  return adjacent && !fresh ? [] : null;
}
