/** web/dist served by the mock server exactly as the real server serves it. */
import { readFile } from 'node:fs/promises';
import type { ServerResponse } from 'node:http';
import { resolveAppFile } from '../../../src/api/static.js';

export async function serveStatic(root: string, pathname: string, res: ServerResponse): Promise<void> {
  const r = resolveAppFile(root, pathname);
  if (r.status !== 200) {
    res.writeHead(r.status, { 'content-type': 'text/plain' }).end(r.message);
    return;
  }
  res.writeHead(200, { 'content-type': r.contentType, 'cache-control': r.cacheControl });
  res.end(await readFile(r.file));
}
