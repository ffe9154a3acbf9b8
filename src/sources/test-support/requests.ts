import type { FetchRequest } from '../fetch.js';
import { RobotsCache } from '../robots-cache.js';

/** An article request to the local test server: private addresses allowed, a fresh robots cache. */
export const articleRequest = (over: Partial<FetchRequest> = {}): FetchRequest => ({
  kind: 'article',
  allowPrivate: true,
  robotsCache: new RobotsCache(),
  ...over,
});
