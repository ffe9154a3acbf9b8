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
    /**
     * modals of possibility that leave the claim open unless a negator follows, which makes
     * them inability: "the figures could change" (hedge), "the economy could not afford a
     * strike" (assert); "bisa saja", "dapat berubah"
     */
    possibility: phrases,
    /**
     * refusing to speak, which leaves the claim open (hedge) and never denies it: "declined to
     * comment", "refused to say whether", "menolak berkomentar", "tidak berniat menambahkan"
     */
    refusal: phrases,
    /**
     * verbs of telling, knowing or judging that, negated at the head of the content, withhold
     * the claim rather than make one (a hedge): "she could not give a date", "he would not
     * speculate", "I don't know how", "kami belum bisa menyimpulkan", "saya belum tahu"
     */
    withheld: phrases,
    /**
     * refusals whose speaker stands inside them, as verb-initial word order or a source after a
     * preposition puts it: an opener, the speaker, then one of the closers (none needed when the
     * list is empty). ar "ورفضت كوزاك التعليق" (opener "ورفضت", closer "التعليق"), "ولم يعلق
     * حزب الله" (no closer), "ولم يتسن الحصول على تعليق من وزارة المالية"
     */
    refusalFramed: z
      .array(z.object({ opener: z.array(z.string().min(1)).min(1), closer: phrases }).strict())
      .default([]),
    /**
     * verbs of finding or happening: negated in the content's main clause they deny the positive
     * claim ("no new cases were found", "tidak ditemukan kasus baru", "the strike did not happen")
     */
    absence: phrases,
    /**
     * negators of a fact that already holds or happened: in the content's main clause, near its
     * start, they deny the positive claim ("no fresh oil had been seen", "the union had not
     * received any offer", "tidak ada korban"); modal negation ("would not", "tidak akan") is
     * left out, since a refused intention asserts a plan
     */
    factNegation: phrases,
    /**
     * words that, after a negator of a fact in the same clause, make it a plan, a change or a
     * pending matter rather than a denial: "no contract will be signed", "no longer", "not yet";
     * "tidak ada kesepakatan yang akan diteken", "tidak ada lagi"
     */
    openNegation: phrases,
    /**
     * first-person subjects: a speaker who negates their own doing tells their own story ("I did
     * not come here for a holiday", "saya tidak pernah ke sana"), and denies no one's claim
     */
    selfSubjects: phrases,
    /**
     * words that open an explicit condition ("jika", "if", "unless") or a counterfactual
     * ("would have"); never a plain prediction ("would be a", "akan berarti")
     */
    conditional: phrases,
    /**
     * phrases holding a conditional word that set no condition, matched where they start:
     * "if not" ("dozens, if not hundreds"), "as if", "would have to", "kalau tidak salah"
     */
    notConditional: phrases,
    /**
     * verbs of consequence that make a warning conditional, since a warning names what a step
     * would lead to: "warned that sending troops would mean escalation", "memperingatkan bahwa
     * pengiriman pasukan akan berarti eskalasi"; said plainly they predict ("akan berarti
     * tambahan pendapatan")
     */
    implication: phrases,
    /**
     * word endings that make a verb the condition of what follows, where a language writes "if"
     * onto the verb: ko "-면" ("환율이 오르면 …"), tr "-rsa/-rse" ("enflasyon artarsa …"); a
     * word matches when it is longer than the ending
     */
    conditionalEndings: phrases,
    /**
     * word endings of a modal of possibility written onto the verb: tr "-ebilir"
     * ("zorlaşabilir", it may become harder); read like `possibility`
     */
    possibilityEndings: phrases,
    /** words that make the content a question: "apakah", "whether" */
    question: phrases,
    certainty: z
      .object({ high: phrases, medium: phrases, low: phrases })
      .strict()
      .default({ high: [], medium: [], low: [] }),
  })
  .strict();
export type StanceLexicon = z.infer<typeof StanceLexicon>;
