import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runPipeline } from '../../pipeline/extract.js';
import { cld } from './cld.js';
import { detectLanguage } from './index.js';
import { lexicalDetect } from './lexical.js';

// short news paragraphs the team wrote, one per language
const TEXTS: Record<string, string> = {
  id: 'Pemerintah Indonesia mengatakan bahwa pihaknya akan meneliti laporan tersebut. Menteri Luar Negeri kepada wartawan di Jakarta, Selasa, menyatakan pemerintah belum akan mengambil keputusan apa pun sampai penyelidikan selesai. Menurut dia, hasilnya diharapkan keluar pekan depan.',
  ms: 'Kerajaan Malaysia berkata bahawa pihaknya akan meneliti laporan itu. Menteri Luar Negeri memberitahu pemberita di Kuala Lumpur semalam bahawa kerajaan tidak akan membuat sebarang keputusan sehingga siasatan selesai. Menurut beliau, keputusannya dijangka diumumkan minggu hadapan.',
  en: 'The government said it would study the report. The foreign minister told reporters in the capital on Tuesday that no decision would be taken until the inquiry was over. The results, he said, were expected next week.',
  fr: "Le gouvernement a déclaré qu'il allait étudier le rapport. Le ministre des Affaires étrangères a indiqué mardi aux journalistes qu'aucune décision ne serait prise avant la fin de l'enquête.",
  de: 'Die Regierung erklärte, sie werde den Bericht prüfen. Der Außenminister sagte am Dienstag vor Journalisten, vor dem Ende der Untersuchung werde keine Entscheidung getroffen.',
  ru: 'Правительство заявило, что изучит этот доклад. Министр иностранных дел сказал журналистам во вторник, что до завершения расследования никакого решения не будет. По его словам, результаты ожидаются на следующей неделе.',
  uk: 'Уряд заявив, що вивчить цю доповідь. Міністр закордонних справ сказав журналістам у вівторок, що до завершення розслідування жодного рішення не буде. За його словами, результати очікуються наступного тижня.',
  ar: 'قالت الحكومة إنها ستدرس التقرير. وقال وزير الخارجية للصحفيين يوم الثلاثاء إنه لن يتخذ أي قرار قبل انتهاء التحقيق. وأضاف أن النتائج متوقعة الأسبوع المقبل.',
};
// a language with no lexicon: only cld can name it
const SWEDISH =
  'Regeringen sade att den skulle granska rapporten. Utrikesministern sa till journalister på tisdagen att inget beslut skulle fattas innan utredningen var klar.';

describe('language detection', () => {
  for (const [code, text] of Object.entries(TEXTS))
    it(`tells ${code}`, () => {
      expect(detectLanguage(text).code).toBe(code);
    });

  it('tells Indonesian from Malay when only the opening of a long article is read', () => {
    const long = (t: string) => `${t}\n\n`.repeat(40);
    expect(detectLanguage(long(TEXTS.id!)).code).toBe('id');
    expect(detectLanguage(long(TEXTS.ms!)).code).toBe('ms');
  });

  it.skipIf(!cld())('reports a language without a lexicon and leaves its text untouched (needs cld)', () => {
    const doc = runPipeline(SWEDISH);
    expect(doc.language).toMatchObject({ code: 'sv', supported: false });
    expect(doc.text).toBe(SWEDISH);
    expect(doc.statements).toEqual([]);
    expect(doc.warnings.join(' ')).toMatch(/"sv" has no lexicon/);
  });

  it('says no language, not a wrong one, for a language it has no words of without cld', () => {
    const guess = detectLanguage(SWEDISH);
    if (!cld()) expect(guess.code).toBe('und');
    else expect(guess.code).toBe('sv');
  });

  it('says when there is no language at all', () => {
    expect(detectLanguage('12345 67 -- 89').code).toBe('und');
  });
});

// what a machine without the optional cld package sees (CORROBORATE_NO_CLD=1 runs the whole suite so)
describe("language detection from each language's own function words", () => {
  it('tells Indonesian, Malay and English apart without cld', () => {
    for (const code of ['id', 'ms', 'en']) expect(lexicalDetect(TEXTS[code]!)?.code).toBe(code);
  });

  it('tells Russian from Ukrainian, and Arabic, without cld', () => {
    for (const code of ['ru', 'uk', 'ar']) expect(lexicalDetect(TEXTS[code]!)?.code).toBe(code);
  });

  it('gives every fixture the language of its folder', () => {
    const root = path.resolve(import.meta.dirname, '..', '..', '..', 'fixtures');
    const wrong: string[] = [];
    for (const lang of fs.readdirSync(root).filter((d) => fs.statSync(path.join(root, d)).isDirectory()))
      for (const c of fs.readdirSync(path.join(root, lang))) {
        const file = path.join(root, lang, c, 'input.txt');
        if (!fs.existsSync(file)) continue;
        const text = fs.readFileSync(file, 'utf8');
        if (lexicalDetect(text)?.code !== lang) wrong.push(`${lang}/${c}: ${lexicalDetect(text)?.code}`);
        if (detectLanguage(text).code !== lang) wrong.push(`${lang}/${c}: ${detectLanguage(text).code}`);
      }
    expect(wrong).toEqual([]);
  });

  it('does not let words Indonesian and Malay share outvote the ones that tell them apart', () => {
    // shared words ("yang", "dan", "di") in both, one distinctive word each way
    expect(
      lexicalDetect(
        'Menteri itu berkata bahawa kerajaan akan membantu mereka yang terjejas dan di kawasan itu.',
      )?.code,
    ).toBe('ms');
    expect(
      lexicalDetect(
        'Menteri itu mengatakan bahwa pemerintah akan membantu mereka yang terdampak dan di kawasan itu.',
      )?.code,
    ).toBe('id');
  });
});
