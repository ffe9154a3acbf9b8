import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import { CorroborateError, type ErrorCode } from '../domain/errors.js';
import type { ExtractResult } from '../domain/extract-result.js';
import type { Extractor } from './ledger.js';

export const DEFAULT_BUDGET_MS = 30_000;

type Reply =
  | { ready: true }
  | { id: number; result: ExtractResult }
  | { id: number; error: { code: ErrorCode | null; message: string } };

// Built, the worker is extract-worker.js. From source (tests, `tsx`) it is TypeScript: the
// thread registers tsx's loader first, then imports it.
const fromSource = import.meta.url.endsWith('.ts');

function newWorker(): Worker {
  if (!fromSource) return new Worker(new URL('./extract-worker.js', import.meta.url));
  // the package's ESM entry sits beside the CommonJS one that require.resolve names
  const api = createRequire(import.meta.url)
    .resolve('tsx/esm/api')
    .replace(/\.cjs$/, '.mjs');
  const tsx = pathToFileURL(api).href;
  const body = new URL('./extract-worker.ts', import.meta.url).href;
  return new Worker(
    `import(${JSON.stringify(tsx)}).then((m) => { m.register(); return import(${JSON.stringify(body)}); });`,
    { eval: true },
  );
}

/**
 * Extraction in a worker thread, for the server: a 5 MB article takes its seconds there while
 * the event loop keeps answering `/api/health` and reads. An article that takes longer than
 * `budgetMs` is refused with a clear error, and the worker (stuck in it) is replaced.
 */
export class WorkerExtractor {
  private worker: Worker | null = null;
  private ready: Promise<void> | null = null;
  private next = 1;
  private waiting = new Map<number, { resolve: (r: ExtractResult) => void; reject: (e: Error) => void }>();

  constructor(private readonly budgetMs = DEFAULT_BUDGET_MS) {}

  readonly extract: Extractor = async (text, opts) => {
    const worker = await this.start();
    const id = this.next++;
    return new Promise<ExtractResult>((resolve, reject) => {
      const timer = setTimeout(() => {
        this.waiting.delete(id);
        void this.stop();
        reject(
          new CorroborateError(
            'input_too_large',
            `the article took more than ${this.budgetMs >= 1000 ? `${Math.round(this.budgetMs / 1000)} s` : `${this.budgetMs} ms`} to read and was not added (${text.length.toLocaleString('en')} characters); add it from the command line, which has no time limit`,
          ),
        );
      }, this.budgetMs);
      this.waiting.set(id, {
        resolve: (r) => (clearTimeout(timer), resolve(r)),
        reject: (e) => (clearTimeout(timer), reject(e)),
      });
      worker.postMessage({ id, text, opts });
    });
  };

  private start(): Promise<Worker> {
    if (this.worker && this.ready) return this.ready.then(() => this.worker!);
    const worker = newWorker();
    worker.unref();
    this.worker = worker;
    this.ready = new Promise<void>((resolve, reject) => {
      worker.on('message', (m: Reply) => {
        if ('ready' in m) return resolve();
        const w = this.waiting.get(m.id);
        this.waiting.delete(m.id);
        if (!w) return;
        if ('result' in m) w.resolve(m.result);
        else if (m.error.code) w.reject(new CorroborateError(m.error.code, m.error.message));
        else w.reject(new Error(m.error.message));
      });
      worker.on('error', (e) => {
        reject(e);
        this.fail(worker, e);
      });
      worker.on('exit', () => this.fail(worker, new Error('the extraction worker stopped')));
    });
    return this.ready.then(() => worker);
  }

  private fail(worker: Worker, e: Error): void {
    if (this.worker !== worker) return;
    this.worker = null;
    this.ready = null;
    for (const w of this.waiting.values()) w.reject(e);
    this.waiting.clear();
  }

  /** Ends the worker; the next extraction starts a new one. */
  async stop(): Promise<void> {
    const w = this.worker;
    this.worker = null;
    this.ready = null;
    for (const x of this.waiting.values()) x.reject(new Error('the extraction worker was stopped'));
    this.waiting.clear();
    if (w) await w.terminate();
  }
}
