import { describe, expect, it } from 'vitest';
import { statementsOf } from '../test-support.js';

const ruleOf = (s: { rule: string }) => s.rule.split(' ')[0];

describe('a document as the subject of a cue', () => {
  it('speaks for the body that spoke before it', () => {
    const out = statementsOf(
      'Title\n\nThe transport ministry said fares would stay frozen. The statement added that buses would run all night.',
      'en',
    );
    const s = out.find((x) => ruleOf(x) === 'indirect.document-subject');
    expect(s!.speaker.name).toMatch(/transport ministry/);
    expect(s!.content).toBe('buses would run all night');
  });
  it('reads a demonstrative after the noun from data in Indonesian', () => {
    const out = statementsOf(
      'Judul\n\nDinas Kesehatan mengatakan stok vaksin cukup. Pernyataan itu menyebutkan bahwa distribusi dimulai besok.',
      'id',
    );
    const s = out.find((x) => ruleOf(x) === 'indirect.document-subject');
    expect(s!.speaker.name).toMatch(/Dinas Kesehatan/);
    expect(s!.content).toBe('distribusi dimulai besok');
  });
  it('reads nothing when no one spoke before the document', () => {
    const out = statementsOf('Title\n\nThe report said the river had risen by a metre.', 'en');
    expect(out).toEqual([]);
  });
});
