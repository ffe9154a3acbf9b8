import { CorroborateError } from '../domain/errors.js';
import type { ExtractResult } from '../domain/extract-result.js';
import type { ExtractRequest } from './extract-worker.js';
import type { Extractor } from './ledger.js';
import { ThreadClient } from './thread-client.js';

export const DEFAULT_BUDGET_MS = 30_000;

/**
 * Extraction in a worker thread, for the server: a 5 MB article takes its seconds there while
 * the event loop keeps answering `/api/health` and reads. An article that takes longer than
 * `budgetMs` is refused with a clear error, and the worker (stuck in it) is replaced.
 */
export class WorkerExtractor {
  private readonly thread = new ThreadClient<ExtractRequest, ExtractResult>('extract-worker');

  constructor(private readonly budgetMs = DEFAULT_BUDGET_MS) {}

  readonly extract: Extractor = async (text, opts) => {
    let timer: NodeJS.Timeout | undefined;
    const overBudget = new Promise<never>((_, reject) => {
      timer = setTimeout(() => {
        reject(
          new CorroborateError(
            'input_too_large',
            `the article took more than ${this.budgetMs >= 1000 ? `${Math.round(this.budgetMs / 1000)} s` : `${this.budgetMs} ms`} to read and was not added (${text.length.toLocaleString('en')} characters); add it from the command line, which has no time limit`,
          ),
        );
        // the thread is stuck in this article: replace it (after the refusal above is settled)
        void this.thread.stop();
      }, this.budgetMs);
    });
    try {
      return await Promise.race([this.thread.request({ text, opts }), overBudget]);
    } finally {
      clearTimeout(timer);
    }
  };

  /** Ends the worker; the next extraction starts a new one. */
  stop(): Promise<void> {
    return this.thread.stop();
  }
}
