import os from 'node:os';
import type { ExtractResult } from '../domain/extract-result.js';
import type { RawArticle } from '../sources/file.js';
import { Ledger, type AddResult } from './ledger.js';
import { WorkerExtractor } from './worker-extractor.js';

/** No time limit worth the name on the command line: a long article is read, however long. */
const CLI_BUDGET_MS = 60 * 60 * 1000;

/** The extraction threads `add` uses: one per core, none on a single core. */
export const defaultThreads = (): number => {
  const cores = os.availableParallelism?.() ?? os.cpus().length;
  return cores > 1 ? cores : 0;
};

export interface Loaded {
  article: RawArticle;
  lang?: string;
}

/**
 * Adds many articles to a ledger with every core reading: articles are extracted in worker
 * threads, a few ahead of the one being committed, and committed by this thread alone, in the
 * order given, so the ledger ends up exactly as if they were added one by one.
 */
export async function addInParallel<T>(
  ledger: Ledger,
  items: readonly T[],
  load: (item: T) => Promise<Loaded>,
  onDone: (item: T, index: number, out: { result: AddResult } | { error: unknown }) => void,
  threads = defaultThreads(),
): Promise<void> {
  if (threads < 1 || items.length < 2) {
    for (const [i, item] of items.entries()) {
      try {
        const { article, lang } = await load(item);
        onDone(item, i, { result: await ledger.add(article, lang ? { lang } : {}) });
      } catch (error) {
        onDone(item, i, { error });
      }
    }
    return;
  }
  const pool = Array.from({ length: threads }, () => new WorkerExtractor(CLI_BUDGET_MS));
  const ahead = threads * 2;
  const started: Array<Promise<{ loaded: Loaded; result: ExtractResult }>> = [];
  // read one at a time, in order (a URL's host sees one request at a time, as before)
  let reading: Promise<unknown> = Promise.resolve();
  const start = (i: number) => {
    const loading = reading.then(() => load(items[i]!));
    reading = loading.catch(() => undefined);
    const p = loading.then(async (loaded) => {
      const lang = loaded.lang ?? loaded.article.language ?? undefined;
      const result = await pool[i % threads]!.extract(loaded.article.text, {
        ...(lang ? { lang } : {}),
        published: loaded.article.published,
      });
      return { loaded, result };
    });
    p.catch(() => undefined);
    started[i] = p;
  };
  try {
    for (let i = 0; i < Math.min(ahead, items.length); i++) start(i);
    for (let i = 0; i < items.length; i++) {
      if (i + ahead < items.length) start(i + ahead);
      try {
        const { loaded, result } = await started[i]!;
        // the commit: Ledger.add with the reading already done
        const one = new Ledger(ledger.store, async () => result);
        onDone(items[i]!, i, {
          result: await one.add(loaded.article, loaded.lang ? { lang: loaded.lang } : {}),
        });
      } catch (error) {
        onDone(items[i]!, i, { error });
      }
    }
  } finally {
    await Promise.all(pool.map((w) => w.stop()));
  }
}
