import { CorroborateError } from '../domain/errors.js';
import { Ledger } from '../services/ledger.js';
import { openStore } from '../store/open.js';
import { str } from './args.js';

export const DB_OPTION = { db: { value: true } } as const;

/**
 * Opens the ledger named by --db (or CORROBORATE_DB, or ./corroborate.db) for one command.
 * `existing` is for commands that only read (or redo) what is there: a mistyped --db is then
 * "no ledger at PATH" (exit 5), never a new empty ledger and its folders.
 */
export async function withLedger<T>(
  options: Record<string, unknown>,
  fn: (ledger: Ledger) => Promise<T>,
  mode: 'create' | 'existing' = 'create',
): Promise<T> {
  const store = openStore(str(options.db), { mustExist: mode === 'existing' });
  try {
    return await fn(new Ledger(store));
  } finally {
    await store.close();
  }
}

/**
 * A whole-number option at least `min` (`--limit 20`), `fallback` when absent; larger than `max`
 * is read as `max`. `--limit -1` or `--limit abc` is a usage error, not a silent default.
 */
export function intOption(
  options: Record<string, unknown>,
  name: string,
  o: { min: number; max?: number; fallback: number },
): number {
  const v = options[name];
  if (v === undefined) return o.fallback;
  if (typeof v !== 'string' || !/^\d+$/.test(v.trim()) || Number(v) < o.min)
    throw new CorroborateError(
      'usage',
      `--${name} wants a whole number of at least ${o.min}, not "${String(v)}"`,
    );
  return Math.min(Number(v), o.max ?? Number.MAX_SAFE_INTEGER);
}

export function pageOf(options: Record<string, unknown>): { limit: number; offset: number } {
  return {
    limit: intOption(options, 'limit', { min: 1, max: 500, fallback: 50 }),
    offset: intOption(options, 'offset', { min: 0, fallback: 0 }),
  };
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
