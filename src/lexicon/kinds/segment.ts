import { z } from 'zod';

export const SegmentLexicon = z
  .object({
    /** abbreviations whose period never ends a sentence, written without the period: "Dr", "Prof" */
    abbreviations: z.array(z.string().min(1)).default([]),
  })
  .strict();
export type SegmentLexicon = z.infer<typeof SegmentLexicon>;
