import { describe, expect, it } from 'vitest';
import { backoffMs, hostOf, jittered, parseDuration, systemClock } from './watch-schedule.js';

describe('the watch schedule', () => {
  it('reads durations as people write them', () => {
    expect(['15m', '90s', '1h30m', '2h', '45', '500ms', '1d', '0.5s'].map(parseDuration)).toEqual([
      900_000, 90_000, 5_400_000, 7_200_000, 45_000, 500, 86_400_000, 500,
    ]);
    expect(['', 'soon', '15 minutes', '-5m', '5x'].map(parseDuration)).toEqual([
      null,
      null,
      null,
      null,
      null,
    ]);
  });

  it('doubles the backoff after each failure up to its cap', () => {
    expect([1, 2, 3, 4, 10, 200].map((n) => backoffMs(n, 60_000, 6 * 3600_000))).toEqual([
      60_000,
      120_000,
      240_000,
      480_000,
      6 * 3600_000,
      6 * 3600_000,
    ]);
  });

  it('jitters within the given share on both sides', () => {
    expect([0, 0.5, 0.999999].map((r) => jittered(1000, 0.1, () => r))).toEqual([900, 1000, 1100]);
  });

  it('keys politeness by host name, whatever the port or case', () => {
    expect(hostOf('https://Kabar.Example:8443/rss')).toBe('kabar.example');
  });

  it('wakes a sleeper at once when asked to stop', async () => {
    const halt = new AbortController();
    const slept = systemClock.sleep(60_000, halt.signal);
    halt.abort();
    await expect(slept).resolves.toBeUndefined();
  });
});
