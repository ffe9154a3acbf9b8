import type { Candidate } from './candidate.js';
import { isRoman } from './propose/runs.js';
import type { Target } from './target.js';
import type { SentenceView } from './view.js';

/** A full name's first and last words, each pointing at the people who carry it. */
function nameParts(
  candidates: readonly Candidate[],
  views: readonly SentenceView[],
): Map<string, Map<string, Target>> {
  const parts = new Map<string, Map<string, Target>>();
  const add = (norm: string, t: Target): void => {
    const m = parts.get(norm) ?? new Map<string, Target>();
    m.set(t.id, t);
    parts.set(norm, m);
  };
  for (const c of candidates) {
    if (c.target.type !== 'person' || c.end - c.start < 2) continue;
    const tokens = views[c.sentence]!.tokens;
    let first: string | null = null;
    let last: string | null = null;
    let n = 0;
    for (let k = c.start; k < c.end; k++) {
      const t = tokens[k]!;
      if (t.kind !== 'word' || !t.upper || isRoman(t)) continue;
      first ??= t.norm;
      last = t.norm;
      n++;
    }
    if (n < 2 || !first || !last) continue;
    add(first, c.target);
    add(last, c.target);
  }
  return parts;
}

/**
 * In-document coreference: a one-word name that is the first or last word of exactly one full
 * name in the article is that person. "Lloyd Austin ... kata Austin" (not Austin, Texas);
 * "Farah Dakhlallah ... Dakhlallah". Known countries and organisations are never taken.
 */
export function resolveCoreference(candidates: Candidate[], views: readonly SentenceView[]): void {
  const parts = nameParts(candidates, views);
  if (parts.size === 0) return;
  for (const c of candidates) {
    if (c.end - c.start !== 1 || c.nested) continue;
    if (c.phase === 1 && c.target.type !== 'place') continue;
    if (c.phase === 1 && !c.rule.startsWith('gazetteer.city')) continue;
    const people = parts.get(views[c.sentence]!.tokens[c.start]!.norm);
    if (!people || people.size !== 1) continue;
    const person = people.values().next().value!;
    if (person.id === c.target.id) continue;
    c.target = person;
    c.rule = 'coref.name';
    c.weak = false;
  }
}

/** How much a reading of a name from capitals and cues is worth, by its rule. */
function evidence(rule: string): number {
  if (rule === 'name.title' || rule === 'name.given' || rule === 'name.verb' || rule === 'coref.name')
    return 3;
  if (rule.startsWith('gazetteer.city') || rule === 'name.locative' || rule === 'name.place-shape') return 2;
  if (rule === 'name.list' || rule === 'name.org-cue') return 2;
  if (rule === 'name.initial' || rule === 'name.lone') return 0;
  return 1;
}

/**
 * One name, one reading per article: every mention of a name read from capitals takes the
 * reading with the best evidence ("kata Herod" makes "to Herod" a person too), and a lone
 * capitalised word opening a sentence is kept when the article names it elsewhere.
 */
export function harmonizeNames(candidates: Candidate[]): void {
  const best = new Map<string, Candidate>();
  for (const c of candidates) {
    if (c.phase !== 2 && c.rule !== 'coref.name') continue;
    const key = c.target.name;
    const b = best.get(key);
    if (!b || evidence(c.rule) > evidence(b.rule)) best.set(key, c);
  }
  for (const c of candidates) {
    if (c.phase !== 2) continue;
    const b = best.get(c.target.name);
    if (!b || b === c) continue;
    if (evidence(b.rule) === 0) continue;
    c.target = b.target;
    c.weak = false;
  }
}
