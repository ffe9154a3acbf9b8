import { describe, expect, it } from 'vitest';
import { statementsOf } from '../test-support.js';

const read = (text: string, lang: string) =>
  statementsOf(`Headline\n\n${text}`, lang).map((s) => [s.speaker.name, s.stance, s.rule.split(' ')[0]]);

describe('a refusal that stands alone', () => {
  it('is a hedged statement of its subject with no content clause', () => {
    expect(read('The port authority declined to comment.', 'en')).toEqual([
      ['port authority', 'hedge', 'indirect.refusal'],
    ]);
  });
  it('reads a refusal phrase of the Russian lexicon before or after its noun', () => {
    const out = read('Захарова отказалась от комментариев. Посольство от комментариев отказалось.', 'ru');
    expect(out.map((s) => s.slice(1))).toEqual([
      ['hedge', 'indirect.refusal'],
      ['hedge', 'indirect.refusal'],
    ]);
  });
  it('keeps a refusal whose aside after a comma quotes a term', () => {
    const out = read('Посольство от комментариев отказалось, сославшись на «режим тишины».', 'ru');
    expect(out.map((s) => s.slice(1))).toEqual([['hedge', 'indirect.refusal']]);
  });
  it('reads the subject before an object that word order puts ahead of the refusal', () => {
    expect(read('Посольство эти сообщения не комментировало.', 'ru')).toEqual([
      ['Посольство', 'hedge', 'indirect.refusal'],
    ]);
  });
  it('leaves a refusal followed by a reported clause to the constructions that read clauses', () => {
    expect(
      read('The ministry declined to comment, saying that talks were going on.', 'en').map((s) => s[2]),
    ).not.toContain('indirect.refusal');
  });

  it('reads the head of a verb-final clause as the one who refused', () => {
    expect(read('県の教育委員会は取材に対し、コメントを控えた。', 'ja')).toEqual([
      ['県の教育委員会', 'hedge', 'indirect.refusal'],
    ]);
  });
});

describe('refusals filled in for every language that has them', () => {
  it.each([
    ['The regulator did not immediately respond to a request for comment.', 'en'],
    ['The regulator did not respond to questions.', 'en'],
    ['El ministerio no hizo comentarios.', 'es'],
    ["Le ministère n'a pas commenté.", 'fr'],
    ['O ministério não comentou o caso.', 'pt'],
    ['Il ministero non ha commentato.', 'it'],
    ['Regulator itu tidak menanggapi pertanyaan wartawan.', 'id'],
    ['Die Behörde reagierte nicht auf eine Anfrage.', 'de'],
    ['Регулятор не стал опровергать эти данные.', 'ru'],
    ['Регулятор не став спростовувати ці дані.', 'uk'],
  ])('reads "%s" as a hedge by its subject', (text, lang) => {
    expect(read(text, lang).map((s) => s.slice(1))).toEqual([['hedge', 'indirect.refusal']]);
  });
  it('reads the marked head of a verb-final clause, not the adjective before the refusal', () => {
    expect(read('공사 대변인은 구체적인 언급을 피했다.', 'ko')).toEqual([
      ['공사 대변인', 'hedge', 'indirect.refusal'],
    ]);
  });
});
