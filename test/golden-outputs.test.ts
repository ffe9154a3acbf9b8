import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { GOLDEN_FILE, GoldenSnapshot, goldenOutputs, goldenProblems } from '../src/eval/golden.js';

const root = path.resolve(import.meta.dirname, '..', 'fixtures');
const file = path.join(root, GOLDEN_FILE);

describe('stage versions move whenever the golden fixtures read differently', () => {
  it(`matches ${GOLDEN_FILE} (regenerate with UPDATE_GOLDEN=1 after bumping a version)`, () => {
    const now = goldenOutputs(root);
    if (process.env.UPDATE_GOLDEN === '1') {
      fs.writeFileSync(file, `${JSON.stringify(now, null, 2)}\n`);
      return;
    }
    expect(
      fs.existsSync(file),
      `${GOLDEN_FILE} is missing: run UPDATE_GOLDEN=1 npx vitest run test/golden-outputs.test.ts`,
    ).toBe(true);
    const committed = GoldenSnapshot.parse(JSON.parse(fs.readFileSync(file, 'utf8')));
    expect(goldenProblems(committed, now)).toEqual([]);
  });
});
