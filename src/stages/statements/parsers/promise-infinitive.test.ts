import { describe, expect, it } from 'vitest';
import { statementsOf } from '../test-support.js';

const ruleOf = (s: { rule: string }) => s.rule.split(' ')[0];

describe('a cue of promise taking an infinitive', () => {
  it('reads what the speaker vowed to do as the content', () => {
    const [s] = statementsOf('Title\n\nThe dockworkers union vowed to challenge the order in court.', 'en');
    expect(s!.speaker.name).toMatch(/union/);
    expect(s!.cue).toBe('vowed');
    expect(s!.content).toBe('challenge the order in court');
    expect(ruleOf(s!)).toBe('indirect.promise-infinitive');
  });
  it('reads the same construction from data in Indonesian', () => {
    const [s] = statementsOf(
      'Judul\n\nBupati Sutrisno berjanji akan memperbaiki jalan desa itu tahun depan.',
      'id',
    );
    expect(s!.speaker.name).toBe('Sutrisno');
    expect(s!.content).toBe('memperbaiki jalan desa itu tahun depan');
  });
  it('leaves a cue of saying followed by "to" to other constructions', () => {
    const out = statementsOf('Title\n\nMayor Jane Holt said to reporters that the bridge was safe.', 'en');
    expect(out.map(ruleOf)).not.toContain('indirect.promise-infinitive');
  });
});
