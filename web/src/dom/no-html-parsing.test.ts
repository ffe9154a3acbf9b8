import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const SRC = fileURLToPath(new URL('..', import.meta.url));
const sources = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory()
      ? sources(join(dir, e.name))
      : e.name.endsWith('.ts') && !e.name.endsWith('.test.ts')
        ? [join(dir, e.name)]
        : [],
  );

describe('the web app source', () => {
  it('never parses strings as HTML or code, so article text cannot become markup', () => {
    const banned =
      /\.innerHTML|\.outerHTML|insertAdjacentHTML|document\.write|createContextualFragment|DOMParser|\beval\(|new Function\(/;
    const offenders = sources(SRC).filter((file) => banned.test(readFileSync(file, 'utf8')));
    expect(offenders).toEqual([]);
  });

  it('sets no style attribute, which the CSP would block', () => {
    const offenders = sources(SRC).filter((file) =>
      /setAttribute\(\s*['"]style['"]|\.style\.cssText/.test(readFileSync(file, 'utf8')),
    );
    expect(offenders).toEqual([]);
  });
});
