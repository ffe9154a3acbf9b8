/** One server and one browser per test file, started before its tests and stopped after. */
import { afterAll, beforeAll } from 'vitest';
import { assertFreshBuild, launch, type Browser } from './browser.js';
import { startServer, type RunningServer } from './server.js';

export const BROWSER_TIMEOUT = 60_000;

export function useBrowser(): { server: () => RunningServer; browser: () => Browser } {
  let server: RunningServer | null = null;
  let browser: Browser | null = null;
  beforeAll(async () => {
    assertFreshBuild();
    server = await startServer();
    browser = await launch();
  }, BROWSER_TIMEOUT);
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  }, BROWSER_TIMEOUT);
  return {
    server: () => server ?? raise('server not started'),
    browser: () => browser ?? raise('browser not started'),
  };
}

function raise(message: string): never {
  throw new Error(message);
}

/** The API answer a page is built from, fetched the way the app fetches it. */
export async function apiGet<T>(server: RunningServer, path: string): Promise<T> {
  const response = await fetch(`${server.url}/api${path}`, {
    headers: server.token ? { authorization: `Bearer ${server.token}` } : {},
  });
  if (!response.ok) throw new Error(`GET ${path}: ${response.status}`);
  return (await response.json()) as T;
}
