import { describe, expect, it } from 'vitest';
import { core, coreAfter } from './link.js';

describe('a claim’s core kept as statements join', () => {
  it('equals the core counted afresh after every statement of a long random sequence', () => {
    // a small deterministic generator: statements of 2-6 keys drawn from 12, some far more often
    let seed = 7;
    const next = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31), seed / 2 ** 31);
    const keys = Array.from({ length: 12 }, (_, i) => `w:x:k${i}`);
    const profile: Record<string, number> = {};
    let kept: string[] = [];
    for (let n = 0; n < 400; n++) {
      const added = new Set<string>();
      const size = 2 + Math.floor(next() * 5);
      while (added.size < size) added.add(keys[Math.floor(next() ** 2 * keys.length)]!);
      for (const k of ['#n', ...added]) profile[k] = (profile[k] ?? 0) + 1;
      kept = coreAfter(profile, kept, added);
      expect(new Set(kept)).toEqual(new Set(core(profile)));
    }
    expect(kept.length).toBeGreaterThan(0);
  });
});
