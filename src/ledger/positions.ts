import type { ExtractResult } from '../domain/extract-result.js';

type Statement = ExtractResult['statements'][number];
type Span = { start: number; end: number };

/**
 * An extraction's mentions, dates and statement contents sorted by where they start, so that a
 * statement finds what lies within its content by binary search. Scanning the whole article for
 * each statement made a quote-dense text of 25,000 statements take minutes to link.
 */
interface Positions {
  /** [start, end, entity index, mention index], by start */
  mentions: Array<[number, number, number, number]>;
  /** dates' spans by start, and the longest */
  dates: Span[];
  longestDate: number;
  /** statements by their content's start, and the longest content */
  contents: Statement[];
  longest: number;
}

// an ExtractResult is never changed once made: its positions are worked out once
const cache = new WeakMap<ExtractResult, Positions>();

function positionsOf(r: ExtractResult): Positions {
  let p = cache.get(r);
  if (p) return p;
  const mentions: Positions['mentions'] = [];
  r.entities.forEach((e, ei) => e.mentions.forEach((m, mi) => mentions.push([m.start, m.end, ei, mi])));
  mentions.sort((a, b) => a[0] - b[0]);
  const dates = r.dates.map((d) => d.span).sort((a, b) => a.start - b.start);
  const contents = [...r.statements].sort((a, b) => a.contentSpan.start - b.contentSpan.start);
  const longest = contents.reduce((m, s) => Math.max(m, s.contentSpan.end - s.contentSpan.start), 0);
  const longestDate = dates.reduce((m, d) => Math.max(m, d.end - d.start), 0);
  p = { mentions, dates, longestDate, contents, longest };
  cache.set(r, p);
  return p;
}

/** The first index whose start is >= `at` in a list sorted by start. */
function firstFrom<T>(list: readonly T[], at: number, startOf: (x: T) => number): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (startOf(list[mid]!) < at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * The mentions lying wholly inside [start, end], as [entity index, mention index], in the order
 * of `r.entities` and then of each entity's mentions (the order a loop over them would meet).
 */
export function mentionsWithin(r: ExtractResult, start: number, end: number): Array<[number, number]> {
  const { mentions } = positionsOf(r);
  const out: Array<[number, number]> = [];
  for (let i = firstFrom(mentions, start, (m) => m[0]); i < mentions.length && mentions[i]![0] <= end; i++) {
    const m = mentions[i]!;
    if (m[1] <= end) out.push([m[2], m[3]]);
  }
  return out.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
}

/** The spans of the dates that overlap [start, end]. */
export function datesOverlapping(r: ExtractResult, start: number, end: number): Span[] {
  const { dates, longestDate } = positionsOf(r);
  const out: Span[] = [];
  // a date starting before `start` overlaps only if it is longer than the gap: dates are short
  for (
    let i = firstFrom(dates, start - longestDate, (d) => d.start);
    i < dates.length && dates[i]!.start < end;
    i++
  )
    if (dates[i]!.end > start) out.push(dates[i]!);
  return out;
}

/** The statements whose content holds the span wholly. */
export function contentsHolding(r: ExtractResult, span: Span): Statement[] {
  const { contents, longest } = positionsOf(r);
  const out: Statement[] = [];
  // a content holding the span starts at or before it, and no earlier than the longest content allows
  const last = firstFrom(contents, span.start + 1, (s) => s.contentSpan.start) - 1;
  for (let i = last; i >= 0 && contents[i]!.contentSpan.start >= span.end - longest; i--) {
    const c = contents[i]!.contentSpan;
    if (c.start <= span.start && c.end >= span.end) out.push(contents[i]!);
  }
  return out;
}
