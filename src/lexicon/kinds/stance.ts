import { z } from 'zod';

const phrases = z.array(z.string().min(1)).default([]);

export const StanceLexicon = z
  .object({
    /** negators that turn a cue or claim into a denial: "tidak", "not", "does not" */
    negation: phrases,
    /**
     * phrases that hold a negator but deny nothing, matched from the negator's first word:
     * "tidak hanya" (not only), "belum lama ini" (recently), "did not change its view"
     */
    notNegation: phrases,
    /** phrases in the content that deny: "tidak benar", "not true", "hoaks" */
    deny: phrases,
    /** phrases that leave the claim open: "masih harus diamati", "remains to be seen" */
    hedge: phrases,
    /** words that open a condition: "jika", "if" */
    conditional: phrases,
    /** words that make the content a question: "apakah", "whether" */
    question: phrases,
    certainty: z
      .object({ high: phrases, medium: phrases, low: phrases })
      .strict()
      .default({ high: [], medium: [], low: [] }),
  })
  .strict();
export type StanceLexicon = z.infer<typeof StanceLexicon>;
