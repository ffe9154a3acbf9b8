/**
 * The one place browser tests get their server from: the real server on a fresh ledger holding
 * the fixture articles (fixtures/articles.json). CORROBORATE_TEST_MOCK=1 uses the mock instead;
 * CORROBORATE_TEST_URL points the tests at a server already running (with those articles).
 */
import { startMockServer, type RunningServer } from './mock-server.js';
import { startRealServer } from './real-server.js';

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
  return process.env.CORROBORATE_TEST_MOCK ? startMockServer() : startRealServer();
}
