import { describe, expect, it } from 'vitest';
import { ExtractResultSchema } from '../domain/extract-result.js';
import { extractText } from './extract.js';
import { joinSections, sectionBounds } from './sections.js';

const PARA =
  'Menteri Kesehatan Budi Santoso mengatakan 120 warga dirawat di rumah sakit sejak Senin. "Kami terus memantau," kata Budi.\n';

describe('reading a very long text in sections', () => {
  it('cuts only at paragraph ends, covering the whole text once', () => {
    const text = PARA.repeat(400);
    const cuts = sectionBounds(text, 5_000);
    expect(cuts[0]).toBe(0);
    expect(cuts.at(-1)).toBe(text.length);
    for (const c of cuts.slice(1, -1)) expect(text[c - 1]).toBe('\n');
    expect(cuts.length).toBeGreaterThan(5);
  });

  it('a text of normal length is one section', () => {
    expect(sectionBounds(PARA.repeat(20))).toEqual([0, PARA.length * 20]);
  });

  it('joins sections into what one reading gives, spans moved to the whole text', () => {
    const text = PARA.repeat(30);
    const whole = extractText(text, { lang: 'id' });
    const cuts = sectionBounds(text, 1_000);
    const parts = cuts.slice(0, -1).map((c, i) => extractText(text.slice(c, cuts[i + 1]), { lang: 'id' }));
    const joined = joinSections(text, parts, cuts);
    expect(ExtractResultSchema.parse(joined)).toEqual(joined);
    expect(joined.statements.map((s) => [s.span, s.speaker.name, s.content])).toEqual(
      whole.statements.map((s) => [s.span, s.speaker.name, s.content]),
    );
    for (const s of joined.statements)
      expect(text.slice(s.contentSpan.start, s.contentSpan.end)).toBe(s.content);
    for (const f of joined.figures) expect(text.slice(f.span.start, f.span.end)).toBe(f.text);
    const budi = joined.entities.find((e) => e.name.includes('Budi'))!;
    for (const m of budi.mentions) expect(text.slice(m.start, m.end)).toBe(m.text);
    expect(budi.mentions.length).toBe(whole.entities.find((e) => e.id === budi.id)!.mentions.length);
  });
});

describe('writing a long text while it is read', () => {
  it('writes exactly the JSON of the whole result, statements made section by section', async () => {
    const { extractForWriting } = await import('./extract.js');
    const { writeJson } = await import('../cli/json-stream.js');
    const text = PARA.repeat(Math.ceil(250_000 / PARA.length));
    let streamed = '';
    const out = extractForWriting(text, { lang: 'id' });
    writeJson((s) => void (streamed += s), out.value);
    const whole = extractText(text, { lang: 'id' });
    expect(whole.warnings.some((w) => /sections/.test(w))).toBe(true);
    expect(streamed).toBe(`${JSON.stringify(whole, null, 2)}\n`);
    expect(out.warnings()).toEqual(whole.warnings);
  });
});
