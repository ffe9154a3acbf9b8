/** A half-open range of UTF-16 code units in an article's text. */
export interface Span {
  start: number;
  end: number;
}

export const spanOf = (start: number, end: number): Span => ({ start, end });
export const overlaps = (a: Span, b: Span): boolean => a.start < b.end && b.start < a.end;
export const contains = (outer: Span, inner: Span): boolean =>
  outer.start <= inner.start && inner.end <= outer.end;
