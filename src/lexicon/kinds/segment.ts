import { z } from 'zod';

export const SegmentLexicon = z
  .object({
    /** abbreviations whose period never ends a sentence, written without the period: "Dr", "Prof" */
    abbreviations: z.array(z.string().min(1)).default([]),
    /**
     * last labels of web addresses: a period glued to one of them with a capital ("Antaranews.Com",
     * "TEMPO.CO") is part of a name, not the end of a sentence
     */
    domainSuffixes: z.array(z.string().min(1)).default([]),
  })
  .strict();
export type SegmentLexicon = z.infer<typeof SegmentLexicon>;
