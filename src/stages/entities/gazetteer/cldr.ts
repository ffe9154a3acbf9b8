import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

export interface TerritoryName {
  /** "KP", or a UN M49 region code such as "150" */
  code: string;
  name: string;
  /** CLDR's main name, not a short or variant form */
  primary: boolean;
}

type TerritoriesFile = {
  main: Record<string, { localeDisplayNames: { territories: Record<string, string> } }>;
};

const cache = new Map<string, TerritoryName[]>();

/**
 * The territory names CLDR gives in `lang` ("Korea Utara", "Eropa"), with the parts of
 * "Myanmar (Burma)" read as two names. Empty when CLDR has no such locale.
 */
export function territoryNames(lang: string): TerritoryName[] {
  const hit = cache.get(lang);
  if (hit) return hit;
  const out: TerritoryName[] = [];
  let file: TerritoriesFile | null = null;
  try {
    file = require(`cldr-localenames-full/main/${lang}/territories.json`) as TerritoriesFile;
  } catch {
    file = null;
  }
  const names = file?.main[lang]?.localeDisplayNames.territories ?? {};
  const others: TerritoryName[] = [];
  for (const [key, value] of Object.entries(names)) {
    const [code, alt] = key.split('-alt-');
    if (!code) continue;
    const paren = /^(.*?)\s*\((.*)\)$/.exec(value);
    if (paren?.[1]) {
      out.push({ code, name: paren[1], primary: !alt });
      // "(Burma)", "(Malvinas)" are other names; "(RDK)", "(Republik)" only qualify "Kongo"
      if (paren[2] && /^\p{Lu}\p{Ll}+$/u.test(paren[2]))
        others.push({ code, name: paren[2], primary: false });
    } else out.push({ code, name: value, primary: !alt });
  }
  // a word that is part of other countries' names ("Republik Ceko", "Republic of Korea") is a
  // kind of state, not a name: "Republik kami" is no Congo
  const words = new Set(out.flatMap((t) => t.name.toLowerCase().split(/\s+/)));
  for (const o of others) if (!words.has(o.name.toLowerCase())) out.push(o);
  cache.set(lang, out);
  return out;
}

type LanguagesFile = { main: Record<string, { localeDisplayNames: { languages: Record<string, string> } }> };

/**
 * Names of the major languages (two-letter codes) in `lang`: "Tamil", "Sanskerta"; capitalised
 * in "bahasa Tamil" or "Tamil films" they name no person.
 */
export function languageNames(lang: string): string[] {
  let file: LanguagesFile | null = null;
  try {
    file = require(`cldr-localenames-full/main/${lang}/languages.json`) as LanguagesFile;
  } catch {
    return [];
  }
  const names = file?.main[lang]?.localeDisplayNames.languages ?? {};
  return Object.entries(names)
    .filter(([code]) => /^[a-z]{2}$/.test(code))
    .map(([, name]) => name.replace(/\s*\(.*\)$/, ''));
}
