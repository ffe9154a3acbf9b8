/**
 * An analyst's correction of the machine's reading, and a claim's verdict. Corrections are kept
 * as evidence (nothing is deleted; an undo is a new row pointing at the one it undoes) and are
 * applied after every re-extraction and re-linking by stable keys: a statement is named by its
 * article's key (URL, else content hash) and its character span; a claim by its id.
 */
import { z } from 'zod';

export const STANCES = ['assert', 'deny', 'hedge', 'conditional', 'question'] as const;
export const Stance = z.enum(STANCES);

/** The verdict scale when a desk sets none (see `corroborate.config.json`, `ratings`). */
export const DEFAULT_RATINGS = ['true', 'mostly true', 'mixed', 'mostly false', 'false', 'unproven'] as const;
export const VERDICT_STATUSES = ['new', 'review', 'published'] as const;
export const VerdictStatus = z.enum(VERDICT_STATUSES);

/** What a correction changes. */
export const CORRECTION_FIELDS = [
  'stance',
  'speaker',
  'not-statement',
  'move',
  'merge',
  'label',
  'independence',
  'verdict',
  'undo',
] as const;
export const CorrectionField = z.enum(CORRECTION_FIELDS);
export type CorrectionField = z.infer<typeof CorrectionField>;

/** A statement's stable key: "https://example.org/a#120-188". */
export const StatementKey = z.object({ article: z.string(), start: z.number().int(), end: z.number().int() });
export type StatementKey = z.infer<typeof StatementKey>;

export const Speaker = z.object({ name: z.string().min(1).max(300), entityId: z.string().nullable() });

export const Verdict = z.object({
  rating: z.string().min(1).max(80),
  note: z.string().max(2000).nullable(),
  status: VerdictStatus,
  by: z.string(),
  at: z.string(),
});
export type Verdict = z.infer<typeof Verdict>;

/** The value a correction sets, by field (old and new values are stored as JSON). */
export const CorrectionValue = z.union([
  Stance,
  Speaker,
  z.boolean(),
  z.object({ claimId: z.number().int(), label: z.string().optional() }),
  z.string(),
  Verdict,
  z.null(),
]);

export const Correction = z.object({
  id: z.number().int(),
  at: z.string(),
  by: z.string(),
  field: CorrectionField,
  /** the statement corrected (stance, speaker, not-statement, move), else null */
  statement: StatementKey.nullable(),
  /** the claim corrected (label, verdict, merge: the claim kept; move: the claim moved to) */
  claimId: z.number().int().nullable(),
  /** merge: the claim merged away; independence: the other source root */
  otherId: z.string().nullable(),
  oldValue: z.unknown(),
  newValue: z.unknown(),
  reason: z.string().nullable(),
  /** the correction that undid this one */
  undoneBy: z.number().int().nullable(),
  /** for an undo: the correction it undoes */
  undoes: z.number().int().nullable(),
  /** a statement correction whose span no longer matches any statement of its article */
  orphaned: z.boolean(),
});
export type Correction = z.infer<typeof Correction>;
