import { z } from 'zod';

const phrases = z.array(z.string().min(1)).default([]);

export const Role = z
  .object({
    forms: z.array(z.string().min(1)),
    /** English name of the role: "spokesperson", "defence minister" */
    en: z.string(),
    /** the role speaks for an institution rather than as a person ("juru bicara") */
    institutional: z.boolean().default(false),
  })
  .strict();

export const RolesLexicon = z
  .object({
    roles: z.array(Role).default([]),
    /** honorifics and ranks written before a name: "Dr", "Irjen", "Mr" */
    titles: phrases,
    /** heads of an unnamed speaker: "pejabat", "sumber", "official", "source" */
    unnamedHeads: phrases,
    /** words that make a noun phrase indefinite: "seorang", "a", "sejumlah" */
    indefinites: phrases,
    /** heads of a government or organisation body: "kementerian", "ministry", "badan" */
    bodies: phrases,
    /** heads that make a speaker a government voice: "kementerian", "ministry", "gedung putih" */
    governmentBodies: phrases,
    /** body words that name no particular body: "the agency", "lembaga itu" point back to any */
    genericBodies: phrases,
    /** modifiers of a role or source: "tinggi", "senior", "anonim" */
    modifiers: phrases,
  })
  .strict();
export type RolesLexicon = z.infer<typeof RolesLexicon>;
