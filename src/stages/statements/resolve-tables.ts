import { z } from 'zod';
import { fold } from '../../lexicon/fold.js';
import { loadShared } from '../../lexicon/load.js';
import { PhraseSet } from '../../lexicon/phrase-set.js';
import type { StatementLexicon } from './compile.js';

/**
 * Given names whose bearer is, in news, almost always a woman or a man. A name missing from
 * both lists ("Alex", "Dian", "Eka") says nothing about gender.
 */
const GivenNameGenders = z
  .object({
    female: z.array(z.string().min(1)).default([]),
    male: z.array(z.string().min(1)).default([]),
  })
  .strict();

/** The shared list of given names, read for its names only. */
const GivenNames = z.object({ given: z.array(z.string()).default([]) }).passthrough();

const emptyObject = z.preprocess((v) => (Array.isArray(v) && v.length === 0 ? {} : v), z.unknown());

/** What speaker resolution reads from the lexicon, folded into sets once per lexicon. */
export interface ResolveTables {
  /** possessive tokens as tokenized: "'s", "’s" */
  possessive: Set<string>;
  /** "the", "sang": articles that make a role noun point at one particular person */
  definite: Set<string>;
  masculine: Set<string>;
  feminine: Set<string>;
  /** "they", "mereka" */
  plural: Set<string>;
  /** "it" */
  neuter: Set<string>;
  /** canonical role names found by affiliation alone: "leader", "official" */
  affiliationRoles: Set<string>;
  /** canonical words before a role that name a lower post: "deputy" head is not the head */
  lesserPrefixes: Set<string>;
  femaleNames: Set<string>;
  maleNames: Set<string>;
  /** every given name the shared list knows: "Budi", "Lloyd", "Farah" */
  givenNames: Set<string>;
  /** "Russian", "North Korean" -> "country:RU" */
  demonyms: PhraseSet<string>;
}

const cache = new WeakMap<StatementLexicon, ResolveTables>();

export function resolveTables(sl: StatementLexicon): ResolveTables {
  let t = cache.get(sl);
  if (t) return t;
  const g = sl.data.grammar;
  const names = loadShared('given-name-genders', emptyObject.pipe(GivenNameGenders));
  const set = (xs: readonly string[]) => new Set(xs.map(fold));
  const demonyms = (sl.data.entities as { demonyms?: Record<string, string[]> }).demonyms ?? {};
  t = {
    possessive: new Set(g.possessiveMarkers),
    definite: set(g.definiteArticles),
    masculine: set(g.masculineWords),
    feminine: set(g.feminineWords),
    plural: set(g.pluralPronouns),
    neuter: set(g.neuterPronouns),
    affiliationRoles: set(g.affiliationRoles),
    lesserPrefixes: set(g.lesserRolePrefixes),
    femaleNames: set(names.female),
    maleNames: set(names.male),
    givenNames: set(loadShared('given-names', emptyObject.pipe(GivenNames)).given),
    demonyms: new PhraseSet(
      Object.entries(demonyms).flatMap(([code, forms]) => forms.map((f) => [f, `country:${code}`] as const)),
    ),
  };
  cache.set(sl, t);
  return t;
}
