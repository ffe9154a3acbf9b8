export interface PageInfo {
  /** 1-based position of the first and last item shown; 0 and 0 when the page is empty */
  first: number;
  last: number;
  total: number;
  prevOffset: number | null;
  nextOffset: number | null;
}

export function pageInfo(total: number, limit: number, offset: number, shown: number): PageInfo {
  const first = shown > 0 ? offset + 1 : 0;
  return {
    first,
    last: shown > 0 ? offset + shown : 0,
    total,
    prevOffset: offset > 0 ? Math.max(0, offset - limit) : null,
    nextOffset: offset + limit < total ? offset + limit : null,
  };
}
