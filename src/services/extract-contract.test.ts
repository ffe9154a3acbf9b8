import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ExtractResultSchema } from '../domain/extract-result.js';
import { listFixtures } from '../eval/fixtures.js';
import { extractText } from './extract.js';

const root = path.resolve(import.meta.dirname, '..', '..', 'fixtures');

/**
 * The zod schema is the one declaration of `extract --json`. What the pipeline prints must be
 * exactly what the schema describes: a field the schema does not know would reach consumers
 * undocumented (zod strips it on parse, so a parse-and-compare shows it), a missing or mistyped
 * one would break them.
 */
describe('the extract contract', () => {
  const fixtures = listFixtures(root);
  const byLang = new Map<string, (typeof fixtures)[number]>();
  for (const f of fixtures) if (!byLang.has(f.lang)) byLang.set(f.lang, f);

  it('every language has at least one fixture to check', () => {
    expect(byLang.size).toBeGreaterThan(10);
  });

  it.each([...byLang.values()].map((f) => [f.lang, f.name, f.dir] as const))(
    'the %s fixture %s extracts to exactly the declared schema, nothing more or less',
    (_lang, _name, dir) => {
      const text = fs.readFileSync(path.join(dir, 'input.txt'), 'utf8');
      const printed = JSON.parse(
        JSON.stringify(extractText(text, { published: '2026-01-15' }, { path: 'input.txt' })),
      ) as unknown;
      const parsed = ExtractResultSchema.safeParse(printed);
      expect(parsed.error?.issues ?? []).toEqual([]);
      expect(parsed.data).toEqual(printed);
    },
  );

  it('a field the schema does not declare is noticed', () => {
    const text = 'The minister said the bridge would reopen on Monday.';
    const printed = JSON.parse(JSON.stringify(extractText(text, { lang: 'en' }))) as {
      statements: Array<Record<string, unknown>>;
    };
    expect(printed.statements.length).toBeGreaterThan(0);
    printed.statements[0]!.secret = 1;
    expect(ExtractResultSchema.parse(printed)).not.toEqual(printed);
  });
});
