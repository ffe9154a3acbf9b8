import { describe, expect, it } from 'vitest';
import { tokenize } from './tokenize.js';

const texts = (s: string, opts?: Parameters<typeof tokenize>[3]) =>
  tokenize(s, 0, s.length, opts).map((t) => t.text);

describe('tokenize', () => {
  it('keeps every token at its offset in the original text', () => {
    const s = "L'armée a dit: 政府は述べた. Bakan'ın";
    for (const t of tokenize(s, 0, s.length, { apostropheSuffixes: true }))
      expect(s.slice(t.start, t.end)).toBe(t.text);
  });

  it('splits elided articles off the word they are written onto, in any language', () => {
    expect(texts("L'armée d'après l'agence")).toEqual(["L'", 'armée', "d'", 'après', "l'", 'agence']);
    expect(texts("dell'Onu")).toEqual(["dell'", 'Onu']);
    // apostrophes inside other words stay: "doesn't", "O'Brien", "Jum'at"
    expect(texts("doesn't O'Brien Jum'at")).toEqual(["doesn't", "O'Brien", "Jum'at"]);
  });

  it('keeps an elided article whole when nothing follows it, as a lexicon lists it', () => {
    expect(texts("l'")).toEqual(["l'"]);
    expect(texts("dell' Onu")).toEqual(["dell'", 'Onu']);
    // a plural possessive's apostrophe is no elision: "students'" stays a word and a mark
    expect(texts("students' union")).toEqual(['students', "'", 'union']);
  });

  it('cuts runs of Chinese and Japanese into words with the ICU dictionary', () => {
    expect(texts('政府は北朝鮮が兵士を派遣したと述べた')).toEqual(
      expect.arrayContaining(['政府', 'は', '北朝鮮', '兵士', '派遣']),
    );
    expect(texts('外交部发言人表示')).toEqual(expect.arrayContaining(['外交部', '表示']));
  });

  it('cuts each unspaced run of a sentence as it would be cut alone, at its own offsets', () => {
    // runs parted by commas, quotes, Latin words and numbers, enough of them to need several batches
    const runs = ['外交部发言人表示', '中方对此高度关注', '日本政府は述べた', '北京市人民政府新闻办公室'];
    const seps = ['，', '「', ' ABC ', ' 2024 ', '」、'];
    let text = '';
    const alone = [];
    for (let k = 0; k < 40; k++) {
      const piece = runs[k % runs.length]! + seps[k % seps.length]!;
      alone.push(...tokenize(text + piece, text.length, text.length + piece.length));
      text += piece;
    }
    const spans = (ts: { start: number; end: number; text: string; kind: string }[]) =>
      ts.map((t) => `${t.start}-${t.end} ${t.text} ${t.kind}`);
    expect(alone.length).toBeGreaterThan(100);
    expect(spans(tokenize(text))).toEqual(spans(alone));
  });

  it('splits particles and apostrophe suffixes only when the language asks for it', () => {
    expect(texts('국정원은 밝혔다')).toEqual(['국정원은', '밝혔다']);
    expect(texts('국정원은 밝혔다', { particles: ['은', '는'], minStem: 2 })).toEqual([
      '국정원',
      '은',
      '밝혔다',
    ]);
    // a word no longer than the stem minimum keeps its ending
    expect(texts('이은', { particles: ['은'], minStem: 2 })).toEqual(['이은']);
    expect(texts("Bakan'ın", { apostropheSuffixes: true })).toEqual(['Bakan', "'ın"]);
    // a short stem the language names loses its particle all the same: the title "씨" in "씨는"
    expect(texts('씨는', { particles: ['는'], minStem: 2, shortStems: ['씨'] })).toEqual(['씨', '는']);
    expect(texts('그는', { particles: ['는'], minStem: 2, shortStems: ['씨'] })).toEqual(['그는']);
    expect(texts("Korea's")).toEqual(['Korea', "'s"]);
  });

  it('splits a word read whole before as the options it is read under now say', () => {
    const suffixes = { apostropheSuffixes: true };
    expect(texts("Bakan'ın Bakan'ın")).toEqual(["Bakan'ın", "Bakan'ın"]);
    expect(texts("Bakan'ın Bakan'ın", suffixes)).toEqual(['Bakan', "'ın", 'Bakan', "'ın"]);
    expect(texts("Bakan'ın", {})).toEqual(["Bakan'ın"]);
  });

  it('gives a word read again the same offsets, text and form as the first time', () => {
    const text = 'Dewan said, and Dewan SAID: said';
    const toks = tokenize(text);
    const first = toks.filter((t) => t.norm === 'said');
    expect(first.map((t) => [t.start, t.end, t.text, t.upper])).toEqual([
      [6, 10, 'said', false],
      [22, 26, 'SAID', true],
      [28, 32, 'said', false],
    ]);
    expect(toks.map((t) => text.slice(t.start, t.end))).toEqual(toks.map((t) => t.text));
  });
});
