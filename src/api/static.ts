import fs from 'node:fs';
import path from 'node:path';
import type { Context } from 'hono';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
};

/**
 * The built web app: hashed files under /assets/ cached for good, any other path answered with
 * index.html so deep links (/claims/12, /entities/country%3AKP) work.
 */
export function serveApp(dist: string) {
  const index = path.join(dist, 'index.html');
  return (c: Context) => {
    const p = decodeURIComponent(new URL(c.req.url).pathname);
    const file = path.normalize(path.join(dist, p));
    const inside = file.startsWith(dist + path.sep);
    if (inside && fs.existsSync(file) && fs.statSync(file).isFile()) {
      const body = fs.readFileSync(file);
      c.header('Content-Type', TYPES[path.extname(file)] ?? 'application/octet-stream');
      c.header(
        'Cache-Control',
        p.startsWith('/assets/') ? 'public, max-age=31536000, immutable' : 'no-cache',
      );
      return c.body(body);
    }
    if (p.startsWith('/assets/')) return c.text('not found', 404);
    if (!fs.existsSync(index)) return c.text('the web app is not built: run `npm run build:web`', 503);
    c.header('Cache-Control', 'no-cache');
    return c.html(fs.readFileSync(index, 'utf8'));
  };
}
