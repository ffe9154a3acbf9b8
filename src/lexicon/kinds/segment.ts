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
    /**
     * what, glued to a closing quotation mark after a full-width stop, keeps the sentence going:
     * the Japanese quotative "と" in "「…遺憾だ。」と述べた"; anything else starts a new sentence
     * ("…没有赢家。”他指出，…")
     */
    quoteContinuations: z.array(z.string().min(1)).default([]),
    /** what closes a wire dateline before a space, after its place and date: Chinese "电" */
    datelineMarkers: z.array(z.string().min(1)).default([]),
  })
  .strict();
export type SegmentLexicon = z.infer<typeof SegmentLexicon>;
