/**
 * UI strings in English and Indonesian. `t('key', { n: 3 })` fills `{n}`; `tp()` picks the
 * `.one` or `.other` form with the language's plural rules.
 */
import { en, type MessageKey } from './en.js';
import { id } from './id.js';

export type Lang = 'en' | 'id';
export type { MessageKey };
export const LANGS: readonly Lang[] = ['en', 'id'];
export const catalogs: Record<Lang, Record<MessageKey, string>> = { en, id };

let current: Lang = 'en';

export const getLang = (): Lang => current;
export const setLang = (lang: Lang): void => {
  current = lang;
};

/** The stored choice if any, else the first browser language we speak, else English. */
export function detectLang(stored: string | null, browserLanguages: readonly string[]): Lang {
  const known = (tag: string | null): Lang | null => {
    const base = tag?.toLowerCase().split('-')[0];
    // "in" is the old ISO code some Android browsers still report for Indonesian.
    const lang = base === 'in' ? 'id' : base;
    return (LANGS as readonly string[]).includes(lang ?? '') ? (lang as Lang) : null;
  };
  return known(stored) ?? browserLanguages.map(known).find((l) => l !== null) ?? 'en';
}

export function format(template: string, vars: Record<string, string | number> = {}): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in vars ? String(vars[name]) : whole));
}

export function t(key: MessageKey, vars?: Record<string, string | number>): string {
  return format(catalogs[current][key] ?? en[key], vars);
}

type PluralBase<K> = K extends `${infer B}.one` ? B : never;
export type PluralKey = PluralBase<MessageKey>;

export function tp(base: PluralKey, n: number, vars: Record<string, string | number> = {}): string {
  const form = new Intl.PluralRules(current).select(n) === 'one' ? 'one' : 'other';
  const count = new Intl.NumberFormat(current).format(n);
  return t(`${base}.${form}` as MessageKey, { n: count, ...vars });
}
