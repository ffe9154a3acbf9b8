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
            /** "event" and "predicate" concepts carry a claim; "thing" concepts what it is about */
            kind: z.enum(['predicate', 'thing', 'attribute']),
            forms: z.array(z.string().min(1)).min(1),
          })
          .strict(),
      )
      .default({}),
    /**
     * Predicates a claim does not tell apart: troops "sent", "deployed", "arrived" or "present"
     * in a country are one claim. Family name -> concept ids; a member is read as its family.
     */
    families: z.record(z.string().regex(/^[a-z][a-z0-9_]*$/), z.array(z.string())).default({}),
    /**
     * Predicates (or families) that define a claim: a statement that has one joins only a claim
     * about it ("would be an escalation" does not join "troops were sent"; "12 dead" does not
     * join "4,000 displaced").
     */
    decisive: z.array(z.string()).default([]),
    /** things that say where something is, like a place does: "garis depan", "the front line" */
    placeLike: z.array(z.string()).default([]),
    /** concepts about the telling, not the told ("report", "evidence"): never used to link */
    meta: z.array(z.string()).default([]),
    /** prepositions that mark where something is or goes: "di", "ke", "in", "to" */
    locatives: z.array(z.string()).default([]),
    /** words that make a figure a plan or a forecast: "berencana", "plans", "expects", "total" */
    planned: z.array(z.string()).default([]),
    /** words never worth a concept: function words beyond the meta list */
    ignore: z.array(z.string()).default([]),
  })
  .strict();
export type ConceptsLexicon = z.infer<typeof ConceptsLexicon>;
