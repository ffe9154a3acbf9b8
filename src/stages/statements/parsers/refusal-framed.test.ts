import { describe, expect, it } from 'vitest';
import { statementsOf } from '../test-support.js';

const read = (text: string, lang: string) =>
  statementsOf(`عنوان\n\n${text}`, lang).map((s) => [s.speaker.name, s.stance, s.rule.split(' ')[0]]);

describe('a refusal that frames its speaker', () => {
  it('reads the speaker between a verb-initial opener and its closer', () => {
    expect(read('ورفضت الشركة التعليق على القرار.', 'ar')).toEqual([
      ['الشركة', 'hedge', 'indirect.refusal-framed'],
    ]);
  });
  it('reads the speaker after an opener that needs no closer', () => {
    expect(read('ولم تعلق وزارة الخارجية على الاتهامات.', 'ar').map((s) => s.slice(1))).toEqual([
      ['hedge', 'indirect.refusal-framed'],
    ]);
  });
  it('reads a source named after a preposition as the one who did not answer', () => {
    const out = read('ولم يتسن الحصول على تعليق من وزارة الدفاع.', 'ar');
    expect(out).toHaveLength(1);
    expect(out[0]![0]).toContain('وزارة الدفاع');
    expect(out[0]!.slice(1)).toEqual(['hedge', 'indirect.refusal-framed']);
  });
  it('needs the closer of its frame: an opener alone is no refusal', () => {
    expect(read('ورفضت الشركة العرض الجديد.', 'ar').map((s) => s[2])).not.toContain(
      'indirect.refusal-framed',
    );
  });
  it('ends at a comma, leaving what follows to a statement of its own by the same speaker', () => {
    const out = read('ورفض الوزير التعليق، مكتفيا بالقول إن المفاوضات مستمرة.', 'ar');
    expect(out.map((s) => s.slice(0, 2))).toEqual([
      ['الوزير', 'hedge'],
      ['الوزير', 'assert'],
    ]);
    expect(out[0]![2]).toBe('indirect.refusal-framed');
  });
});
