import { z } from 'zod';
import { languageChain, loadShared } from '../../lexicon/load.js';

const iso2 = z.string().regex(/^[A-Z]{2}$/);
/** forms by language; "*" holds forms used in every language: {"*": ["NATO"], "id": ["PBB"]} */
const Aliases = z.record(z.string().regex(/^(\*|[a-z]{2,3})$/), z.array(z.string().min(1))).default({});
const LonLat = z.tuple([z.number().min(-180).max(180), z.number().min(-90).max(90)]);

export const OrgType = z.enum([
  'government',
  'legislature',
  'court',
  'military',
  'intelligence',
  'police',
  'party',
  'international',
  'outlet',
  'agency',
  'platform',
  'company',
  'ngo',
  'university',
  'club',
  'religious',
  'armed-group',
]);
export type OrgType = z.infer<typeof OrgType>;

export const SharedOrg = z
  .object({
    id: z.string().regex(/^org:[a-z0-9][a-z0-9-]*(:[A-Z]{2})?$/),
    name: z.string().min(1),
    type: OrgType,
    country: iso2.optional(),
    /** the body speaks for this country's government: "Kremlin", "White House" */
    speaksFor: iso2.optional(),
    aliases: Aliases,
    /** short forms that name it only after a cue: "X" after "platform media sosial" or "on" */
    cued: Aliases,
  })
  .strict();
export type SharedOrg = z.infer<typeof SharedOrg>;

export const SharedPerson = z
  .object({
    id: z.string().regex(/^person:[a-z0-9][a-z0-9-]*$/),
    name: z.string().min(1),
    /**
     * the state the person acts for; none for the officials of international bodies, who speak
     * for their organisation (Tedros Adhanom Ghebreyesus acts for the WHO, not for Ethiopia)
     */
    country: iso2.optional(),
    aliases: Aliases,
  })
  .strict();
export type SharedPerson = z.infer<typeof SharedPerson>;

export const SharedEntities = z
  .object({
    organizations: z.array(SharedOrg).default([]),
    people: z.array(SharedPerson).default([]),
    /** endings of outlets' web addresses, as written after the dot: "com", "id", "co.id" */
    outletDomains: z.array(z.string().regex(/^[a-z]+(\.[a-z]+)*$/)).default([]),
  })
  .strict();
export type SharedEntities = z.infer<typeof SharedEntities>;

export const PlaceKind = z.enum([
  'continent',
  'region',
  'admin',
  'island',
  'water',
  'mountain',
  'desert',
  'area',
]);

export const SharedPlace = z
  .object({
    id: z.string().regex(/^place:[a-z0-9][a-z0-9-]*(:[A-Z]{2})?$/),
    name: z.string().min(1),
    kind: PlaceKind,
    country: iso2.optional(),
    coordinates: LonLat.optional(),
    aliases: Aliases,
  })
  .strict();
export type SharedPlace = z.infer<typeof SharedPlace>;

export const SharedPlaces = z
  .object({
    places: z.array(SharedPlace).default([]),
    /** other names of gazetteer cities, in every language: {"Washington, D.C.": ["Washington"]} */
    cityAliases: z.record(z.string().min(1), z.array(z.string().min(1))).default({}),
  })
  .strict();
export type SharedPlaces = z.infer<typeof SharedPlaces>;

export const SharedCountries = z
  .object({
    /** English names used instead of CLDR's: {"TR": "Turkey"} */
    names: z.record(z.string().regex(/^([A-Z]{2}|\d{3})$/), z.string().min(1)).default({}),
    /** CLDR territory codes that are not countries: "EU", "UN", "ZZ" */
    notCountries: z.array(z.string().min(1)).default([]),
  })
  .strict();
export type SharedCountries = z.infer<typeof SharedCountries>;

export const SharedGivenNames = z
  .object({
    /** given names common in news, of every origin: "Lloyd", "Farah", "Volodymyr" */
    given: z.array(z.string().min(1)).default([]),
    /** family names written first: "Kim" in "Kim Jong-un" */
    familyFirst: z.array(z.string().min(1)).default([]),
  })
  .strict();
export type SharedGivenNames = z.infer<typeof SharedGivenNames>;

const emptyObject = z.preprocess((v) => (Array.isArray(v) && v.length === 0 ? {} : v), z.unknown());

/** Shared files are optional: a missing one reads as empty (loadShared parses `[]` then). */
const load = <S extends z.ZodType>(name: string, schema: S): z.infer<S> =>
  loadShared(name, emptyObject.pipe(schema));

export const sharedEntities = (): SharedEntities => load('entities', SharedEntities);
export const sharedPlaces = (): SharedPlaces => load('places', SharedPlaces);
export const sharedCountries = (): SharedCountries => load('countries', SharedCountries);
export const sharedGivenNames = (): SharedGivenNames => load('given-names', SharedGivenNames);

/** The forms of `aliases` that apply to texts in `lang` (and the languages its lexicon builds on). */
export const aliasesFor = (aliases: Readonly<Record<string, readonly string[]>>, lang: string): string[] => [
  ...(aliases['*'] ?? []),
  ...languageChain(lang).flatMap((l) => aliases[l] ?? []),
];
