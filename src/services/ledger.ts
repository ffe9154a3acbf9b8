import type { ExtractResult } from '../domain/extract-result.js';
import { contentHash } from '../ledger/minhash.js';
import { pipelineVersion } from '../pipeline/stages.js';
import type { RawArticle } from '../sources/file.js';
import type { LedgerStore } from '../store/port.js';
import type { ArticleRecord } from '../store/types.js';
import { buildBundle } from './bundle.js';
import { reapplyCorrections } from './corrections.js';
import { extractText } from './extract.js';

export interface AddOptions {
  lang?: string;
  published?: string | null;
}

export type Extractor = (
  text: string,
  opts: { lang?: string; published?: string | null },
) => Promise<ExtractResult>;

export interface AddResult {
  id: number;
  created: boolean;
  /** why nothing was added: "same text" or "same URL" */
  reason?: string;
  copyOf: number | null;
  language: string;
  statements: number;
  claims: number[];
  warnings: string[];
  /** what the ledger holds of the article (new or already there): no second read needed */
  article: Pick<ArticleRecord, 'url' | 'title' | 'outlet' | 'published'>;
}

const shown = (a: Pick<ArticleRecord, 'url' | 'title' | 'outlet' | 'published'>): AddResult['article'] => ({
  url: a.url,
  title: a.title,
  outlet: a.outlet,
  published: a.published,
});

/**
 * The ledger's use cases over a store: add an article (extract, find its near-copies, link its
 * statements into claims, write it all at once) and reprocess what an upgraded pipeline reads
 * differently. Writes are serialised so concurrent adds never interleave their reads and writes.
 */
export class Ledger {
  private queue: Promise<unknown> = Promise.resolve();

  /**
   * `extract` reads an article (default: in this thread); the API passes one that runs in a
   * worker thread with a time budget, so a huge article never stalls the server.
   */
  constructor(
    readonly store: LedgerStore,
    private readonly extract: Extractor = async (text, o) => extractText(text, o),
  ) {}

  private serial<T>(fn: () => Promise<T>): Promise<T> {
    const run = this.queue.then(fn, fn);
    this.queue = run.catch(() => undefined);
    return run;
  }

  add(raw: RawArticle, opts: AddOptions = {}): Promise<AddResult> {
    return this.serial(async () => {
      const hash = contentHash(raw.text);
      const url = webUrl(raw.url);
      const before = await this.known(hash, url);
      if (before) return before;
      const urlWarnings =
        raw.url && !url
          ? [`ignored the link "${raw.url.slice(0, 80)}": only http and https links are kept`]
          : [];
      const published = opts.published ?? raw.published;
      const lang = opts.lang ?? raw.language ?? undefined;
      // extraction takes the time and holds no lock: other processes write meanwhile
      const result: ExtractResult = await this.extract(raw.text, { ...(lang ? { lang } : {}), published });
      // one short write transaction: look again (another process may have added it since),
      // find near-copies and claims, write
      return this.store.batch(async () => {
        const again = await this.known(hash, url);
        if (again) return again;
        const bundle = await buildBundle(
          this.store,
          raw.text,
          result,
          {
            url,
            canonicalUrl: webUrl(raw.canonicalUrl ?? null) ?? url,
            title: raw.title ?? headline(raw.text),
            outlet: raw.outlet,
            published,
            path: raw.path,
          },
          pipelineVersion(),
        );
        const out = await this.store.commitArticle(bundle);
        return {
          id: out.articleId,
          created: true,
          copyOf: bundle.article.copyOf,
          language: result.language,
          statements: out.statementIds.length,
          claims: out.claimIds,
          warnings: [...urlWarnings, ...result.warnings],
          article: shown(bundle.article),
        };
      });
    });
  }

  /** The article already in the ledger with this text or URL, as an "unchanged" result. */
  private async known(hash: string, url: string | null): Promise<AddResult | null> {
    const same =
      (await this.store.findArticle({ contentHash: hash })) ??
      (url ? await this.store.findArticle({ url }) : null);
    if (!same) return null;
    return {
      id: same.id,
      created: false,
      reason: same.contentHash === hash ? 'same text' : 'same URL',
      copyOf: same.copyOf,
      language: same.language,
      statements: same.statements,
      claims: [],
      warnings: [],
      article: shown(same),
    };
  }

  /** Runs a bulk operation as one unit of work in the store (see LedgerStore.batch). */
  batch<T>(fn: () => Promise<T>): Promise<T> {
    return this.store.batch(fn);
  }

  /** Re-extracts articles made by an older pipeline; returns how many were redone. */
  reprocess(onProgress?: (done: number) => void): Promise<{ reprocessed: number }> {
    return this.serial(async () => {
      const version = pipelineVersion();
      let done = 0;
      for (;;) {
        const ids = await this.store.staleArticles(version, 100);
        if (!ids.length) break;
        for (const id of ids) {
          const a = await this.store.getArticle(id);
          if (!a) continue;
          const result = extractText(a.text, { ...(a.published ? { published: a.published } : {}) });
          const bundle = await buildBundle(
            this.store,
            a.text,
            result,
            {
              url: a.url,
              canonicalUrl: a.canonicalUrl,
              title: a.title,
              outlet: a.outlet,
              published: a.published,
              path: a.path,
            },
            version,
          );
          await this.store.replaceExtraction(id, bundle);
          // the analyst's corrections outrank the machine's new reading
          await reapplyCorrections(this.store, [id]);
          // counted apart: `onProgress?.(++done)` skips the increment when no one listens
          done++;
          onProgress?.(done);
        }
      }
      return { reprocessed: done };
    });
  }
}

/** `url` when it is an absolute http or https link, else null: never `javascript:` or `data:`. */
export function webUrl(url: string | null): string | null {
  if (!url) return null;
  try {
    const u = new URL(url);
    return u.protocol === 'http:' || u.protocol === 'https:' ? url : null;
  } catch {
    return null;
  }
}

/** The first line of a text when it reads like a headline (short, no final period). */
export function headline(text: string): string | null {
  const first =
    text
      .split('\n')
      .find((l) => l.trim())
      ?.trim() ?? '';
  return first && first.length <= 200 && !/[.!?]$/.test(first) ? first : null;
}
