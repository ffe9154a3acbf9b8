/**
 * @module The body of the ledger thread (see ledger-thread.ts): its own connection to the SQLite
 * ledger, adding the articles sent to it one at a time. Extraction runs in a further thread with
 * the server's time budget; finding copies, linking and the write run here, off the server's
 * event loop.
 */
import { parentPort, workerData } from 'node:worker_threads';
import type { RawArticle } from '../sources/file.js';
import { SqliteStore } from '../store/sqlite/store.js';
import { Ledger, type AddOptions } from './ledger.js';
import { serveThread } from './thread-client.js';
import { WorkerExtractor } from './worker-extractor.js';

export interface LedgerThreadData {
  file: string;
  budgetMs: number;
}

export interface AddRequest {
  raw: RawArticle;
  opts: AddOptions;
}

if (parentPort) {
  const { file, budgetMs } = workerData as LedgerThreadData;
  const ledger = new Ledger(new SqliteStore(file), new WorkerExtractor(budgetMs).extract);
  serveThread(parentPort, (m: AddRequest) => ledger.add(m.raw, m.opts));
}
