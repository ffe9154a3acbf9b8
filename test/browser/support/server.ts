/**
 * The one place browser tests get their server from. Today: the mock. To run the same tests
 * against the real server, set CORROBORATE_TEST_URL (and CORROBORATE_TOKEN for writes); that
 * server must have the fixture articles (fixtures/articles.json) ingested.
 */
import { startMockServer, type RunningServer } from './mock-server.js';

export type { RunningServer };

export async function startServer(): Promise<RunningServer> {
  const external = process.env.CORROBORATE_TEST_URL;
  if (external) {
    return {
      url: external.replace(/\/+$/, ''),
      token: process.env.CORROBORATE_TOKEN ?? '',
      close: async () => undefined,
    };
  }
  return startMockServer();
}
