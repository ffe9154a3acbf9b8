/**
 * A stand-in for `corroborate serve` in browser tests: web/dist at `/`, the API at `/api/*` from
 * the fixtures, and the CSP the real server will send, so a CSP violation fails a test here.
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import { loadFixtures } from './fixtures.js';
import { answerApi } from './mock-api.js';
import { MockLedger } from './mock-ledger.js';
import { serveStatic } from './static-files.js';

export const CSP =
  "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'";
export const WEB_DIST = fileURLToPath(new URL('../../../web/dist', import.meta.url));

export interface RunningServer {
  url: string;
  token: string;
  close(): Promise<void>;
}

export async function startMockServer(token = 'test-token'): Promise<RunningServer> {
  const ledger = new MockLedger(loadFixtures());
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    res.setHeader('content-security-policy', CSP);
    res.setHeader('x-content-type-options', 'nosniff');
    const done = url.pathname.startsWith('/api/')
      ? answerApi(ledger, req, url, token).then(({ status, body }) => {
          res
            .writeHead(status, { 'content-type': 'application/json; charset=utf-8' })
            .end(JSON.stringify(body));
        })
      : serveStatic(WEB_DIST, url.pathname, res);
    done.catch((err: Error) => {
      if (!res.headersSent) res.writeHead(500, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ error: { code: 'internal', message: err.message } }));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    token,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
