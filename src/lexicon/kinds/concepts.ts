import { z } from 'zod';

/**
 * Words that name the same thing across languages, for linking statements into claims:
 * "pasukan", "tentara", "troops", "soldiers" are all the concept "troops". Forms are stems or
 * whole words; the ledger stems each content word before looking it up.
 */
export const ConceptsLexicon = z
  .object({
    concepts: z
      .record(
        z.string().regex(/^[a-z][a-z0-9_]*$/),
        z
          .object({
            /**
             * "event": a happening a claim can be about on its own, of the kind of the CAMEO event
             * types (attack, kill, arrest, vote, sign, ban, infect, flood damage ...): a statement
             * naming one joins only a claim about it. "predicate": a verb of movement, presence,
             * degree or support that qualifies an event rather than makes one (send, arrive,
             * increase, support). "thing": what a claim is about (troops, price, vaccine), of the
             * kind of the GDELT themes. "attribute": adjectives worth little on their own.
             */
            kind: z.enum(['event', 'predicate', 'thing', 'attribute']),
            forms: z.array(z.string().min(1)).min(1),
          })
          .strict(),
      )
      .default({}),
    /**
     * Concepts a claim does not tell apart: being "sent", "arrived" or "present" somewhere is one
     * claim about presence. Family name -> concept ids of one kind; a member is read as its family.
     */
    families: z.record(z.string().regex(/^[a-z][a-z0-9_]*$/), z.array(z.string())).default({}),
    /** things that say where something is, like a place does: "garis depan", "the front line" */
    placeLike: z.array(z.string()).default([]),
    /** concepts about the telling, not the told ("report", "evidence"): never used to link */
    meta: z.array(z.string()).default([]),
    /** prepositions that mark where something is or goes: "di", "ke", "in", "to" */
    locatives: z.array(z.string()).default([]),
    /** words that make a figure a plan or a forecast: "berencana", "plans", "expects", "total" */
    planned: z.array(z.string()).default([]),
    /**
     * words that only say a company's legal form, left out of its name when linking: "PT", "Tbk",
     * "Inc", "Ltd"; "PT Sinar Baja (SB)", "Sinar Baja" and "SB" are one body
     */
    legalForms: z.array(z.string()).default([]),
    /** words never worth a concept: function words beyond the meta list */
    ignore: z.array(z.string()).default([]),
  })
  .strict();
export type ConceptsLexicon = z.infer<typeof ConceptsLexicon>;
