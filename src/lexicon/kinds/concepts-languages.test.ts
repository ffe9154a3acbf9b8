import { describe, expect, it } from 'vitest';
import { stems } from '../../ledger/stem.js';
import { fold } from '../fold.js';
import { loadLexicon, supportedLanguages } from '../load.js';
import { tokenize } from '../tokenize.js';

// the languages whose concept lexicons were written from the English ids, one table per language
const LANGS = ['de', 'es', 'fr', 'pt', 'it', 'ru', 'uk', 'ar'] as const;

const norm = (form: string): string =>
  tokenize(form)
    .map((t) => t.norm)
    .join(' ');

/** The concept an inflected word reaches through the language's stemmer, as the ledger looks it up. */
function conceptOfWord(lang: string, word: string): string | undefined {
  const lex = loadLexicon(lang).data;
  const index = new Map<string, string>();
  for (const [id, c] of Object.entries(lex.concepts.concepts))
    for (const f of c.forms) if (!index.has(f)) index.set(f, id);
  return stems(fold(word), lex.grammar.stemmer)
    .map((s) => index.get(s))
    .find(Boolean);
}

describe('concept lexicons beyond English and Indonesian', () => {
  // a claim is linked across languages through its event: one language without it splits the claim
  it.each(supportedLanguages())('give %s a form of every English event and predicate', (lang) => {
    const en = loadLexicon('en').data.concepts.concepts;
    const own = loadLexicon(lang).data.concepts.concepts;
    const missing = Object.keys(en).filter(
      (id) => (en[id]!.kind === 'event' || en[id]!.kind === 'predicate') && !own[id]?.forms.length,
    );
    expect(missing).toEqual([]);
  });

  it.each(LANGS)('give %s at least 150 of the English concepts, each with its English kind', (lang) => {
    const en = loadLexicon('en').data.concepts.concepts;
    const own = Object.entries(loadLexicon(lang).data.concepts.concepts);
    expect(own.length).toBeGreaterThanOrEqual(150);
    for (const [id, c] of own) expect(c.kind, id).toBe(en[id]?.kind);
  });

  it.each(LANGS)('keep %s forms folded, of word tokens, each in one concept and never ignored', (lang) => {
    const lex = loadLexicon(lang).data.concepts;
    const seen = new Map<string, string>();
    const bad: string[] = [];
    for (const [id, c] of Object.entries(lex.concepts))
      for (const f of c.forms) {
        if (fold(f) !== f || norm(f) !== f) bad.push(f);
        if (seen.has(f) && seen.get(f) !== id) bad.push(`${f}: ${seen.get(f)} and ${id}`);
        seen.set(f, id);
      }
    for (const w of lex.ignore) if (seen.has(norm(w))) bad.push(`ignored ${w}`);
    expect(bad).toEqual([]);
    expect(lex.locatives.length).toBeGreaterThan(0);
    expect(lex.planned.length).toBeGreaterThan(0);
  });

  // inflected forms a news text uses, none of them listed as such: the stemmer must reach them
  it.each([
    ['de', 'Stützpunkten', 'base'],
    ['de', 'dementierte', 'deny'],
    ['es', 'soldados', 'troops'],
    ['es', 'desmintieron', 'deny'],
    ['fr', 'envoyées', 'send'],
    ['fr', 'frontières', 'border'],
    ['pt', 'fronteiras', 'border'],
    ['it', 'arrestati', 'arrest'],
    ['ru', 'авиабазой', 'base'],
    ['ru', 'границам', 'border'],
    ['ru', 'самолетам', 'aircraft'],
    ['uk', 'кордонах', 'border'],
    ['uk', 'авіабазою', 'base'],
    ['ar', 'والقوات', 'troops'],
    ['ar', 'بالحدود', 'border'],
  ])('read the %s word "%s" as the concept %s', (lang, word, concept) => {
    expect(conceptOfWord(lang, word)).toBe(concept);
  });
});
