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

export type AppFile =
  | { status: 200; file: string; contentType: string; cacheControl: string }
  | { status: 404 | 503; message: string };

/**
 * What the built web app answers for `pathname`: a file by its path (hashed files under
 * /assets/ cached for good), a 404 for a missing asset, and index.html for any other path so
 * deep links work (/claims/12, /entities/country%3AKP: entity ids may hold dots, so "has an
 * extension" cannot tell a file from a page). A path that climbs out of `dist` is a page too.
 */
export function resolveAppFile(dist: string, pathname: string): AppFile {
  const p = decodeURIComponent(pathname);
  const file = path.normalize(path.join(dist, p));
  const inside = file.startsWith(dist + path.sep);
  if (inside && fs.existsSync(file) && fs.statSync(file).isFile())
    return {
      status: 200,
      file,
      contentType: TYPES[path.extname(file)] ?? 'application/octet-stream',
      cacheControl: p.startsWith('/assets/') ? 'public, max-age=31536000, immutable' : 'no-cache',
    };
  if (p.startsWith('/assets/')) return { status: 404, message: 'not found' };
  const index = path.join(dist, 'index.html');
  if (!fs.existsSync(index))
    return { status: 503, message: 'the web app is not built: run `npm run build:web`' };
  return { status: 200, file: index, contentType: TYPES['.html']!, cacheControl: 'no-cache' };
}

/** The built web app on the API's server. */
export function serveApp(dist: string) {
  return (c: Context) => {
    const r = resolveAppFile(dist, new URL(c.req.url).pathname);
    if (r.status !== 200) return c.text(r.message, r.status);
    c.header('Content-Type', r.contentType);
    c.header('Cache-Control', r.cacheControl);
    return c.body(fs.readFileSync(r.file));
  };
}
