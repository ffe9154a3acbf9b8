import autocannon from 'autocannon';
import { startServer } from '../api/server.js';
import { Ledger } from '../services/ledger.js';
import { SqliteStore } from '../store/sqlite/store.js';
import { percentiles } from './ledger.js';

export interface ApiLatency {
  path: string;
  connections: number;
  /** every request sent with "Cache-Control: no-cache", so the read cache never answers */
  uncached: boolean;
  requestsPerSecond: number;
  p50: number;
  p95: number;
  errors: number;
}

export const API_PATHS = [
  '/api/claims',
  '/api/claims?lang=id&limit=20',
  '/api/search?q=troops',
  '/api/search?q=banjir',
];

/**
 * Loads the API on loopback with autocannon, `seconds` per run: each path uncached (every
 * request says "Cache-Control: no-cache", so the read cache never answers and the query runs)
 * at 1 and 10 connections, then as repeated, cacheable reads at 10 connections. The percentiles come from
 * every response's own time (autocannon's summary has no p95).
 */
export async function benchApi(db: string, seconds = 10): Promise<ApiLatency[]> {
  const store = new SqliteStore(db);
  const api = await startServer({ ledger: new Ledger(store), port: 0, token: 'bench' });
  const out: ApiLatency[] = [];
  const runs = [
    { connections: 1, uncached: true },
    { connections: 10, uncached: true },
    { connections: 10, uncached: false },
  ];
  try {
    for (const run of runs)
      for (const path of API_PATHS) {
        const times: number[] = [];
        const r = await new Promise<autocannon.Result>((resolve, reject) => {
          const inst = autocannon(
            {
              url: `${api.url}${path}`,
              connections: run.connections,
              duration: seconds,
              ...(run.uncached ? { headers: { 'cache-control': 'no-cache' } } : {}),
            },
            (err, res) => (err ? reject(err as Error) : resolve(res)),
          );
          inst.on('response', (_client: unknown, _status: number, _bytes: number, ms: number) =>
            times.push(ms),
          );
        });
        const p = percentiles(times);
        out.push({
          path,
          connections: run.connections,
          uncached: run.uncached,
          requestsPerSecond: r.requests.average,
          p50: p.p50,
          p95: p.p95,
          errors: r.errors + r.non2xx,
        });
      }
  } finally {
    await api.close();
    await store.close();
  }
  return out;
}
