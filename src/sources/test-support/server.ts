import http, { type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach } from 'vitest';

export type Handler = (req: IncomingMessage, res: ServerResponse) => void;

export interface TestServer {
  /** "http://127.0.0.1:PORT" */
  origin: string;
  port: number;
  url(path: string): string;
  /** paths asked for, in order ("/robots.txt" included) */
  requests: string[];
  close(): Promise<void>;
}

/** An HTTP server on 127.0.0.1 (never another interface); unknown paths answer 404. */
export async function startServer(routes: Record<string, Handler>): Promise<TestServer> {
  const requests: string[] = [];
  const server = http.createServer((req, res) => {
    const path = req.url ?? '/';
    requests.push(path);
    const handler = routes[path] ?? routes[path.split('?')[0]!];
    if (handler) handler(req, res);
    else res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const origin = `http://127.0.0.1:${port}`;
  return {
    origin,
    port,
    url: (path) => `${origin}${path}`,
    requests,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** A port on 127.0.0.1 that nothing listens on: connecting to it is refused at once. */
export async function closedPort(): Promise<number> {
  const s = http.createServer();
  await new Promise<void>((resolve) => s.listen(0, '127.0.0.1', resolve));
  const { port } = s.address() as AddressInfo;
  await new Promise<void>((resolve) => s.close(() => resolve()));
  return port;
}

/** Answers `body` with `headers` (content type text/html; charset=utf-8 unless given). */
export const send =
  (body: string | Buffer, headers: Record<string, string> = {}, status = 200): Handler =>
  (_req, res) => {
    res.writeHead(status, { 'content-type': 'text/html; charset=utf-8', ...headers }).end(body);
  };

export const redirect =
  (location: string, status = 302): Handler =>
  (_req, res) => {
    res.writeHead(status, { location }).end();
  };

/** For a test file: `const serve = useTestServer()`; each test's server is closed after it. */
export function useTestServer(): (routes: Record<string, Handler>) => Promise<TestServer> {
  let server: TestServer | undefined;
  afterEach(async () => {
    await server?.close();
    server = undefined;
  });
  return async (routes) => (server = await startServer(routes));
}
