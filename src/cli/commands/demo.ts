import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { listClaims } from '../../services/query.js';
import { str } from '../args.js';
import type { Command } from '../command.js';
import { main } from '../main.js';
import { printClaim } from './claims.js';
import { serveUntilStopped } from './serve.js';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
export const SAMPLES_DIR = path.join(ROOT, 'samples', 'articles');
export const DEMO_DB = 'corroborate-demo.db';

/** Removes a SQLite ledger and its WAL files. */
export function removeDb(file: string): void {
  for (const f of [file, `${file}-wal`, `${file}-shm`]) fs.rmSync(f, { force: true });
}

export const demoCommand: Command = {
  name: 'demo',
  summary: 'load the sample articles into a fresh ledger, show the claims and serve the web app',
  usage: 'corroborate demo [--db file] [--no-serve] [--port 8080] [--json]',
  options: { db: { value: true }, json: {}, 'no-serve': {}, port: { value: true }, host: { value: true } },
  async run(_p, options, io) {
    const db = str(options.db) ?? DEMO_DB;
    removeDb(db);
    const code = await main(['add', SAMPLES_DIR, '--db', db], options.json ? { ...io, out: () => {} } : io);
    if (code !== 0) return code;
    const { openStore } = await import('../../store/open.js');
    const store = openStore(db);
    try {
      const r = await listClaims(store, {}, { limit: 10, offset: 0 });
      if (options.json) io.out(`${JSON.stringify(r, null, 2)}\n`);
      else {
        io.out(
          `\nledger ${db}: the most attested claims of ${fs.readdirSync(SAMPLES_DIR).length} sample articles\n\n`,
        );
        for (const c of r.claims.filter((x) => x.statements > 1)) printClaim(io, c);
      }
    } finally {
      await store.close();
    }
    if (options['no-serve'] || options.json) return 0;
    io.out('\n');
    return serveUntilStopped(db, options, io);
  },
};
