import { afterAll, beforeAll, expect, it } from 'vitest';
import { HARBOUR_A, HARBOUR_B } from '../../services/fixtures/corrections-articles.js';
import { Ledger } from '../../services/ledger.js';
import { textArticle } from '../../sources/file.js';
import { PgStore } from '../../store/postgres/store.js';
import { describeWithPg, freshDatabase } from '../../store/postgres/test-support.js';
import { main } from '../main.js';

async function run(args: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(args, { out: (s) => out.push(s), err: (s) => err.push(s), tty: false });
  return { code, out: out.join(''), err: err.join('') };
}

describeWithPg('`corroborate correct`, `verdict`, `history` and `reprocess` on PostgreSQL', (admin) => {
  let url = '';
  let drop: () => Promise<void> = async () => undefined;
  const json = async (args: string[]) => {
    const r = await run([...args, '--db', url, '--json']);
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    return JSON.parse(r.out);
  };

  beforeAll(async () => {
    ({ url, drop } = await freshDatabase(admin));
    // filled in-process: `add` on PostgreSQL queues for workers, which this test does not run
    const store = await new PgStore(url, { poolSize: 2 }).open();
    const ledger = new Ledger(store);
    for (const a of [HARBOUR_A, HARBOUR_B])
      await ledger.add({ ...textArticle(a.text, null), url: a.url, published: a.published });
    await store.close();
  });
  afterAll(async () => drop());

  it('corrects, rates, keeps both through `reprocess --all`, and lists who did what', async () => {
    const claims = (await json(['claims'])).claims as Array<{ id: number; statements: number }>;
    const big = claims.find((c) => c.statements === 2)!;
    const [first, second] = (await json(['claim', String(big.id)])).claim.statements;
    await json(['correct', 'statement', String(first.id), '--stance', 'hedge', '--by', 'ana']);
    const moved = (await json(['correct', 'move', String(second.id), '--new', '--by', 'ana'])).correction;
    await json(['verdict', String(big.id), '--rating', 'mixed', '--by', 'ben']);
    expect((await json(['reprocess', '--all'])).reprocessed).toBe(2);
    const after = (await json(['claim', String(big.id)])).claim;
    expect(after.verdict).toMatchObject({ rating: 'mixed', by: 'ben' });
    expect(
      after.statements.map((s: { stance: string; corrected: boolean }) => [s.stance, s.corrected]),
    ).toEqual([['hedge', true]]);
    const mine = (await json(['claim', String(moved.claimId)])).claim;
    expect(mine.statements.map((s: { content: string }) => s.content)).toEqual([second.content]);
    const history = (await json(['history', String(big.id)])).history as Array<{
      id: number;
      field: string;
      by: string;
    }>;
    expect(history.map((h) => `${h.field}:${h.by}`)).toEqual(['stance:ana', 'move:ana', 'verdict:ben']);
    const undone = await json(['correct', 'undo', String(history[0]!.id), '--by', 'ana']);
    expect(undone.correction).toMatchObject({ field: 'undo', undoes: history[0]!.id });
    const back = (await json(['claim', String(big.id)])).claim;
    expect(back.statements[0]).toMatchObject({ stance: first.stance, corrected: false });
  });
});
