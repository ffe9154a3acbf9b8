import { describe, expect, it } from 'vitest';
import { statementsOf } from '../test-support.js';

const ruleOf = (s: { rule: string }) => s.rule.split(' ')[0];

describe('a participle right after an issued document', () => {
  it('reports for the body that issued the document', () => {
    const [s] = statementsOf(
      'Title\n\nThe health ministry issued a statement urging parents to vaccinate their children.',
      'en',
    );
    expect(s!.speaker.name).toMatch(/health ministry/);
    expect(s!.content).toBe('parents to vaccinate their children');
    expect(ruleOf(s!)).toBe('indirect.issued-participle');
  });
  it('reads a participle that is no cue of its own', () => {
    const [s] = statementsOf(
      'Title\n\nThe teachers union released a short statement calling on the council to reopen talks.',
      'en',
    );
    expect(s!.cue).toBe('calling on');
    expect(s!.content).toBe('the council to reopen talks');
  });
  it('reads a relativizer and a cue from data in Indonesian', () => {
    const [s] = statementsOf(
      'Judul\n\nKementerian Perhubungan merilis pernyataan yang meminta maskapai menunda penerbangan.',
      'id',
    );
    expect(s!.speaker.name).toMatch(/Kementerian Perhubungan/);
    expect(s!.content).toBe('maskapai menunda penerbangan');
  });
  it('leaves a participle after a thing that is no document alone', () => {
    const out = statementsOf(
      'Title\n\nAmpofo said he would table a motion on Tuesday calling for an inquiry into the bank.',
      'en',
    );
    expect(out.map(ruleOf)).not.toContain('indirect.issued-participle');
  });
});
