import type { Span } from '../../../domain/span.js';
import type { Draft } from '../draft.js';
import { lowerBound, type TokenView } from '../view.js';
import type { Refiner } from './types.js';

/** Items sorted by where they start, with their starts for binary search. */
function byStart<T extends { span: Span }>(items: readonly T[]): { items: T[]; starts: Int32Array } {
  const sorted = [...items].sort((a, b) => a.span.start - b.span.start);
  return { items: sorted, starts: Int32Array.from(sorted.map((x) => x.span.start)) };
}

/** The items that lie wholly inside `outer`, in text order: a binary search, then a short walk. */
function inside<T extends { span: Span }>(idx: { items: T[]; starts: Int32Array }, outer: Span): T[] {
  const out: T[] = [];
  for (let k = lowerBound(idx.starts, outer.start); k < idx.items.length; k++) {
    const x = idx.items[k]!;
    if (x.span.start >= outer.end) break;
    if (x.span.end <= outer.end) out.push(x);
  }
  return out;
}

/** The statement's words with its attribution: where its dates are read ("kata Kirby, Rabu"). */
function extent(v: TokenView, d: Draft): Span {
  const a = d.attribution;
  const attr =
    a.first < a.end
      ? { start: v.toks[a.first]!.start, end: v.toks[a.end - 1]!.end }
      : { start: d.span.start, end: d.span.start };
  return { start: Math.min(attr.start, d.span.start), end: Math.max(attr.end, d.span.end) };
}

/**
 * Figures inside a statement's content and dates inside its words or attribution, found by
 * position: the article's figures and dates are sorted once and each statement looks up its
 * range, so the cost grows with the article, not with statements times figures.
 */
export const attachFiguresDates: Refiner = {
  id: 'attach-figures-dates',
  refine(v, candidates) {
    const figures = byStart(v.doc.figures);
    const dates = byStart(v.doc.dates);
    return candidates.map((c) => ({
      ...c,
      figures: inside(figures, c.draft.contentSpan),
      dates: inside(dates, extent(v, c.draft)),
    }));
  },
};
