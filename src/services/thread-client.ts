import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import { CorroborateError, isCorroborateError, type ErrorCode } from '../domain/errors.js';

/** What a thread body answers: ready once loaded, then one reply per request. */
export type ThreadReply<R> =
  | { ready: true }
  | { id: number; result: R }
  | { id: number; error: { code: ErrorCode | null; message: string } };

// Built, a thread's body is a .js file beside this one. From source (tests, `tsx`) it is
// TypeScript: the thread registers tsx's loader first, then imports it.
const fromSource = import.meta.url.endsWith('.ts');

function newWorker(name: string, workerData: unknown): Worker {
  if (!fromSource) return new Worker(new URL(`./${name}.js`, import.meta.url), { workerData });
  // the package's ESM entry sits beside the CommonJS one that require.resolve names
  const api = createRequire(import.meta.url)
    .resolve('tsx/esm/api')
    .replace(/\.cjs$/, '.mjs');
  const tsx = pathToFileURL(api).href;
  const body = new URL(`./${name}.ts`, import.meta.url).href;
  return new Worker(
    `import(${JSON.stringify(tsx)}).then((m) => { m.register(); return import(${JSON.stringify(body)}); });`,
    { eval: true, workerData },
  );
}

/**
 * Requests to a worker thread and their answers, one promise each: the thread is started on the
 * first request and again after it stopped; its errors keep their code (CorroborateError).
 */
export class ThreadClient<Q, R> {
  private worker: Worker | null = null;
  private ready: Promise<void> | null = null;
  private next = 1;
  private waiting = new Map<number, { resolve: (r: R) => void; reject: (e: Error) => void }>();

  /** `name`: the thread body's module beside this one ("extract-worker"). */
  constructor(
    private readonly name: string,
    private readonly workerData?: unknown,
  ) {}

  async request(payload: Q): Promise<R> {
    const worker = await this.start();
    const id = this.next++;
    return new Promise<R>((resolve, reject) => {
      this.waiting.set(id, { resolve, reject });
      worker.postMessage({ id, payload });
    });
  }

  private start(): Promise<Worker> {
    if (this.worker && this.ready) return this.ready.then(() => this.worker!);
    const worker = newWorker(this.name, this.workerData);
    worker.unref();
    this.worker = worker;
    this.ready = new Promise<void>((resolve, reject) => {
      worker.on('message', (m: ThreadReply<R>) => {
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
      worker.on('exit', () => this.fail(worker, new Error(`the ${this.name} thread stopped`)));
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

  /** Ends the thread at once; the next request starts a new one. */
  async stop(): Promise<void> {
    const w = this.worker;
    this.worker = null;
    this.ready = null;
    for (const x of this.waiting.values()) x.reject(new Error(`the ${this.name} thread was stopped`));
    this.waiting.clear();
    if (w) await w.terminate();
  }
}

/**
 * A thread body's side: answers each request with `handle`'s result, or its error's code and
 * message, and says it is ready once loaded.
 */
export function serveThread<Q, R>(
  port: {
    on(e: 'message', f: (m: { id: number; payload: Q }) => void): unknown;
    postMessage(m: unknown): void;
  },
  handle: (payload: Q) => R | Promise<R>,
): void {
  port.on('message', (m) => {
    void (async () => {
      try {
        port.postMessage({ id: m.id, result: await handle(m.payload) });
      } catch (e) {
        port.postMessage({
          id: m.id,
          error: { code: isCorroborateError(e) ? e.code : null, message: (e as Error)?.message ?? String(e) },
        });
      }
    })();
  });
  port.postMessage({ ready: true });
}
