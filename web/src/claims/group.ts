/**
 * Statements of a claim grouped the way a fact-checker reads them: by the body a speaker speaks
 * for (country, alliance), then by speaker. Copies of one wire story (same copy group, speaker and
 * words) show once, with the other copies listed on it: they are not separate confirmations.
 */
import type { ClaimStatement } from '../api/types.js';

export interface StatementEntry {
  statement: ClaimStatement;
  copies: ClaimStatement[];
}
export interface SpeakerGroup {
  key: string;
  name: string;
  role: string | null;
  entityId: string | null;
  entries: StatementEntry[];
}
export interface AffiliationGroup {
  /** null for speakers the extractor could not tie to a country or body */
  id: string | null;
  name: string | null;
  speakers: SpeakerGroup[];
  statements: number;
}

const byDate = (a: ClaimStatement, b: ClaimStatement): number =>
  (a.published ?? '9999').localeCompare(b.published ?? '9999') || a.id - b.id;

export function collapseCopies(statements: ClaimStatement[]): StatementEntry[] {
  const entries = new Map<string, StatementEntry>();
  for (const statement of [...statements].sort(byDate)) {
    const key = `${statement.copyGroup}\u0000${statement.speaker.name}\u0000${statement.content}`;
    const entry = entries.get(key);
    if (entry) entry.copies.push(statement);
    else entries.set(key, { statement, copies: [] });
  }
  return [...entries.values()];
}

export function groupStatements(
  statements: ClaimStatement[],
  affiliations: Array<{ id: string; name: string }>,
): AffiliationGroup[] {
  const names = new Map(affiliations.map((a) => [a.id, a.name]));
  const groups = new Map<string | null, AffiliationGroup>();
  for (const entry of collapseCopies(statements)) {
    const speaker = entry.statement.speaker;
    const id = speaker.affiliation;
    let group = groups.get(id);
    if (!group) {
      group = { id, name: id === null ? null : (names.get(id) ?? id), speakers: [], statements: 0 };
      groups.set(id, group);
    }
    const key = speaker.entityId ?? `name:${speaker.name}`;
    let person = group.speakers.find((p) => p.key === key);
    if (!person) {
      person = { key, name: speaker.name, role: speaker.role, entityId: speaker.entityId, entries: [] };
      group.speakers.push(person);
    }
    person.entries.push(entry);
    group.statements += 1;
  }
  const sorted = [...groups.values()].sort(
    (a, b) =>
      Number(a.id === null) - Number(b.id === null) ||
      b.statements - a.statements ||
      (a.name ?? '').localeCompare(b.name ?? ''),
  );
  for (const group of sorted) group.speakers.sort((a, b) => b.entries.length - a.entries.length);
  return sorted;
}
