import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { startWebhookServer, type WebhookServer } from './test-support/webhook-server.js';
import { postJson } from './webhook.js';

let hook: WebhookServer | undefined;
let other: http.Server | undefined;
afterEach(async () => {
  await hook?.close();
  other?.closeAllConnections();
  await new Promise((r) => (other ? other.close(r) : r(undefined)));
  hook = other = undefined;
});

async function serve(handler: http.RequestListener): Promise<string> {
  other = http.createServer(handler);
  await new Promise<void>((r) => other!.listen(0, '127.0.0.1', r));
  return `http://127.0.0.1:${(other.address() as AddressInfo).port}/hook`;
}

describe('posting to a webhook', () => {
  it('posts JSON and resolves on a 2xx answer', async () => {
    hook = await startWebhookServer();
    await expect(
      postJson(hook.url, { kind: 'denial' }, { allowPrivate: true, headers: { 'x-corroborate-alert': '3' } }),
    ).resolves.toBe(204);
    expect(hook.received[0]).toMatchObject({
      body: { kind: 'denial' },
      headers: { 'content-type': 'application/json; charset=utf-8', 'x-corroborate-alert': '3' },
    });
  });

  it('fails on an error answer', async () => {
    hook = await startWebhookServer(1);
    await expect(postJson(hook.url, {}, { allowPrivate: true })).rejects.toMatchObject({
      code: 'fetch_failed',
      message: `could not deliver to ${hook.url}: it answered 503`,
    });
  });

  it('refuses a private address unless allowed, and never follows a redirect', async () => {
    await expect(postJson('http://127.0.0.1:9/hook', {}, { allowPrivate: false })).rejects.toMatchObject({
      code: 'fetch_refused',
    });
    await expect(postJson('http://169.254.169.254/latest', {}, { allowPrivate: true })).rejects.toMatchObject(
      { code: 'fetch_refused' },
    );
    const url = await serve((_req, res) => res.writeHead(307, { location: 'http://169.254.169.254/' }).end());
    await expect(postJson(url, {}, { allowPrivate: true })).rejects.toThrow(
      /answered 307 \(redirects are not followed\)/,
    );
  });

  it('gives up on a receiver that never answers', async () => {
    const url = await serve(() => {});
    await expect(postJson(url, {}, { allowPrivate: true, timeoutMs: 100 })).rejects.toThrow(
      /no answer within 0.1 s/,
    );
  });
});
