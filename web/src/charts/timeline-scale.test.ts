import { describe, expect, it } from 'vitest';
import { dateScale, valueScale } from './timeline-scale.js';

describe('timeline value scale', () => {
  it('puts counts growing by orders of magnitude on a log axis', () => {
    const y = valueScale([1500, 3000, 10000, 12000], [300, 0]);
    expect(y.kind).toBe('log');
    // equal ratios, equal distances
    expect(y(1000) - y(2000)).toBeCloseTo(y(5000) - y(10000), 6);
    expect(y(1000)).toBe(300);
    expect(y(20000)).toBeCloseTo(0, 9);
  });

  it('rises with the value', () => {
    const y = valueScale([1500, 3000, 10000, 12000], [300, 0]);
    expect(y(1500)).toBeGreaterThan(y(3000));
    expect(y(3000)).toBeGreaterThan(y(10000));
    expect(y(10000)).toBeGreaterThan(y(12000));
  });

  it('bounds the log axis by the round numbers around the values, with 1-2-5 ticks', () => {
    const y = valueScale([1500, 12000], [300, 0]);
    expect(y.ticks).toEqual([1000, 2000, 5000, 10000, 20000]);
  });

  it('keeps one tick a decade, and the ends, when the values span many decades', () => {
    expect(valueScale([3, 2_000_000], [100, 0]).ticks).toEqual([
      2, 10, 100, 1000, 10000, 100000, 1000000, 2000000,
    ]);
  });

  it('keeps a single value off the edges of the axis', () => {
    for (const v of [3000, 1000, 0.5]) {
      const y = valueScale([v, v], [100, 0]);
      expect(y(v), String(v)).toBeGreaterThan(0);
      expect(y(v), String(v)).toBeLessThan(100);
    }
  });

  it('falls back to a linear axis from zero when a value is zero or negative', () => {
    const y = valueScale([0, 40, 95], [100, 0]);
    expect(y.kind).toBe('linear');
    expect(y(0)).toBe(100);
    expect(y.ticks[0]).toBe(0);
    expect(y.ticks.at(-1)).toBeGreaterThanOrEqual(95);
    expect(y(95)).toBeGreaterThanOrEqual(0);
  });
});

describe('timeline date scale', () => {
  it('places dates in order, away from the edges', () => {
    const x = dateScale(['2024-10-18', '2024-10-23', '2024-10-28'], [0, 100]);
    expect(x('2024-10-18')).toBeGreaterThan(0);
    expect(x('2024-10-23')).toBeCloseTo(50, 6);
    expect(x('2024-10-28')).toBeLessThan(100);
  });

  it('centres a single date', () => {
    expect(dateScale(['2024-10-18'], [0, 100])('2024-10-18')).toBeCloseTo(50, 6);
  });
});
