import { length, type Candidate } from './candidate.js';

/**
 * Keeps the best of overlapping candidates of one sentence: the longest, then the surer source
 * ("Kementerian Luar Negeri Jerman" over "Jerman", "Gedung Putih" over a name read from capitals).
 * Returns the kept candidates in text order and which tokens they cover.
 */
export function resolveOverlaps(
  candidates: Candidate[],
  tokenCount: number,
): { kept: Candidate[]; covered: Uint8Array } {
  const covered = new Uint8Array(tokenCount);
  // most sentences: no two candidates overlap, and they only need ordering
  let overlap = false;
  for (const c of candidates) {
    for (let k = c.start; k < c.end; k++) if (covered[k]) overlap = true;
    covered.fill(1, c.start, c.end);
  }
  if (!overlap) return { kept: candidates.length > 1 ? candidates.sort(byStart) : candidates, covered };
  covered.fill(0);
  const order = [...candidates].sort(
    (a, b) => length(b) - length(a) || b.priority - a.priority || a.start - b.start,
  );
  const kept: Candidate[] = [];
  for (const c of order) {
    let free = true;
    for (let k = c.start; k < c.end && free; k++) if (covered[k]) free = false;
    if (!free) continue;
    covered.fill(1, c.start, c.end);
    kept.push(c);
  }
  kept.sort(byStart);
  return { kept, covered };
}

const byStart = (a: Candidate, b: Candidate): number => a.start - b.start;
