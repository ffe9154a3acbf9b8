import { z } from 'zod';

const phrases = z.array(z.string().min(1)).default([]);
const iso2 = z.string().regex(/^[A-Z]{2}$/);
/** ISO code -> extra names: {"KP": ["Korut", "DPRK"]} */
const namesByCountry = z.record(iso2, z.array(z.string().min(1))).default({});

/** A word that makes the capitalised name beside it a place or an organisation. */
export const EntityKeyword = z
  .object({
    /** as written in this language: "Kabupaten", "Pulau"; "River", "University" */
    forms: z.array(z.string().min(1)).min(1),
    /** where the keyword stands in this language: "Kabupaten Pati" is before, "Ohio River" after */
    position: z.enum(['before', 'after']),
    /** English keyword for the canonical name: "Regency", "Island", "Mount"; none when the form is English */
    en: z.string().min(1).optional(),
    /** where the English keyword stands: "Pati Regency" (after), "Mount Muria" (before) */
    enPosition: z.enum(['before', 'after']).default('after'),
    /** the keyword only names what the bare name names ("Kota Bandung" is Bandung) */
    transparent: z.boolean().default(false),
    /** may be written in lower case ("kota Pati", "desa Kramas") and still belongs to the name */
    lowercase: z.boolean().default(false),
  })
  .strict();
export type EntityKeyword = z.infer<typeof EntityKeyword>;

/**
 * A government or public body that belongs to a country and is named with it:
 * "Kementerian Luar Negeri Jerman", "Germany's Foreign Ministry" are foreign-ministry + DE.
 */
export const EntityBody = z
  .object({
    forms: z.array(z.string().min(1)).min(1),
    /** language-independent key: "foreign-ministry" */
    key: z.string().regex(/^[a-z][a-z0-9-]*$/),
    /** English name without the country: "Foreign Ministry" */
    en: z.string().min(1),
    /** named without a country it is still an organisation ("Kementerian Perhubungan") */
    standalone: z.boolean().default(true),
    /** what kind of body: "government", "military", "intelligence", "legislature", "court", "police" */
    type: z
      .enum(['government', 'military', 'intelligence', 'legislature', 'court', 'police', 'agency'])
      .default('government'),
    /** its statements are its government's (a foreign ministry is; a parliament is not) */
    speaksForGovernment: z.boolean().default(false),
  })
  .strict();
export type EntityBody = z.infer<typeof EntityBody>;

export const EntitiesLexicon = z
  .object({
    /** short forms and abbreviations beside the CLDR names: {"KP": ["Korut"], "US": ["AS"]} */
    countries: namesByCountry,
    /** CLDR names that are not used for the country in running text of this language */
    countryExclusions: phrases,
    /** nationality adjectives: {"DE": ["German"]}; they qualify bodies, they are not mentions */
    demonyms: namesByCountry,
    /** English name of a city or shared place -> names in this language: {"Rome": ["Roma"], "Danube": ["Donau"]} */
    exonyms: z.record(z.string().min(1), z.array(z.string().min(1))).default({}),
    placeKeywords: z.array(EntityKeyword).default([]),
    orgKeywords: z.array(EntityKeyword).default([]),
    bodies: z.array(EntityBody).default([]),
    /** where a body's country stands: "Kementerian Luar Negeri Jerman" after, "German Foreign Ministry" before */
    bodyCountry: z.array(z.enum(['before', 'after', 'of'])).default(['after']),
    /** "of" in "Ministry of Defence of Germany" */
    of: phrases,
    /** country of a body named without one in this language: Indonesian "Kementerian Perhubungan" */
    defaultCountry: iso2.optional(),
    /** honorifics, ranks and roles written before a name: "Presiden", "Dr", "juru bicara" */
    personTitles: phrases,
    /** roles followed by the place they govern: "Bupati Ngada", "Raja Pagaruyung", "Mayor of Brisbane" */
    placeTitles: phrases,
    /** languages whose common words, capitalised in titles of works, are no names here either */
    borrowNotNames: z.array(z.string().regex(/^[a-z]{2,3}$/)).default([]),
    /** verbs and words after a name that mark it as a person: "mengatakan", "said" */
    personVerbs: phrases,
    /** words before a name that mark it as a place: "di", "ke", "in", "near" */
    locatives: phrases,
    /** words before a name that mark it as an organisation: "perusahaan", "band" */
    orgCues: phrases,
    /** words before a short name of a platform or outlet: "platform media sosial X", "kantor berita Antara", "on X" */
    sourceCues: phrases,
    /** lower-case words allowed inside a name: "of", "bin", "van" */
    nameConnectors: phrases,
    /** capitalised words that never start or form a name: "Namun", "However", month names */
    notNames: phrases,
    /**
     * common words that open sentences and headlines ("Usai", "Jelang", "Amid", "Following"):
     * capitalised there they are the word, not a name; with the language's function words, cue
     * verbs, locatives and conjunctions, which are read the same way
     */
    sentenceOpeners: phrases,
    /** words before an outlet's name: "dilansir", "harian", "the newspaper", "reported by" */
    outletCues: phrases,
    /** suffixes of capitalised words that are adjectives, not names: "ian", "ese" */
    adjectiveSuffixes: phrases,
    /**
     * shapes of common words, as regular expressions over the folded word: Indonesian confixes
     * ("ke...an": "Kedudukan"), English "-tion"; a capitalised word of this shape is no name
     */
    commonWordPatterns: phrases,
    /** words that join the items of a list: "dan", "atau", "and" */
    conjunctions: phrases,
    /** articles that never stand before a person's name: "the" in "the Danevirke" */
    articles: phrases,
    /** endings of place names: "-ia" (Moravia), "-stan", "-burg"; "-rejo", "-sari" in Java */
    placeSuffixes: phrases,
    /** pronoun clitics attached with a hyphen: "-nya" in "NATO-nya" */
    clitics: phrases,
    /**
     * names written in this language are already in the canonical (English) form, so a keyword's
     * name keeps its own words ("Ohio River") instead of being composed from the keyword's `en`
     */
    canonicalNames: z.boolean().default(false),
    /** all-capital words that are organisations when nothing else is known ("UMS", "KPK") */
    acronymsAreOrganisations: z.boolean().default(false),
    /**
     * the language capitalises every noun (German): a lone capitalised word is a name only with
     * evidence (a title, a given name, an organisation cue, a gazetteer entry, a speech verb)
     */
    capitalizedNouns: z.boolean().default(false),
    /**
     * case forms of known names, as [ending, replacement] on the name's last word: German
     * genitive ["", "s"] ("Chinas"); Russian ["", "а"], ["а", "ы"] ("Пескова", "Москвы")
     */
    nameInflections: z.array(z.tuple([z.string(), z.string().min(1)])).default([]),
    /** compass words written onto a place's name to name a part of it: German "Nord" ("Nordalgerien") */
    placePrefixes: phrases,
    /**
     * endings of a name in the genitive written before the noun it governs, a place only names
     * take without an article: German "s" ("Kiplings Drang", "für Ronas Ausgaben")
     */
    prenominalGenitive: phrases,
    /**
     * clitics written onto the first word of a known name, as [start, replacement] pairs: Arabic
     * "و" ("and") ["", "و"] ("وبيسكوف"), "ل" ("to") taking the article's alef ["ال", "لل"] ("للكرملين")
     */
    namePrefixes: z.array(z.tuple([z.string(), z.string().min(1)])).default([]),
  })
  .strict();
export type EntitiesLexicon = z.infer<typeof EntitiesLexicon>;
