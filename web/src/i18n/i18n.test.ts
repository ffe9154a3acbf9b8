import { describe, expect, it } from 'vitest';
import { en } from './en.js';
import { id } from './id.js';
import { detectLang, format, setLang, t, tp } from './index.js';

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('UI strings', () => {
  it('has every English key in Indonesian and no extra ones', () => {
    expect(Object.keys(id).sort()).toEqual(Object.keys(en).sort());
  });

  it('leaves no string empty in either language', () => {
    for (const catalog of [en, id])
      for (const [key, text] of Object.entries(catalog)) expect(text.trim(), key).not.toBe('');
  });

  it('uses the same placeholders in both languages', () => {
    for (const key of Object.keys(en) as Array<keyof typeof en>)
      expect(placeholders(id[key]), key).toEqual(placeholders(en[key]));
  });

  it('has both plural forms for every counted word', () => {
    const bases = Object.keys(en)
      .filter((k) => k.endsWith('.one'))
      .map((k) => k.slice(0, -4));
    for (const base of bases) expect(Object.keys(en)).toContain(`${base}.other`);
  });
});

describe('language choice', () => {
  it('prefers the stored choice, then the browser languages, then English', () => {
    expect(detectLang('id', ['en-US'])).toBe('id');
    expect(detectLang(null, ['fr-FR', 'id-ID', 'en'])).toBe('id');
    expect(detectLang(null, ['in-ID'])).toBe('id');
    expect(detectLang('xx', ['de'])).toBe('en');
  });

  it('fills placeholders and picks plural forms per language', () => {
    expect(format('{a} of {b}', { a: 1 })).toBe('1 of {b}');
    setLang('en');
    expect(tp('count.statements', 1)).toBe('1 statement');
    expect(tp('count.statements', 3000)).toBe('3,000 statements');
    setLang('id');
    expect(tp('count.statements', 3000)).toBe('3.000 pernyataan');
    expect(t('statement.via', { name: 'CNN' })).toBe('melalui CNN');
    setLang('en');
  });
});
