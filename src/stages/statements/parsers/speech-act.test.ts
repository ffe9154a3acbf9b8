import { describe, expect, it } from 'vitest';
import { statementsOf } from '../test-support.js';

const read = (text: string) => {
  const full = `Kopfzeile\n\n${text}`;
  return statementsOf(full, 'de').map((s) => ({
    speaker: s.speaker.name,
    content: s.content,
    span: full.slice(s.span.start, s.span.end),
    rule: s.rule.split(' ')[0],
  }));
};

describe('a speech act reported by its object (reporting.acts)', () => {
  it('reads the object of a demand as the content and the whole clause as the statement', () => {
    expect(read('Der Elternverband verlangte eine rasche Sanierung der Turnhalle.')).toEqual([
      {
        speaker: 'Elternverband',
        content: 'eine rasche Sanierung der Turnhalle',
        span: 'Der Elternverband verlangte eine rasche Sanierung der Turnhalle',
        rule: 'reported.speech-act',
      },
    ]);
  });
  it('reads a separable verb whose particle closes the sentence around its object', () => {
    const [s] = read('Die Bezirksregierung gab am Freitag die Schließung der Fähre bekannt.');
    expect(s?.rule).toBe('reported.speech-act');
    expect(s?.content).toBe('am Freitag die Schließung der Fähre');
  });
  it('finds the subject after the verb when an adjunct opens the sentence', () => {
    const [s] = read('Seit Monaten fordert der Mieterbund die Einführung einer Obergrenze.');
    expect(s).toMatchObject({ speaker: 'Mieterbund', rule: 'reported.speech-act-inverted' });
  });
  it('leaves a verb followed by a reported clause to the clause readings', () => {
    const out = read('Der Bürgermeister wies darauf hin, dass die Brücke gesperrt bleibe.');
    expect(out.map((s) => s.rule)).not.toContain('reported.speech-act');
  });
  it('reads no act when the subject after the verb is only a place or a date', () => {
    const out = read('Das Ergebnis gab der Verband in Bremen bekannt.');
    expect(out.map((s) => s.content)).not.toContain('in Bremen');
  });
  it('reads no act for a second predicate joined by a conjunction or an object pointing back', () => {
    const out = read(
      'Die Ministerin besuchte die Werft und sagte den Arbeitern Hilfe zu. Der Konzern bestätigte dies nicht.',
    );
    expect(out.map((s) => s.rule)).not.toContain('reported.speech-act');
  });
  it('reads a fronted object before the verb and the named speaker after it', () => {
    const [s] = read('Die Lage im Hafen verglich der Bürgermeister mit einem langen Stillstand.');
    expect(s).toMatchObject({ speaker: 'Bürgermeister', rule: 'reported.speech-act-inverted' });
  });
});
