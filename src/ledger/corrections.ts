import type { Correction, StatementKey, Verdict } from '../domain/correction.js';

/** What the analyst set on one statement, after folding every active correction in order. */
export interface StatementFix {
  stance?: string;
  speaker?: { name: string; entityId: string | null };
  notStatement?: boolean;
  /** the claim the statement was moved to */
  claimId?: number;
  /** ids of the corrections folded in */
  corrections: number[];
}

/** What the analyst set on claims and sources. */
export interface LedgerFixes {
  statements: Map<string, { key: StatementKey; fix: StatementFix }>;
  labels: Map<number, string>;
  /** claim merged away -> the claim it was merged into (chains resolved) */
  merged: Map<number, number>;
  verdicts: Map<number, Verdict>;
  /** source root -> the root it is the same origin as */
  sameSource: Map<string, string>;
  /** claims the analyst touched: they keep their id even when the machine leaves them empty */
  held: Set<number>;
}

export const keyString = (k: StatementKey) => `${k.article}#${k.start}-${k.end}`;

/** The corrections still in force: not undone, and not undos themselves. */
export const active = (all: Correction[]) => all.filter((c) => c.undoneBy === null && c.field !== 'undo');

/**
 * Folds the active corrections (oldest first) into what they set: a later correction of the same
 * field wins. Pure: the store applies the result after the machine's reading.
 */
export function foldCorrections(all: Correction[]): LedgerFixes {
  const out: LedgerFixes = {
    statements: new Map(),
    labels: new Map(),
    merged: new Map(),
    verdicts: new Map(),
    sameSource: new Map(),
    held: new Set(),
  };
  for (const c of [...active(all)].sort((a, b) => a.id - b.id)) {
    if (c.statement) {
      const k = keyString(c.statement);
      const entry = out.statements.get(k) ?? { key: c.statement, fix: { corrections: [] } };
      const fix = entry.fix;
      fix.corrections.push(c.id);
      if (c.field === 'stance') fix.stance = String(c.newValue);
      if (c.field === 'speaker') fix.speaker = c.newValue as StatementFix['speaker'];
      if (c.field === 'not-statement') fix.notStatement = c.newValue === true;
      if (c.field === 'move' && c.claimId !== null) fix.claimId = c.claimId;
      out.statements.set(k, entry);
    }
    if (c.claimId !== null) out.held.add(c.claimId);
    if (c.field === 'label' && c.claimId !== null) out.labels.set(c.claimId, String(c.newValue));
    if (c.field === 'verdict' && c.claimId !== null) out.verdicts.set(c.claimId, c.newValue as Verdict);
    if (c.field === 'merge' && c.claimId !== null && c.otherId) {
      out.merged.set(Number(c.otherId), c.claimId);
      // the merged claim's statements follow by their keys, whatever claim a re-run puts them in
      const moved = (c.newValue as { statements?: StatementKey[] } | null)?.statements ?? [];
      for (const key of moved) {
        const k = keyString(key);
        const entry = out.statements.get(k) ?? { key, fix: { corrections: [] } };
        entry.fix.corrections.push(c.id);
        entry.fix.claimId = c.claimId;
        out.statements.set(k, entry);
      }
    }
    if (c.field === 'independence' && c.otherId && typeof c.newValue === 'object' && c.newValue) {
      const v = c.newValue as { root: string; same: boolean };
      if (v.same) out.sameSource.set(c.otherId, v.root);
      else out.sameSource.delete(c.otherId);
    }
  }
  for (const [from] of out.merged) out.merged.set(from, resolveClaim(out, from));
  for (const { fix } of out.statements.values())
    if (fix.claimId !== undefined) fix.claimId = resolveClaim(out, fix.claimId);
  return out;
}

/** The claim that stands for `id` after merges: a merged-away claim lives on in the one it joined. */
export function resolveClaim(f: Pick<LedgerFixes, 'merged'>, id: number): number {
  const seen = new Set<number>();
  let at = id;
  while (f.merged.has(at) && !seen.has(at)) {
    seen.add(at);
    at = f.merged.get(at)!;
  }
  return at;
}

/**
 * Finds the statement a correction's span names among an article's statements as read now: the
 * same span, else the one overlapping it most when the overlap covers at least 60% of the longer
 * of the two (a re-read may widen "said the minister" by a word). Null: the span vanished.
 */
export function matchSpan(
  key: { start: number; end: number },
  spans: Array<{ start: number; end: number }>,
): number | null {
  const exact = spans.findIndex((s) => s.start === key.start && s.end === key.end);
  if (exact >= 0) return exact;
  let best: number | null = null;
  let bestShare = 0.6;
  spans.forEach((s, i) => {
    const overlap = Math.min(s.end, key.end) - Math.max(s.start, key.start);
    const share = overlap / Math.max(s.end - s.start, key.end - key.start, 1);
    if (share >= bestShare) {
      best = i;
      bestShare = share;
    }
  });
  return best;
}

/** Which statement of an article each of its corrected keys applies to now, and which are orphaned. */
export function planArticle(
  fixes: LedgerFixes,
  article: string,
  statements: Array<{ id: number; start: number; end: number }>,
): { apply: Array<{ statementId: number; fix: StatementFix }>; orphaned: StatementFix[] } {
  const apply: Array<{ statementId: number; fix: StatementFix }> = [];
  const orphaned: StatementFix[] = [];
  for (const { key, fix } of fixes.statements.values()) {
    if (key.article !== article) continue;
    const i = matchSpan(key, statements);
    if (i === null) orphaned.push(fix);
    else apply.push({ statementId: statements[i]!.id, fix });
  }
  return { apply, orphaned };
}
