/**
 * @module Issue 15's finding re-run as written: one `corroborate serve` process on a SQLite
 * ledger takes a POST of a quote-dense text of about two million characters, while a client asks
 * `/api/health` every 50 ms. Reports the health answers' latency over the whole POST (reading,
 * linking and writing), the POST's time and status, and the server's peak memory.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { percentiles, type Latency } from './ledger.js';
import { quoteDenseText } from './process.js';
import { run, serveOrigin, TOKEN } from './writers.js';

export interface HugePostResult {
  chars: number;
  status: number;
  answer: string;
  seconds: number;
  health: Latency & { max: number; errors: number };
}

export async function benchHugePost(root: string, chars = 2_200_000): Promise<HugePostResult> {
  const bin = path.join(root, 'bin', 'corroborate.js');
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'corr-bench-post-'));
  const serve = run(bin, ['serve', '--db', path.join(dir, 'ledger.db'), '--port', '0']);
  try {
    const origin = await serveOrigin(serve);
    const text = quoteDenseText(chars);
    let done = false;
    const t0 = performance.now();
    const post = fetch(`${origin}/api/articles`, {
      method: 'POST',
      headers: { authorization: `Bearer ${TOKEN}`, 'content-type': 'application/json' },
      body: JSON.stringify({ text, language: 'en' }),
    }).finally(() => (done = true));
    const waits: number[] = [];
    let errors = 0;
    while (!done) {
      const t = performance.now();
      const ok = await fetch(`${origin}/api/health`).then(
        (r) => r.ok,
        () => false,
      );
      if (!ok) errors++;
      waits.push(performance.now() - t);
      await new Promise((r) => setTimeout(r, 50));
    }
    const res = await post;
    const answer = (await res.text()).slice(0, 200);
    return {
      chars: text.length,
      status: res.status,
      answer,
      seconds: (performance.now() - t0) / 1000,
      health: { ...percentiles(waits), max: Math.max(0, ...waits), errors },
    };
  } finally {
    serve.child.kill('SIGTERM');
    await serve.done;
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
