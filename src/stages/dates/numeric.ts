import type { Token } from '../../domain/text.js';
import type { Candidate } from './candidate.js';
import { isValid } from './calendar.js';
import type { DatesModel } from './model.js';
import { glued } from '../figures/stream.js';

const SLASHED = /^\d+(?:\/\d+){1,2}$/;
const DOTTED = /^\d{1,2}\.\d{1,2}\.\d{4}$/;

const fullYear = (s: string): number => (s.length === 2 ? 2000 + Number(s) : Number(s));

/** Orders day and month by the language ("23/10" vs "10/23"), swapping when only that is valid. */
function dayMonth(a: number, b: number, order: 'dmy' | 'mdy'): { d: number; m: number } | null {
  const [d, m] = order === 'dmy' ? [a, b] : [b, a];
  if (m >= 1 && m <= 12 && d >= 1 && d <= 31) return { d, m };
  if (d >= 1 && d <= 12 && m >= 1 && m <= 31) return { d: m, m: d };
  return null;
}

function fromParts(parts: string[], order: 'dmy' | 'mdy'): { y?: number; m: number; d: number } | null {
  if (parts.some((p) => !/^\d+$/.test(p))) return null;
  if (parts.length === 3 && parts[0]!.length === 4) {
    const [y, m, d] = parts.map(Number) as [number, number, number];
    return isValid(y, m, d) ? { y, m, d } : null;
  }
  if (parts[0]!.length > 2 || parts[1]!.length > 2) return null;
  const dm = dayMonth(Number(parts[0]), Number(parts[1]), order);
  if (!dm) return null;
  if (parts.length === 2) return dm;
  if (parts[2]!.length !== 2 && parts[2]!.length !== 4) return null;
  const y = fullYear(parts[2]!);
  return isValid(y, dm.m, dm.d) ? { y, ...dm } : null;
}

/**
 * Dates written in digits: "23/10/2024", "23/10", "23.10.2024", "2024-10-23", "23-10-2024",
 * and token-spaced "13 / 04 / 2020". A day and month without a year ("23/10") only when
 * `short` allows it (after a weekday, or inside brackets), since alone it may be a fraction.
 */
export function readNumeric(
  tokens: readonly Token[],
  i: number,
  dm: DatesModel,
  short: boolean,
): Candidate | null {
  const t = tokens[i];
  if (t?.kind !== 'number') return null;
  let parts: string[];
  let end = i + 1;
  if (t.norm.length >= 3 && (SLASHED.test(t.norm) || DOTTED.test(t.norm))) parts = t.norm.split(/[/.]/);
  else {
    // "13 / 04 / 2020" (any spacing) or glued "2024-10-23", "23-10-2024"
    parts = [t.norm];
    for (let k = i + 1; parts.length < 3; k += 2) {
      const sep = tokens[k];
      const n = tokens[k + 1];
      if (!sep || !n || n.kind !== 'number' || !/^\d+$/.test(n.norm)) break;
      if (sep.text === '/') {
        // ok at any spacing
      } else if (sep.text === '-' && glued(tokens[k - 1], sep) && glued(sep, n)) {
        // only glued: "1,500-3,000" stays a range
      } else break;
      parts.push(n.norm);
      end = k + 2;
    }
    if (parts.length === 1) return null;
    if (parts.length === 2 && tokens[i + 1]!.text === '-') return null;
  }
  const r = fromParts(parts, dm.numericOrder);
  if (!r) return null;
  if (r.y === undefined && !(short || (tokens[i - 1]?.text === '(' && tokens[end]?.text === ')')))
    return null;
  return {
    start: i,
    end,
    rule: r.y === undefined ? 'dates.numeric-day-month' : 'dates.numeric',
    day: r.d,
    month: r.m,
    ...(r.y !== undefined ? { year: r.y } : {}),
  };
}
