import { z } from 'zod';

export const MetaLexicon = z
  .object({
    code: z.string().regex(/^[a-z]{2,3}$/),
    name: z.string(),
    /**
     * a close language whose lexicon this one builds on ("ms" on "id"): its files are read first
     * and this language's files add to them (lists joined, values replaced)
     */
    extends: z
      .string()
      .regex(/^[a-z]{2,3}$/)
      .optional(),
    /** "3.000" is 3000 in Indonesian, "3,000" in English */
    decimalSeparator: z.enum([',', '.']),
    thousandsSeparator: z.enum(['.', ',', ' ', "'"]),
    /** frequent function words, used to recognise the language and to spot sentence-initial words */
    functionWords: z.array(z.string()).default([]),
  })
  .strict();
export type MetaLexicon = z.infer<typeof MetaLexicon>;
