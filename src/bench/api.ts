import autocannon from 'autocannon';
import { startServer } from '../api/server.js';
import { Ledger } from '../services/ledger.js';
import { SqliteStore } from '../store/sqlite/store.js';

export interface ApiLatency {
  path: string;
  requestsPerSecond: number;
  p50: number;
  p90: number;
  p97_5: number;
  errors: number;
}

/** Loads the API on loopback with autocannon (10 connections, `seconds` each path). */
export async function benchApi(db: string, seconds = 10): Promise<ApiLatency[]> {
  const store = new SqliteStore(db);
  const api = await startServer({ ledger: new Ledger(store), port: 0, token: 'bench' });
  const out: ApiLatency[] = [];
  try {
    for (const path of [
      '/api/claims',
      '/api/claims?lang=id&limit=20',
      '/api/search?q=troops',
      '/api/search?q=banjir',
    ]) {
      const r = await autocannon({ url: `${api.url}${path}`, connections: 10, duration: seconds });
      out.push({
        path,
        requestsPerSecond: r.requests.average,
        p50: r.latency.p50,
        p90: r.latency.p90,
        p97_5: r.latency.p97_5,
        errors: r.errors + r.non2xx,
      });
    }
  } finally {
    await api.close();
    await store.close();
  }
  return out;
}
