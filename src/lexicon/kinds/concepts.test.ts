import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { fold } from '../fold.js';
import { LEXICON_ROOT, loadLexicon, parseLexiconFile, supportedLanguages } from '../load.js';
import { tokenize } from '../tokenize.js';
import { ConceptsLexicon } from './concepts.js';

const LANGS = ['id', 'en'] as const;
const lexicons = Object.fromEntries(
  LANGS.map((lang) => [
    lang,
    parseLexiconFile(path.join(LEXICON_ROOT, lang, 'concepts.json'), ConceptsLexicon),
  ]),
) as Record<(typeof LANGS)[number], ConceptsLexicon>;

/** The form as the ledger sees it: folded word tokens joined by one space. */
const norm = (form: string): string =>
  tokenize(form)
    .map((t) => t.norm)
    .join(' ');

/** form -> concept id, for one language */
function formIndex(lex: ConceptsLexicon): Map<string, string[]> {
  const index = new Map<string, string[]>();
  for (const [id, concept] of Object.entries(lex.concepts))
    for (const form of concept.forms) index.set(norm(form), [...(index.get(norm(form)) ?? []), id]);
  return index;
}

const conceptOf = (lang: (typeof LANGS)[number], form: string): string | undefined =>
  formIndex(lexicons[lang]).get(norm(form))?.[0];

describe('concept lexicons', () => {
  it('share exactly the same concept ids, each with the same kind, in Indonesian and English', () => {
    const id = lexicons.id.concepts;
    const en = lexicons.en.concepts;
    expect(Object.keys(id).sort()).toEqual(Object.keys(en).sort());
    for (const key of Object.keys(id)) expect(id[key]?.kind, key).toBe(en[key]?.kind);
    expect(Object.keys(id).length).toBeGreaterThanOrEqual(250);
  });

  it('group into families only existing concepts of one kind, the same in both languages', () => {
    expect(lexicons.id.families).toEqual(lexicons.en.families);
    for (const [name, members] of Object.entries(lexicons.id.families)) {
      const kinds = new Set(members.map((m) => lexicons.id.concepts[m]?.kind));
      expect(kinds.has(undefined), name).toBe(false);
      expect(kinds.size, name).toBe(1);
    }
  });

  it.each(LANGS)('never map one %s form to two concepts', (lang) => {
    const clashes = [...formIndex(lexicons[lang])].filter(([, ids]) => new Set(ids).size > 1);
    expect(clashes).toEqual([]);
  });

  it.each(LANGS)('keep %s forms folded and made of word tokens only', (lang) => {
    const lex = lexicons[lang];
    const all = [
      ...Object.values(lex.concepts).flatMap((c) => c.forms),
      ...lex.locatives,
      ...lex.planned,
      ...lex.ignore,
    ];
    const bad = all.filter(
      (f) => fold(f) !== f || f !== f.trim() || tokenize(f).some((t) => t.kind !== 'word'),
    );
    expect(bad).toEqual([]);
  });

  it.each(LANGS)('do not list a %s word both as ignored and as a concept form', (lang) => {
    const index = formIndex(lexicons[lang]);
    expect(lexicons[lang].ignore.filter((w) => index.has(norm(w)))).toEqual([]);
  });

  // judgement calls a fact-checker would make: these pairs are the same claim ...
  it.each([
    ['dikerahkan', 'deployed', 'send'],
    ['ditempatkan', 'stationed', 'send'],
    ['diberangkatkan', 'shipped', 'send'],
    ['tiba', 'arrived', 'arrive'],
    ['keberadaan', 'presence', 'present'],
    ['bertempur', 'fighting', 'fight'],
    ['berlatih', 'training', 'train'],
    ['diangkut', 'travelled', 'move'],
    ['garis depan', 'front line', 'front_line'],
    ['meninggal dunia', 'death toll', 'dead'],
    ['korban jiwa', 'killed', 'dead'],
    ['pengungsi', 'shelters', 'displaced'],
    ['bandang', 'flash', 'sudden'],
    ['pembukaan hutan', 'forest clearing', 'deforestation'],
    ['diperparah', 'blamed', 'cause'],
    ['hulu', 'upper catchment', 'upstream'],
    ['pertambangan', 'mining', 'mining'],
    ['curah hujan', 'rainfall', 'rain'],
    ['ditujukan', 'directed against', 'target'],
  ])('read "%s" and "%s" as the same concept %s', (idForm, enForm, concept) => {
    expect(conceptOf('id', idForm)).toBe(concept);
    expect(conceptOf('en', enForm)).toBe(concept);
  });

  // ... and these are different claims, kept apart
  it.each([
    ['id', 'kirim', 'send', 'tiba', 'arrive'],
    ['en', 'sent', 'send', 'fought', 'fight'],
    ['id', 'tewas', 'dead', 'terluka', 'injured'],
    ['id', 'hilang', 'missing', 'mengungsi', 'displaced'],
    ['id', 'banjir', 'flood', 'longsor', 'landslide'],
    ['en', 'training', 'train', 'trains', 'railway'],
  ] as const)('in %s, read "%s" as %s but "%s" as %s', (lang, first, a, second, b) => {
    expect(conceptOf(lang, first)).toBe(a);
    expect(conceptOf(lang, second)).toBe(b);
  });

  it('mark planned figures and places in both languages', () => {
    expect(lexicons.id.planned).toEqual(expect.arrayContaining(['berencana', 'akan']));
    expect(lexicons.en.planned).toEqual(expect.arrayContaining(['plans', 'expects']));
    expect(lexicons.id.locatives).toEqual(expect.arrayContaining(['di', 'ke', 'menuju']));
    expect(lexicons.en.locatives).toEqual(expect.arrayContaining(['in', 'to', 'into', 'near']));
  });

  it('give a concept the same kind in every language, those laid over another included', () => {
    const kinds = new Map<string, string>();
    for (const lang of supportedLanguages())
      for (const [id, c] of Object.entries(loadLexicon(lang).data.concepts.concepts)) {
        expect(kinds.get(id) ?? c.kind, `${lang}: ${id}`).toBe(c.kind);
        kinds.set(id, c.kind);
      }
  });

  it('hold a general news-event vocabulary of the kind of the CAMEO event types', () => {
    const events = Object.entries(lexicons.en.concepts).filter(([, c]) => c.kind === 'event');
    expect(events.length).toBeGreaterThanOrEqual(100);
    for (const id of ['arrest', 'vote', 'sign', 'ban', 'attack', 'sue', 'resign', 'infection', 'protest'])
      expect(lexicons.en.concepts[id]?.kind, id).toBe('event');
  });
});
