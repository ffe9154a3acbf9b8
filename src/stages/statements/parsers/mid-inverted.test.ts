import { describe, expect, it } from 'vitest';
import { statementsOf } from '../test-support.js';

const rule = (s: { rule: string }) => s.rule.split(' ')[0];

describe('a short cue and its speaker set off by commas inside a clause', () => {
  it('reports the clause around them for that speaker', () => {
    const [s, ...rest] = statementsOf(
      'Titolo\n\nPer ora, riferiscono i carabinieri, nessuna pista viene esclusa dalle indagini.',
      'it',
    );
    expect(rest).toEqual([]);
    expect(s!.speaker.name).toMatch(/carabinieri/);
    expect(s!.content).toContain('nessuna pista viene esclusa');
    expect(rule(s!)).toBe('indirect.mid-inverted');
  });
  it('leaves a tag the parenthetical reading takes to it', () => {
    const [s] = statementsOf(
      'Título\n\nLa obra, explicó el alcalde Juan Ortega, estará lista en marzo.',
      'es',
    );
    expect(s!.speaker.name).toBe('Juan Ortega');
    expect(rule(s!)).toBe('indirect.parenthetical');
  });
  it('leaves a participle after the speaker to its own reading', () => {
    const out = statementsOf(
      'Titolo\n\nLe strade sono chiuse, ha detto il sindaco Paolo Verdi, aggiungendo che le scuole riapriranno.',
      'it',
    );
    expect(out.map(rule)).toEqual(['indirect.post-inverted', 'indirect.participle']);
  });
});
