import { describe, expect, it } from 'vitest';
import { statementsOf } from '../test-support.js';

const read = (text: string, lang: string) =>
  statementsOf(`عنوان\n\n${text}`, lang).map((s) => [s.speaker.name, s.content, s.rule.split(' ')[0]]);

describe('a clause that opens with its reporting verb', () => {
  it('reads the speaker after the verb and the content after the complementizer', () => {
    const out = read('وقال وزير النقل سامي حداد للصحفيين إن الطريق سيفتح الأسبوع المقبل.', 'ar');
    expect(out).toHaveLength(1);
    expect(out[0]![0]).toContain('حداد');
    expect(out[0]![1]).toBe('الطريق سيفتح الأسبوع المقبل');
    expect(out[0]![2]).toBe('indirect.verb-initial');
  });
  it('gives a verb followed at once by the complementizer the previous speaker', () => {
    const out = read(
      'وقال وزير النقل سامي حداد إن الطريق سيفتح قريبا. وأضاف أن الأعمال تسير وفق الخطة.',
      'ar',
    );
    expect(out.map((s) => s[2])).toEqual(['indirect.verb-initial', 'indirect.verb-initial-implied']);
    expect(out[1]![0]).toBe(out[0]![0]);
    expect(out[1]![1]).toBe('الأعمال تسير وفق الخطة');
  });
  it('reads the speaker after the verb before a colon and a quotation', () => {
    const out = read('وقال وزير النقل سامي حداد: “الطريق سيفتح قريبا جدا”.', 'ar');
    expect(out.map((s) => s[2])).toEqual(['quote.before.verb-initial']);
    expect(out[0]![0]).toContain('حداد');
  });
  it('reads a verbal noun announced after the speaker and a day set off by commas', () => {
    const out = read('وأعلنت إدارة ميناء العقبة، الخميس، استئناف حركة السفن بعد توقف دام يومين.', 'ar');
    expect(out).toEqual([
      ['إدارة ميناء العقبة', 'استئناف حركة السفن بعد توقف دام يومين', 'indirect.verb-initial'],
    ]);
  });
  it('reads a role and its holder up to the word that opens the denied object', () => {
    const out = read('ونفى محافظ إربد خالد العمري ما نشرته مواقع عن إغلاق المعبر.', 'ar');
    expect(out).toEqual([
      ['محافظ إربد خالد العمري', 'ما نشرته مواقع عن إغلاق المعبر', 'indirect.verb-initial'],
    ]);
  });
  it('stays off in a language whose grammar does not put the verb first', () => {
    expect(read('Said the minister that the road would open soon.', 'en')).toEqual([]);
  });
});

describe('punctuation of other scripts around quotations', () => {
  it('reads an attribution after a closing mark, a comma and a dash', () => {
    const st = statementsOf('Заголовок\n\n«Дорогу откроют уже в мае», — сказал Иван Петров.', 'ru');
    expect(st.map((s) => [s.speaker.name, s.rule.split(' ')[0]])).toEqual([
      ['Иван Петров', 'quote.after.inverted'],
    ]);
  });
  it('treats the Arabic comma as a comma between content and the next cue', () => {
    const out = read('ونفى سامي حداد أن يكون الطريق مغلقا، وقال إن العمل مستمر.', 'ar');
    expect(out.map((s) => s[1])).toEqual(['يكون الطريق مغلقا', 'العمل مستمر']);
  });
});
