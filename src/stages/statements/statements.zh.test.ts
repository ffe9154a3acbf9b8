import { describe, expect, it } from 'vitest';
import { statementsOf } from './test-support.js';

const read = (text: string) =>
  statementsOf(`标题\n\n${text}`, 'zh', '2025-09-26').map((s) => [s.speaker.name, s.content]);

describe('Chinese attributions', () => {
  it('reads "据 X 称" with the reporting verb closing the source', () => {
    expect(read('据外交部称，双方已经恢复对话。')).toEqual([['外交部', '双方已经恢复对话。']]);
  });
  it('reads "据 X 统计" with a record noun closing the source, a place glued to the body kept in it', () => {
    expect(read('据东莞市民政局统计，全市已转移群众三万人。')).toEqual([
      ['东莞市民政局', '全市已转移群众三万人。'],
    ]);
  });
  it('skips a day glued to its marker between the speaker and the adjunct before the cue', () => {
    expect(read('发言人王海涛12日在记者会上说，会谈取得了积极成果。')).toEqual([
      ['王海涛', '会谈取得了积极成果。'],
    ]);
  });
  it('reaches a cue after a long adjunct cut into single characters', () => {
    expect(read('刘建华12日在受损严重的沿江堤坝检查时说，要加快修复工程。')).toEqual([
      ['刘建华', '要加快修复工程。'],
    ]);
  });
  it('reads the clause after "X称，" when a "对于…" topic opens the sentence, not the topic', () => {
    expect(read('对于外界有关工厂停产的传闻，公司发言人称，工厂一直正常运转。')).toEqual([
      ['公司发言人', '工厂一直正常运转。'],
    ]);
  });
  it('reads "他称，" after a named speaker though the dictionary writes "他称" as one word', () => {
    expect(read('陈国栋告诉记者，订单减少了三成。他称，工厂将转移部分产能。').map((s) => s[1])).toEqual([
      '订单减少了三成。',
      '工厂将转移部分产能。',
    ]);
  });
});
