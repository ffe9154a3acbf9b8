import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * Validated lexicons kept on disk between processes. Reading a language's JSON files, laying
 * them over the languages they extend and validating them with zod costs a third of a short
 * `corroborate extract`; the result is the same until a lexicon file or the code that reads
 * them changes. So a process that built a lexicon writes it under a stamp of the files' names,
 * sizes and change times (and of this folder's code: the schemas and the overlay), and the
 * next process with the same stamp reads it back with one JSON.parse. Nothing is taken on
 * trust from an older state: any changed, added or removed file makes a new stamp.
 *
 * Where: `CORROBORATE_CACHE_DIR`, else `$XDG_CACHE_HOME/corroborate` (`~/.cache/corroborate`);
 * `CORROBORATE_CACHE_DIR=off` turns it off. An unwritable folder only means no cache.
 */

const CODE_DIR = path.dirname(fileURLToPath(import.meta.url));

export function cacheDir(): string | null {
  const env = process.env.CORROBORATE_CACHE_DIR;
  if (env === 'off') return null;
  if (env) return path.resolve(env);
  const base = process.env.XDG_CACHE_HOME || path.join(os.homedir(), '.cache');
  return path.join(base, 'corroborate');
}

/** Every file under `dir` (sorted), with its size and change time, into `h`. */
function statTree(h: ReturnType<typeof createHash>, dir: string, keep: (name: string) => boolean): void {
  let entries: fs.Dirent[];
  try {
    entries = fs.readdirSync(dir, { withFileTypes: true });
  } catch {
    h.update(`missing ${dir}\n`);
    return;
  }
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const e of entries) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) statTree(h, p, keep);
    else if (keep(e.name)) {
      const s = fs.statSync(p, { bigint: true });
      h.update(`${p}\u0000${s.size}\u0000${s.mtimeNs}\u0000${s.ctimeNs}\u0000${s.ino}\n`);
    }
  }
}

/**
 * A short hash naming the state of the lexicon files under `roots` and of the code that reads
 * them; two processes that see the same files and code get the same stamp.
 */
export function lexiconStamp(roots: readonly string[]): string {
  const h = createHash('sha256');
  h.update(`${process.version}\n`);
  statTree(h, CODE_DIR, (n) => /\.(js|ts)$/.test(n) && !/\.test\.(js|ts)$/.test(n));
  for (const r of roots) {
    h.update(`root ${r}\n`);
    statTree(h, r, (n) => n.endsWith('.json'));
  }
  return h.digest('hex').slice(0, 20);
}

const fileOf = (dir: string, stamp: string, name: string) =>
  path.join(dir, `lexicon-${stamp}-${name.replace(/[^\w.-]/g, '_')}.json`);

/** The value stored for `name` under `stamp`, or undefined (no cache, no entry, unreadable). */
export function readCached(stamp: string, name: string): unknown {
  const dir = cacheDir();
  if (!dir) return undefined;
  try {
    return JSON.parse(fs.readFileSync(fileOf(dir, stamp, name), 'utf8'));
  } catch {
    return undefined;
  }
}

/**
 * Stores `value` for `name` under `stamp` (written aside and renamed, so a reader in another
 * process sees the whole file or none), and removes this name's entries under other stamps.
 * Best effort: a failure leaves no cache, never an error.
 */
export function writeCached(stamp: string, name: string, value: unknown): void {
  const dir = cacheDir();
  if (!dir) return;
  try {
    fs.mkdirSync(dir, { recursive: true });
    const file = fileOf(dir, stamp, name);
    const tmp = `${file}.${process.pid}.tmp`;
    fs.writeFileSync(tmp, JSON.stringify(value));
    fs.renameSync(tmp, file);
    // another stamp's copy of this entry, left an hour: the files have moved on
    const own = path.basename(file);
    const rest = own.slice(`lexicon-${stamp}`.length);
    for (const f of fs.readdirSync(dir)) {
      if (f === own || !f.startsWith('lexicon-') || f.slice(`lexicon-${stamp}`.length) !== rest) continue;
      const p = path.join(dir, f);
      if (Date.now() - fs.statSync(p).mtimeMs > 3600_000) fs.rmSync(p, { force: true });
    }
  } catch {
    // a read-only home or a full disk: the next process validates again
  }
}
