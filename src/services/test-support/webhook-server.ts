import http from 'node:http';
import type { AddressInfo } from 'node:net';

export interface WebhookServer {
  url: string;
  /** bodies received (parsed JSON) with the status each was answered with */
  received: Array<{ status: number; body: Record<string, unknown>; headers: http.IncomingHttpHeaders }>;
  /** bodies answered 2xx */
  accepted(): Array<Record<string, unknown>>;
  /** answers 503 to this many requests before it takes them */
  failures: number;
  close(): Promise<void>;
}

/** A webhook receiver on 127.0.0.1 that records what it is sent. */
export async function startWebhookServer(failures = 0): Promise<WebhookServer> {
  const hook: WebhookServer = {
    url: '',
    received: [],
    accepted: () => hook.received.filter((r) => r.status < 300).map((r) => r.body),
    failures,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const status = hook.failures > 0 ? (hook.failures--, 503) : 204;
      hook.received.push({
        status,
        body: JSON.parse(Buffer.concat(chunks).toString('utf8')) as Record<string, unknown>,
        headers: req.headers,
      });
      res.writeHead(status).end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  hook.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/hooks/corroborate`;
  return hook;
}
