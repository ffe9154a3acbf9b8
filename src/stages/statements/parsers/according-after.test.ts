import { describe, expect, it } from 'vitest';
import { runPipeline } from '../../../pipeline/extract.js';

const first = (text: string, lang: string) =>
  runPipeline(text, { published: '2024-10-25', lang }).statements[0];

describe('according-to markers after their source', () => {
  it('reads the Korean source before "에 따르면" and the clause after it', () => {
    const s = first('국방부에 따르면, 북한은 이날 미사일을 발사했다.', 'ko');
    expect(s).toMatchObject({ speaker: { name: '국방부' }, content: '북한은 이날 미사일을 발사했다' });
    expect(s!.rule).toContain('indirect.according-after');
  });

  it('reads a Japanese ministry before "によると" and keeps the topic particle out of the stance', () => {
    const s = first('防衛省によると、ミサイルは日本海に落下した。', 'ja');
    expect(s).toMatchObject({ speaker: { name: '防衛省' }, stance: 'assert' });
    expect(s!.content.startsWith('ミサイル')).toBe(true);
  });

  it('reads a Turkish name before its case suffix and "göre"', () => {
    const s = first("Vali Yılmaz'a göre, bölgede 3 bin kişi tahliye edildi.", 'tr');
    expect(s!.speaker.name).toBe('Yılmaz');
    expect(s!.content).toBe('bölgede 3 bin kişi tahliye edildi');
  });

  it('reads the owner of a Turkish record before göre as the source', () => {
    const s = first("Sağlık Bakanlığı'nın verilerine göre hastanelerdeki yoğunluk azaldı.", 'tr');
    expect(s!.speaker.name).toContain('Sağlık Bakanlığı');
    expect(s!.content).toBe('hastanelerdeki yoğunluk azaldı');
  });

  it('reads a Turkish name before an apostrophe suffix and a record as the source', () => {
    const s = first("Hak-Sen'in açıklamasına göre grev iki gün sürecek.", 'tr');
    expect(s!.speaker.name).toBe('Hak-Sen');
  });
});
