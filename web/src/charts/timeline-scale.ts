/**
 * Scales of the figure timeline. Counts in a story grow by orders of magnitude (1,500 -> 10,000),
 * so values sit on a log axis with 1-2-5 ticks; a zero or negative value switches to a linear axis.
 */
export interface Scale {
  (value: number): number;
  ticks: number[];
  kind: 'log' | 'linear';
}

const STEPS = [1, 2, 5];

const mantissa = (v: number): [number, number] => {
  const power = 10 ** Math.floor(Math.log10(v));
  return [Math.round((v / power) * 1e9) / 1e9, power];
};
/** The 1-2-5 number (…, 500, 1,000, 2,000, 5,000, …) at or below `v`, and the one at or above it. */
const floor125 = (v: number) => {
  const [m, p] = mantissa(v);
  return (m >= 5 ? 5 : m >= 2 ? 2 : 1) * p;
};
const ceil125 = (v: number) => {
  const [m, p] = mantissa(v);
  return (m <= 1 ? 1 : m <= 2 ? 2 : m <= 5 ? 5 : 10) * p;
};
const next125 = (v: number) => {
  const [m, p] = mantissa(v);
  return (m < 2 ? 2 : m < 5 ? 5 : 10) * p;
};

function logScale(min: number, max: number, [r0, r1]: [number, number]): Scale {
  let d0 = floor125(min);
  let d1 = ceil125(max);
  // all values one round number (1,000 and 1,000): open a step on each side, off the edges
  if (d0 === d1) [d0, d1] = [floor125(min * 0.99), ceil125(max * 1.01)];
  const span = Math.log10(d1 / d0);
  const scale = ((v: number) => r0 + (Math.log10(Math.max(v, d0) / d0) / span) * (r1 - r0)) as Scale;
  const ticks: number[] = [];
  for (let v = d0; v <= d1 * 1.0001; v = next125(v)) ticks.push(v);
  // past three decades 1-2-5 ticks crowd the axis: keep the powers of ten and the ends
  scale.ticks = span > 3 ? ticks.filter((v) => v === d0 || v === d1 || mantissa(v)[0] === 1) : ticks;
  scale.kind = 'log';
  return scale;
}

/** A step of 1, 2 or 5 times a power of ten giving at most `count` ticks over `extent`. */
export function niceStep(extent: number, count: number): number {
  const raw = extent / Math.max(1, count);
  const power = 10 ** Math.floor(Math.log10(raw));
  return (STEPS.find((s) => s * power >= raw) ?? 10) * power;
}

function linearScale(min: number, max: number, [r0, r1]: [number, number]): Scale {
  const step = niceStep(max - min || Math.abs(max) || 1, 5);
  const d0 = Math.floor(Math.min(0, min) / step) * step;
  const d1 = Math.ceil(Math.max(max, d0 + step) / step) * step;
  const scale = ((v: number) => r0 + ((v - d0) / (d1 - d0)) * (r1 - r0)) as Scale;
  scale.ticks = [];
  for (let v = d0; v <= d1 + step / 2; v += step) scale.ticks.push(Math.round(v / step) * step);
  scale.kind = 'linear';
  return scale;
}

/** Value axis over every value (and range upper bound) in the chart; range is [bottom, top] in px. */
export function valueScale(values: number[], range: [number, number]): Scale {
  const finite = values.filter(Number.isFinite);
  if (finite.length === 0) return linearScale(0, 1, range);
  const min = Math.min(...finite);
  const max = Math.max(...finite);
  return min > 0 ? logScale(min, max, range) : linearScale(min, max, range);
}

const DAY = 86_400_000;
export const dayNumber = (iso: string): number => {
  const [y, m, d] = iso.split('-').map(Number);
  return Date.UTC(y ?? 1970, (m ?? 1) - 1, d ?? 1) / DAY;
};

/** Date axis; a single day or a short stretch is padded so points do not sit on the edges. */
export function dateScale(dates: string[], [r0, r1]: [number, number]): (iso: string) => number {
  const days = dates.map(dayNumber).filter(Number.isFinite);
  const lo = Math.min(...days);
  const hi = Math.max(...days);
  const pad = Math.max(1, (hi - lo) * 0.08);
  const d0 = (Number.isFinite(lo) ? lo : 0) - pad;
  const d1 = (Number.isFinite(hi) ? hi : 0) + pad;
  return (iso) => r0 + ((dayNumber(iso) - d0) / (d1 - d0)) * (r1 - r0);
}
