import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { HARBOUR_A, HARBOUR_B } from '../../services/fixtures/corrections-articles.js';
import { main } from '../main.js';

async function run(args: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(args, { out: (s) => out.push(s), err: (s) => err.push(s), tty: false });
  return { code, out: out.join(''), err: err.join('') };
}

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'corroborate-correct-'));
const db = path.join(dir, 'ledger.db');
const json = async (args: string[]) => {
  const r = await run([...args, '--db', db, '--json']);
  expect(r.err).toBe('');
  expect(r.code).toBe(0);
  return JSON.parse(r.out);
};

describe('`corroborate correct`, `verdict` and `history`', () => {
  it('corrects, moves, rates and shows it all in `claim --json` and `history`, through `reprocess --all`', async () => {
    for (const [i, a] of [HARBOUR_A, HARBOUR_B].entries()) {
      const f = path.join(dir, `a${i}.txt`);
      fs.writeFileSync(f, a.text);
      expect((await run(['add', f, '--db', db, '--published', a.published])).code).toBe(0);
    }
    const claims = (await json(['claims'])).claims as Array<{ id: number; statements: number }>;
    const big = claims.find((c) => c.statements === 2)!;
    const before = (await json(['claim', String(big.id)])).claim;
    const [first, second] = before.statements;
    await json([
      'correct',
      'statement',
      String(first.id),
      '--stance',
      'conditional',
      '--by',
      'ana',
      '--reason',
      'says until',
    ]);
    const moved = (await json(['correct', 'move', String(second.id), '--new', '--by', 'ana'])).correction;
    await json([
      'verdict',
      String(big.id),
      '--rating',
      'mixed',
      '--note',
      'partly',
      '--status',
      'published',
      '--by',
      'ben',
    ]);
    expect((await json(['reprocess', '--all'])).reprocessed).toBe(2);
    const after = (await json(['claim', String(big.id)])).claim;
    expect(after.verdict).toMatchObject({ rating: 'mixed', note: 'partly', status: 'published', by: 'ben' });
    expect(after.statements).toHaveLength(1);
    expect(after.statements[0]).toMatchObject({
      content: first.content,
      stance: 'conditional',
      corrected: true,
    });
    const mine = (await json(['claim', String(moved.claimId)])).claim;
    expect(
      mine.statements.map((s: { content: string; corrected: boolean }) => [s.content, s.corrected]),
    ).toEqual([[second.content, true]]);
    const history = (await json(['history', String(big.id)])).history as Array<{ field: string; by: string }>;
    expect(history.map((h) => `${h.field}:${h.by}`)).toEqual(['stance:ana', 'move:ana', 'verdict:ben']);
    const text = await run(['history', String(big.id), '--db', db]);
    expect(text.out).toMatch(/stance .*assert.* -> conditional \(says until\)/);
  });

  it('refuses a verdict outside the scale and a move without a target, with exit code 2', async () => {
    expect((await run(['verdict', '1', '--rating', 'pants on fire', '--db', db])).code).toBe(2);
    const r = await run(['correct', 'move', '1', '--db', db]);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/--to <claimId> or --new/);
  });

  it('reads a desk scale from the config file', async () => {
    const cfg = path.join(dir, 'desk.json');
    fs.writeFileSync(cfg, JSON.stringify({ ratings: ['verified', 'misleading'] }));
    process.env.CORROBORATE_CONFIG = cfg;
    try {
      expect((await run(['verdict', '1', '--rating', 'misleading', '--db', db])).code).toBe(0);
      expect((await run(['verdict', '1', '--rating', 'mixed', '--db', db])).code).toBe(2);
    } finally {
      delete process.env.CORROBORATE_CONFIG;
    }
  });
});
