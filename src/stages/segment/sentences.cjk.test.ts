import { describe, expect, it } from 'vitest';
import { runPipeline } from '../../pipeline/extract.js';

const sentences = (text: string, lang: string) => {
  const doc = runPipeline(text, { lang, until: 'segment' });
  return doc.sentences.map((s) => text.slice(s.start, s.end));
};

describe('sentences of scripts with full-width stops', () => {
  it('starts a new Chinese sentence after a quotation closed by a full stop', () => {
    expect(sentences('她说：“我们会继续谈判。”他补充说，时间还没有确定。', 'zh')).toEqual([
      '她说：“我们会继续谈判。”',
      '他补充说，时间还没有确定。',
    ]);
  });

  it('keeps a short speaker tag after a Chinese quotation in its sentence', () => {
    expect(sentences('“价格不会再涨。”王立说。市场随后平稳。', 'zh')).toEqual([
      '“价格不会再涨。”王立说。',
      '市场随后平稳。',
    ]);
  });

  it('keeps a Japanese quotation with the quotative that follows it', () => {
    expect(sentences('知事は「対応を急ぐ。」と述べた。県は対策を始めた。', 'ja')).toEqual([
      '知事は「対応を急ぐ。」と述べた。',
      '県は対策を始めた。',
    ]);
  });

  it('reads a Chinese wire dateline as a sentence of its own', () => {
    expect(sentences('上海5月3日电 市政府表示，地铁将延长运营时间。', 'zh')).toEqual([
      '上海5月3日电',
      '市政府表示，地铁将延长运营时间。',
    ]);
  });
});
