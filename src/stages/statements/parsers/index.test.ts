import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { PARSERS } from './index.js';

const HELPERS = new Set([
  'index',
  'types',
  'run',
  'needs',
  'clause',
  'adjuncts',
  'charge',
  'cue',
  'relay',
  // read inside other parsers: a clause's subject, the speaker before a colon (quote.ts)
  'clause-subject',
  'colon-subject',
  // a lone quotation a resumptive or cleft attributes (resumptive.ts, cleft.ts)
  'quote-before',
]);

describe('the ordered list of parsers', () => {
  it('holds every construction file of the folder, once', () => {
    const files = fs
      .readdirSync(import.meta.dirname)
      .filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts'))
      .map((f) => f.slice(0, -3))
      .filter((f) => !HELPERS.has(f));
    // every construction file is in the list (a file may hold two parsers of one construction:
    // its quoted and its reported form), and no rule id is used twice
    const index = fs.readFileSync(`${import.meta.dirname}/index.ts`, 'utf8');
    for (const f of files) expect(index, f).toContain(`from './${f}.js'`);
    expect(PARSERS.length).toBeGreaterThanOrEqual(files.length);
    expect(new Set(PARSERS.map((p) => p.rule)).size).toBe(PARSERS.length);
  });

  it('reads the article first, then each sentence, then each token, then sentences left unread', () => {
    const order = { article: 0, sentence: 1, token: 2, leftover: 3 } as const;
    const scopes = PARSERS.map((p) => order[p.scope]);
    expect(scopes).toEqual([...scopes].sort((a, b) => a - b));
  });
});
