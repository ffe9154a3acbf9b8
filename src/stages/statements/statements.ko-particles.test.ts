import { describe, expect, it } from 'vitest';
import { statementsOf } from './test-support.js';

// lexicons/ko writes its cue and stance phrases as a reader does ("언급을 피했다"), with the
// particle on the noun; the text has the particle split off, and so now do the phrases
const read = (text: string) =>
  statementsOf(`제목\n\n${text}`, 'ko', '2025-09-26').map((s) => [s.speaker.name, s.cue, s.stance]);

describe('Korean cue and stance phrases holding a particle', () => {
  it('reads a refusal written with its object particle as the cue and a hedge', () => {
    expect(read('박지훈 대변인은 “검토 중”이라며 언급을 피했다.')).toEqual([
      ['박지훈', '언급을 피했다', 'hedge'],
    ]);
  });
  it('reads a fact denied with its subject particle as a denial', () => {
    expect(read('이수진 장관은 해당 보도가 사실이 아니다라고 밝혔다.')).toEqual([
      ['이수진', '밝혔다', 'deny'],
    ]);
  });
});
