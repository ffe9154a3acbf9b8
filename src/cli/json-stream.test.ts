import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { writeJson } from './json-stream.js';

const written = (value: unknown, chunk?: number): string => {
  let out = '';
  writeJson((s) => (out += s), value, chunk);
  return out;
};

describe('writeJson', () => {
  it('writes exactly what JSON.stringify(value, null, 2) writes, for any JSON value and chunk size', () => {
    fc.assert(
      fc.property(fc.jsonValue(), fc.integer({ min: 1, max: 64 }), (v, chunk) => {
        expect(written(v, chunk)).toBe(`${JSON.stringify(v, null, 2)}\n`);
      }),
      { numRuns: 300 },
    );
  });

  it('skips undefined and function properties, writes null for them in arrays, and calls toJSON', () => {
    const v = {
      a: undefined,
      b: [undefined, () => 1, new Date(0), { c: undefined }],
      d: { toJSON: () => [1, { e: 'x\ny' }] },
      f: new Map([[1, 2]]),
      g: {},
      h: [],
    };
    expect(written(v, 3)).toBe(`${JSON.stringify(v, null, 2)}\n`);
    expect(written(undefined)).toBe('undefined\n');
  });

  it('writes long arrays, nested at any depth, as JSON.stringify does', () => {
    const rows = Array.from({ length: 700 }, (_, i) => ({ i, tags: ['a', 'b'], nested: [[i], { x: null }] }));
    for (const v of [
      rows,
      { rows },
      { a: { rows } },
      [rows, rows],
      { rows: rows.map((r) => [r, undefined]) },
    ])
      expect(written(v, 1000)).toBe(`${JSON.stringify(v, null, 2)}\n`);
  });

  it('hands a large array out in several writes', () => {
    const writes: string[] = [];
    const v = { items: Array.from({ length: 1000 }, (_, i) => ({ i, s: 'text '.repeat(10) })) };
    writeJson((s) => writes.push(s), v, 4096);
    expect(writes.length).toBeGreaterThan(3);
    expect(writes.join('')).toBe(`${JSON.stringify(v, null, 2)}\n`);
  });
});
