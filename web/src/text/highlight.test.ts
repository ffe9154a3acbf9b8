import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildRuns, runsText, type Mark, type Run } from './highlight.js';

const mark = (start: number, end: number, data: string, rank = 0): Mark<string> => ({
  start,
  end,
  rank,
  data,
});

/** "label[text]" rendering of a run tree, for readable expectations. */
function show(runs: Run<string>[]): string {
  return runs
    .map((r) => (r.type === 'text' ? r.text : `${r.mark.data}${r.first ? '' : "'"}[${show(r.children)}]`))
    .join('');
}

/** For each character, the marks covering it, read back from the tree. */
function coverage(runs: Run<string>[], outer: string[] = [], out: string[][] = []): string[][] {
  for (const r of runs) {
    if (r.type === 'text') for (let i = 0; i < r.text.length; i++) out.push([...outer].sort());
    else coverage(r.children, [...outer, r.mark.data], out);
  }
  return out;
}

describe('article highlighting', () => {
  it('nests a figure inside the content inside the statement', () => {
    const text = 'NIS said 1,500 troops left.';
    const runs = buildRuns(text, [
      mark(0, 27, 'S'),
      mark(0, 3, 'speaker', 1),
      mark(9, 26, 'content', 1),
      mark(9, 21, 'figure', 2),
    ]);
    expect(show(runs)).toBe('S[speaker[NIS] said content[figure[1,500 troops] left].]');
  });

  it('cuts a span that crosses its parent into pieces and marks only the first', () => {
    const runs = buildRuns('abcdefgh', [mark(0, 5, 'A'), mark(3, 8, 'B')]);
    expect(show(runs)).toBe("A[abcB[de]]B'[fgh]");
  });

  it('keeps text outside every span and drops spans that cover nothing', () => {
    const runs = buildRuns('hello world', [mark(6, 6, 'empty'), mark(20, 30, 'beyond'), mark(6, 11, 'W')]);
    expect(show(runs)).toBe('hello W[world]');
  });

  it('keeps markup in article text as plain characters', () => {
    const text = 'He wrote <script>alert(1)</script> on the wall.';
    const runs = buildRuns(text, [mark(9, 34, 'content')]);
    expect(runsText(runs)).toBe(text);
    expect(show(runs)).toContain('content[<script>alert(1)</script>]');
  });

  it('never loses or duplicates a character, and each covers exactly its spans', () => {
    const spans = fc.array(
      fc.tuple(
        fc.integer({ min: -2, max: 42 }),
        fc.integer({ min: -2, max: 42 }),
        fc.integer({ min: 0, max: 3 }),
      ),
      { maxLength: 12 },
    );
    fc.assert(
      fc.property(fc.string({ maxLength: 40 }), spans, (text, raw) => {
        const marks = raw.map(([a, b, rank], i) => mark(a, b, `m${i}`, rank));
        const runs = buildRuns(text, marks);
        expect(runsText(runs)).toBe(text);
        const expected = Array.from({ length: text.length }, (_, i) =>
          marks
            .filter((m) => m.start <= i && i < m.end)
            .map((m) => m.data)
            .sort(),
        );
        expect(coverage(runs)).toEqual(expected);
      }),
    );
  });

  it('marks the first piece of every span exactly once', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.nat(30), fc.nat(30)), { maxLength: 10 }), (raw) => {
        const marks = raw.map(([a, b], i) => mark(Math.min(a, b), Math.max(a, b), `m${i}`));
        const firsts: string[] = [];
        const walk = (runs: Run<string>[]) =>
          runs.forEach((r) => r.type === 'mark' && (r.first && firsts.push(r.mark.data), walk(r.children)));
        walk(buildRuns('x'.repeat(30), marks));
        expect(firsts.sort()).toEqual(
          marks
            .filter((m) => m.end > m.start)
            .map((m) => m.data)
            .sort(),
        );
      }),
    );
  });
});
