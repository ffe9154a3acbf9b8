import { describe, expect, it } from 'vitest';
import { statementsOf } from '../test-support.js';

const read = (text: string, lang: string) =>
  statementsOf(`عنوان\n\n${text}`, lang).map((s) => [s.speaker.name, s.content, s.rule.split(' ')[0]]);

describe('an according-to phrase opening the sentence', () => {
  it('runs a caseless name on over its plain words to the comma that closes it', () => {
    expect(read('وبحسب ديوان المحاسبة الوطنية، ارتفع العجز إلى مستوى قياسي.', 'ar')).toEqual([
      ['ديوان المحاسبة الوطنية', 'ارتفع العجز إلى مستوى قياسي', 'indirect.according-front'],
    ]);
  });
});
