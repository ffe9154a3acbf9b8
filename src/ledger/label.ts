import type { ExtractResult } from '../domain/extract-result.js';
import type { Concepts } from './concepts.js';

/**
 * A readable English label for a claim from its founding statement's concepts:
 * "North Korea — send troops — Russia". Falls back to the statement's own words.
 */
export function claimLabel(r: ExtractResult, concepts: Concepts, content: string): string {
  const name = (id: string) => r.entities.find((e) => e.id === id)?.name ?? id.replace(/^[a-z]+:/, '');
  const keys = [...concepts.keys()];
  const places = keys.filter((k) => k.startsWith('at:')).map((k) => name(k.slice(3)));
  const actors = keys
    .filter((k) => /^(country|org|person|place):/.test(k) && !places.includes(name(k)))
    .map(name);
  const words = keys.filter((k) => /^(p|t):/.test(k)).map((k) => k.slice(2).replace(/_/g, ' '));
  const parts = [
    actors.slice(0, 3).join(', '),
    words.slice(0, 4).join(' '),
    places.slice(0, 2).join(', '),
  ].filter(Boolean);
  if (parts.length >= 2) return parts.join(' — ');
  const text = content.replace(/\s+/g, ' ').trim();
  return text.length > 90 ? `${text.slice(0, 89)}…` : text;
}
