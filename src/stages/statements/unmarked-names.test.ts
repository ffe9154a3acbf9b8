import { describe, expect, it } from 'vitest';
import { runPipeline } from '../../pipeline/extract.js';

const read = (text: string, lang: string) =>
  runPipeline(text, { published: '2025-03-10', lang }).statements.map((s) => ({
    speaker: s.speaker.name,
    cue: s.cue,
    content: s.content,
    rule: s.rule,
  }));

describe('names written without capitals, read by their family name', () => {
  it('reads a bare Chinese name before its cue as the speaker', () => {
    const all = read('标题\n王建国说，工厂下周将恢复生产。', 'zh');
    expect(all).toHaveLength(1);
    expect(all[0]).toMatchObject({ speaker: '王建国', cue: '说' });
  });

  it('reads a Chinese name after its role and before an adjunct and its cue', () => {
    const all = read('标题\n市卫生局局长刘海涛在发布会上表示，新增病例已经减少。', 'zh');
    expect(all.map((s) => s.speaker)).toContain('刘海涛');
  });

  it('does not take a place that opens with a family name for a person', () => {
    const all = read('标题\n黄石市副市长陈立新说，道路已经恢复通行。', 'zh');
    expect(all).toHaveLength(1);
    expect(all[0]!.speaker).not.toMatch(/^黄石/);
    expect(all[0]!.speaker).toContain('陈立新');
  });

  it('does not read a clause subject with no cue after it as a name', () => {
    expect(read('标题\n高温天气将持续到周末。', 'zh')).toHaveLength(0);
  });

  it('resolves a Korean family name before a role to the person named before', () => {
    const all = read(
      '제목\n박준형 국토교통부 장관은 "공사를 재개하겠다"고 말했다.\n박 장관은 안전 점검을 마쳤다고 설명했다.',
      'ko',
    );
    expect(all).toHaveLength(2);
    expect(all[1]).toMatchObject({ speaker: '박준형', cue: '설명했다' });
  });

  it('does not read a Korean quotative that begins like a family name as a speaker', () => {
    const all = read('제목\n최은희 대변인은 "협상은 계속된다"이라고 말했다.', 'ko');
    expect(all.map((s) => s.speaker)).not.toContain('이라고');
  });
});
