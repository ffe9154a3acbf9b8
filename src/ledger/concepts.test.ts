import { describe, expect, it } from 'vitest';
import { loadLexicon } from '../lexicon/load.js';
import { extractText } from '../services/extract.js';
import { orgAlias, statementConcepts } from './concepts.js';

/** The concept keys of every statement of a text the team wrote. */
function conceptsOf(text: string, lang: string): string[][] {
  const r = extractText(text, { lang });
  return r.statements.map((s) => [...statementConcepts(r, s, loadLexicon(lang)).keys()]);
}

describe('statement concepts', () => {
  it('reads where across an adjective between the locative and the place', () => {
    const [c] = conceptsOf(
      'Russia’s defence ministry said 2,000 soldiers had been sent to eastern Russia for training.',
      'en',
    );
    expect(c).toContain('at:country:RU');
  });

  it('keeps the claim in a cue that is itself the verb of the claim', () => {
    const [c] = conceptsOf('An environmental group blamed the floods on coal mining upstream.', 'en');
    expect(c).toEqual(expect.arrayContaining(['d:cause', 't:mining']));
  });

  it('makes a government denial about its own country', () => {
    const [c] = conceptsOf(
      'Kementerian Luar Negeri Korea Utara membantah telah mengirim pasukan ke Rusia.',
      'id',
    );
    expect(c).toEqual(expect.arrayContaining(['country:KP', 'country:RU', 't:troops']));
  });

  it('leaves the speaker’s own country out of what it asserts', () => {
    const [c] = conceptsOf(
      'Pejabat Amerika Serikat mengatakan 3.000 tentara Korea Utara sudah tiba di Rusia.',
      'id',
    );
    expect(c).toEqual(expect.arrayContaining(['country:KP', 'at:country:RU']));
    expect(c).not.toContain('country:US');
  });

  it('leaves out an outlet named in the content: it carries the words, it is not their subject', () => {
    const [c] = conceptsOf('Mayor Tom Hale said the figures CNN aired about the flood were wrong.', 'en');
    expect(c).toContain('t:flood');
    expect(c).not.toContain('org:cnn');
  });

  it('counts what a figure counts, never a span of time', () => {
    const [c] = conceptsOf(
      'Direktur Budi Hartono mengatakan 2.000 karyawan dirumahkan selama tiga minggu.',
      'id',
    );
    expect(c).toEqual(expect.arrayContaining(['u:workers', 'n:workers:2000', 'n:weeks:3']));
    expect(c).not.toContain('u:weeks');
  });

  it('gives a company its acronym as a second key, without its legal form', () => {
    expect(orgAlias('org:pt-sinar-baja-makmur', false)).toBe('org:~sbm');
    expect(orgAlias('org:pt-sbm', false)).toBe('org:~sbm');
    expect(orgAlias('org:sbm', false)).toBe('org:~sbm');
    // a body the lexicon knows has one id already; a country-bound id is not a name to shorten
    expect(orgAlias('org:who', true)).toBeNull();
    expect(orgAlias('org:health-ministry:ID', false)).toBeNull();
  });

  it('does not read "menunjukkan" (shows) as an appointment, and still reads "dilantik"', () => {
    const [shows, sworn] = conceptsOf(
      'Ketua tim Rudi Hartawan mengatakan data daerah lain menunjukkan kasus tercatat lebih sedikit. Gubernur Ani Wardani mengatakan Budi Hartono dilantik pada Senin.',
      'id',
    );
    expect(shows).not.toContain('d:appoint');
    expect(sworn).toContain('d:appoint');
  });

  it('reads a verb of saying as the cue, not as the event, and "declared an emergency" as one', () => {
    const [said, declared] = conceptsOf(
      'The mayor declared that 300 houses were flooded. Health officials said the province declared an emergency on Monday.',
      'en',
    );
    expect(said).not.toContain('d:declare');
    expect(declared).toContain('d:declare');
  });

  it('reads a family of predicates in a language whose lexicon names no family', () => {
    const [c] = conceptsOf(
      'Der Minister sagte, Nordkorea habe 3.000 Soldaten nach Russland geschickt.',
      'de',
    );
    expect(c).toContain('p:presence');
    expect(c).not.toContain('p:send');
  });

  it('reads events and things in languages written without spaces or with endings glued on', () => {
    const [ja] = conceptsOf('保健省の報道官は、洪水で12人が死亡したと述べた。', 'ja');
    const [zh] = conceptsOf('卫生部称，洪水已造成12人死亡。', 'zh');
    const [tr] = conceptsOf('Sağlık Bakanlığı, selde 12 kişinin hayatını kaybettiğini açıkladı.', 'tr');
    for (const c of [ja, zh, tr]) expect(c).toEqual(expect.arrayContaining(['t:flood', 'd:dead']));
    const [ko] = conceptsOf('국방부 대변인은 북한이 병력 3000명을 러시아에 파병했다고 말했다.', 'ko');
    expect(ko).toEqual(expect.arrayContaining(['t:troops', 'p:presence']));
  });

  it('reads a shortage in a drought as the same things in every language it is written in', () => {
    const [en] = conceptsOf(
      'A ministry spokesman said the drought had left several villages short of rice.',
      'en',
    );
    const [ja] = conceptsOf('内務省の報道官は、干ばつで複数の村で米が不足していると述べた。', 'ja');
    const [zh] = conceptsOf('内政部发言人表示，干旱导致多个村庄大米短缺。', 'zh');
    const [de] = conceptsOf(
      'Das Ministerium sagte, die Dürre habe in mehreren Dörfern zu Mangel geführt.',
      'de',
    );
    const [es] = conceptsOf(
      'El ministerio dijo que la sequía había provocado escasez en varias aldeas.',
      'es',
    );
    for (const c of [ja, zh, de, es])
      expect(c).toEqual(expect.arrayContaining(['t:drought', 't:village', 't:shortage']));
    expect(en).toEqual(expect.arrayContaining(['t:drought', 't:village']));
    const [tr] = conceptsOf(
      'İçişleri Bakanlığı, kuraklığın birçok köyde pirinç sorununa yol açtığını söyledi.',
      'tr',
    );
    expect(tr).toEqual(expect.arrayContaining(['t:drought', 't:village', 't:rice']));
  });

  it('keeps where a statement puts something, even in the speaker’s own country', () => {
    const [c] = conceptsOf(
      'Ukrainian President Volodymyr Zelenskyy said North Korean units were being sent to fight in Ukraine.',
      'en',
    );
    expect(c).toEqual(expect.arrayContaining(['at:country:UA', 'country:KP', 't:troops']));
    expect(c).not.toContain('country:UA');
  });
});
