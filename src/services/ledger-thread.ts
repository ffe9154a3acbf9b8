import type { RawArticle } from '../sources/file.js';
import type { AddOptions, AddResult } from './ledger.js';
import type { AddRequest, LedgerThreadData } from './ledger-worker.js';
import { ThreadClient } from './thread-client.js';
import { DEFAULT_BUDGET_MS } from './worker-extractor.js';

/**
 * Adding articles to a SQLite ledger from a thread of its own, for the server: a 2-million-
 * character article takes seconds to link and write, and on the server's event loop every
 * request (`/api/health` included) would wait for it. The thread has its own connection (the
 * ledger's WAL lets the server's readers go on meanwhile) and adds one article at a time; its
 * extraction keeps the server's time budget. Never stopped in the middle of a write: an article
 * is refused over budget while it is still being read, before anything is written.
 */
export class LedgerThread {
  private readonly thread: ThreadClient<AddRequest, AddResult>;
  private readonly pending = new Set<Promise<unknown>>();

  constructor(file: string, budgetMs = DEFAULT_BUDGET_MS) {
    this.thread = new ThreadClient('ledger-worker', { file, budgetMs } satisfies LedgerThreadData);
  }

  readonly add = (raw: RawArticle, opts: AddOptions = {}): Promise<AddResult> => {
    const p = this.thread.request({ raw, opts });
    const settled: Promise<boolean> = p.then(
      () => this.pending.delete(settled),
      () => this.pending.delete(settled),
    );
    this.pending.add(settled);
    return p;
  };

  /** Lets the articles being added finish (each is one transaction), then ends the thread. */
  async stop(): Promise<void> {
    while (this.pending.size) await Promise.all(this.pending);
    await this.thread.stop();
  }
}
