import { CorroborateError } from '../domain/errors.js';
import type { RawArticle } from './file.js';

export interface FetchOptions {
  allowPrivate: boolean;
  maxBytes: number;
  timeoutMs?: number;
}

/** Placeholder until the safe fetcher lands. */
export async function fetchArticle(url: string, _opts: FetchOptions): Promise<RawArticle> {
  throw new CorroborateError('fetch_failed', `fetching ${url} is not available yet`);
}
