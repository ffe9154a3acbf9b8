import { Ledger } from '../services/ledger.js';
import { openStore } from '../store/open.js';
import { str } from './args.js';

export const DB_OPTION = { db: { value: true } } as const;

/** Opens the ledger named by --db (or CORROBORATE_DB, or ./corroborate.db) for one command. */
export async function withLedger<T>(
  options: Record<string, unknown>,
  fn: (ledger: Ledger) => Promise<T>,
): Promise<T> {
  const store = openStore(str(options.db));
  try {
    return await fn(new Ledger(store));
  } finally {
    await store.close();
  }
}

export function pageOf(options: Record<string, unknown>): { limit: number; offset: number } {
  const n = (v: unknown, d: number) => (typeof v === 'string' && /^\d+$/.test(v) ? Number(v) : d);
  return { limit: Math.min(n(options.limit, 50), 500), offset: n(options.offset, 0) };
}

export const FILTER_OPTIONS = {
  lang: { value: true },
  entity: { value: true },
  outlet: { value: true },
  stance: { value: true },
  from: { value: true },
  to: { value: true },
  q: { value: true },
  limit: { value: true },
  offset: { value: true },
} as const;

export function filterOf(options: Record<string, unknown>) {
  const f: Record<string, string> = {};
  for (const k of ['lang', 'entity', 'outlet', 'stance', 'from', 'to', 'q']) {
    const v = str(options[k]);
    if (v) f[k] = v;
  }
  return f;
}
