import { describe, expect, it } from 'vitest';
import { runPipeline } from '../../../pipeline/extract.js';

const read = (text: string, lang: string) =>
  runPipeline(text, { published: '2024-10-25', lang }).statements.map((s) => ({
    speaker: s.speaker.name,
    cue: s.cue,
    direct: s.direct,
    content: s.content,
    rule: s.rule,
  }));

describe('verb-final clauses', () => {
  it('reads a Korean speaker before its topic particle and the content before the quotative', () => {
    const [s] = read('국정원은 북한이 러시아에 병력을 보냈다고 밝혔다.', 'ko');
    expect(s).toMatchObject({ speaker: '국정원', cue: '밝혔다', direct: false });
    expect(s!.content).toContain('북한이 러시아에 병력을 보냈');
    expect(s!.rule).toContain('indirect.verb-final');
  });

  it('reads a quotation closed by a Korean quotative as direct speech of the sentence head', () => {
    const [s] = read('김민수 대변인은 “사실이 아니다”라고 말했다.', 'ko');
    // the name read by its family name, the role beside it
    expect(s).toMatchObject({ speaker: '김민수', direct: true, content: '사실이 아니다' });
    expect(s!.rule).toContain('quote.verb-final');
  });

  it('reads a Japanese ministry that announced what the と clause says', () => {
    const [s] = read('外務省は北朝鮮が弾道ミサイルを発射したと発表した。', 'ja');
    expect(s).toMatchObject({ speaker: '外務省', direct: false });
    expect(s!.content).toContain('北朝鮮が弾道ミサイルを発射した');
  });

  it('reads the speaker of the clause after "…が、", not the subject of the clause before it', () => {
    const out = read('一部で、政府が増税を決めたとの報道があったが、財務省の担当者はこれを否定した。', 'ja');
    expect(out).toHaveLength(1);
    expect(out[0]!.speaker).toContain('財務省');
    expect(out[0]!.cue).toBe('否定した');
  });

  it('keeps a Japanese quotation whole when its full stop sits inside the brackets', () => {
    const all = read('林芳正官房長官は記者会見で「極めて遺憾だ。」と述べた。', 'ja');
    expect(all).toHaveLength(1);
    expect(all[0]).toMatchObject({ direct: true, content: '極めて遺憾だ。' });
    expect(all[0]!.speaker).toContain('官房長官');
  });

  it('reads a Turkish body before the comma and its verb at the end of the sentence', () => {
    const [s] = read('Bakanlık, bölgede 3 bin kişinin tahliye edildiğini açıkladı.', 'tr');
    expect(s).toMatchObject({ speaker: 'Bakanlık', cue: 'açıkladı', direct: false });
  });

  it('reads nothing verb-final in a language whose grammar does not say so', () => {
    const all = read('The ministry, which met on Monday, said.', 'en');
    expect(all.every((s) => !s.rule.includes('verb-final'))).toBe(true);
  });
});

describe('verb-final clauses that report nothing', () => {
  it('reads no content from a clause that only says when the speaker spoke', () => {
    const all = runPipeline("AFAD, 23 Ekim'de açıklama yaptı.", {
      published: '2024-10-25',
      lang: 'tr',
    }).statements;
    expect(all).toEqual([]);
  });

  it('reads a Turkish speaker after a long clause that modifies it', () => {
    const all = read(
      'Başlık\nKabine toplantısının ardından gazetecilerin sorularını yanıtlayan Ali Demirtaş, sınavların ertelenmeyeceğini söyledi.',
      'tr',
    );
    expect(all).toHaveLength(1);
    expect(all[0]!.speaker).toContain('Demirtaş');
    expect(all[0]!.content).toContain('sınavların ertelenmeyeceğini');
  });

  it('reads a Korean pronoun that carries its topic particle as the head of a quotation', () => {
    const all = read(
      '제목\n박지민 시장은 예산을 늘리겠다고 밝혔다.\n그는 "공사는 내년에 끝난다"라고 덧붙였다.',
      'ko',
    );
    expect(all).toHaveLength(2);
    expect(all[1]).toMatchObject({ speaker: '박지민', direct: true, content: '공사는 내년에 끝난다' });
  });

  it('reads a Korean speaker standing between the quotative and the cue', () => {
    const all = read('제목\n올해 수출이 5% 늘어날 것이라고 산업통상자원부는 전망했다.', 'ko');
    expect(all).toHaveLength(1);
    expect(all[0]).toMatchObject({ speaker: '산업통상자원부', direct: false });
    expect(all[0]!.content).toContain('올해 수출이 5% 늘어날 것');
  });

  it('reads a Korean speaker after an opening adjunct, not the subject inside the adjunct', () => {
    const all = read(
      '제목\n정부가 계획을 철회했다는 관측에 대해 김하늘 대변인은 "사실무근"이라고 말했다.',
      'ko',
    );
    expect(all).toHaveLength(1);
    expect(all[0]).toMatchObject({ speaker: '김하늘', direct: true, content: '사실무근' });
  });

  it('reads a Korean role written onto its body as a role', () => {
    const all = read('제목\n최민준 경찰청장은 "수사를 서두르겠다"고 말했다.', 'ko');
    expect(all).toHaveLength(1);
    expect(all[0]!.speaker).toContain('최민준');
  });

  it('reads a denial of a one-word object with its verb, and no other cue with one word', () => {
    const [s] = read('Başlık\n\nValilik, söylentileri yalanladı.', 'tr');
    expect(s).toMatchObject({ speaker: 'Valilik', cue: 'yalanladı', content: 'söylentileri yalanladı' });
    expect(read('Başlık\n\nValilik, kararı açıkladı.', 'tr')).toEqual([]);
  });
  it('reads a role word the lexicon also lets point back as a title before a name', () => {
    const [s] = read('Başlık\n\nBakan Kemal Tunç, köprünün yeniden açılacağını açıkladı.', 'tr');
    expect(s).toMatchObject({ speaker: 'Kemal Tunç', cue: 'açıkladı' });
  });
});
