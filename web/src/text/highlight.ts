/**
 * Turns an article's text and the spans of what was extracted from it into a tree of text runs.
 * Spans may nest (a figure inside a statement's content) or cross (an implied speaker's mention
 * reaching into the next statement); a span that crosses its parent's end is cut into pieces, the
 * first of which carries `first: true`. Every character of the text appears exactly once.
 */
export interface Mark<D = unknown> {
  start: number;
  end: number;
  /** drawing order when two marks cover the same characters: lower ranks sit outside */
  rank: number;
  data: D;
}

export interface TextRun {
  type: 'text';
  text: string;
  start: number;
}
export interface MarkRun<D = unknown> {
  type: 'mark';
  mark: Mark<D>;
  first: boolean;
  children: Run<D>[];
}
export type Run<D = unknown> = TextRun | MarkRun<D>;

const outerFirst = (a: Mark, b: Mark): number => a.start - b.start || b.end - a.end || a.rank - b.rank;

/** Marks clamped to the text; empty and inverted ones dropped, since they cover no character. */
function usable<D>(text: string, marks: readonly Mark<D>[]): Mark<D>[] {
  return marks
    .map((m) => ({
      ...m,
      start: Math.max(0, Math.min(m.start, text.length)),
      end: Math.max(0, Math.min(m.end, text.length)),
    }))
    .filter((m) => Number.isFinite(m.start) && Number.isFinite(m.end) && m.end > m.start)
    .sort(outerFirst);
}

export function buildRuns<D>(text: string, marks: readonly Mark<D>[]): Run<D>[] {
  const sorted = usable(text, marks);
  const cuts = [...new Set([0, text.length, ...sorted.flatMap((m) => [m.start, m.end])])].sort(
    (a, b) => a - b,
  );
  const root: Run<D>[] = [];
  // open[i] is the mark run at depth i; its children array is where deeper runs go
  let open: MarkRun<D>[] = [];
  const opened = new Set<Mark<D>>();
  for (let i = 0; i + 1 < cuts.length; i++) {
    const start = cuts[i]!;
    const end = cuts[i + 1]!;
    const active = sorted.filter((m) => m.start <= start && end <= m.end);
    let keep = 0;
    while (keep < open.length && keep < active.length && open[keep]!.mark === active[keep]) keep++;
    open = open.slice(0, keep);
    for (const mark of active.slice(keep)) {
      const run: MarkRun<D> = { type: 'mark', mark, first: !opened.has(mark), children: [] };
      opened.add(mark);
      (open.at(-1)?.children ?? root).push(run);
      open.push(run);
    }
    (open.at(-1)?.children ?? root).push({ type: 'text', text: text.slice(start, end), start });
  }
  return root;
}

/** The text a run tree stands for; equals the article text for any input. */
export function runsText(runs: readonly Run[]): string {
  return runs.map((run) => (run.type === 'text' ? run.text : runsText(run.children))).join('');
}
