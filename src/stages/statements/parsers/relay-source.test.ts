import { describe, expect, it } from 'vitest';
import { statementsOf } from '../test-support.js';

describe('a relay naming its outlet, then its source', () => {
  it("is the source's statement, cited through the outlet, and the outlet's own", () => {
    const out = statementsOf('عنوان\n\nونقلت وكالة رويترز عن دبلوماسيين قولهم إن المحادثات توقفت.', 'ar');
    const s = out.find((x) => x.rule.startsWith('indirect.relay-source '));
    const outer = out.find((x) => x.rule.startsWith('indirect.relay-source-outer '));
    expect(out).toHaveLength(2);
    expect(outer!.speaker.name).toMatch(/رويترز|Reuters/);
    expect(outer!.cue).toBe('ونقلت');
    expect(outer!.content).toBe('المحادثات توقفت');
    expect(s!.speaker.name).toBe('دبلوماسيين');
    expect(s!.cue).toBe('قولهم');
    expect(s!.content).toBe('المحادثات توقفت');
    expect(s!.citedSource?.name).toMatch(/رويترز|Reuters/);
    expect(s!.rule.split(' ')[0]).toBe('indirect.relay-source');
  });
  it('leaves a relay without the speech noun to the plain verb-initial reading', () => {
    const out = statementsOf('عنوان\n\nونقلت وكالة رويترز أن المحادثات توقفت.', 'ar');
    expect(out.map((s) => s.rule.split(' ')[0])).not.toContain('indirect.relay-source');
  });
});
