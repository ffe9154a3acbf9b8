import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { HARBOUR_A, HARBOUR_B } from '../services/fixtures/corrections-articles.js';
import { Ledger } from '../services/ledger.js';
import { corrections } from '../services/corrections.js';
import { textArticle } from '../sources/file.js';
import type { LedgerStore } from '../store/port.js';
import { PgStore } from '../store/postgres/store.js';
import { describeWithPg, freshDatabase } from '../store/postgres/test-support.js';
import { SqliteStore } from '../store/sqlite/store.js';
import { createApp } from './app.js';
import {
  CorrectionResponse,
  CorrectionsResponse,
  HistoryResponse,
  RatingsResponse,
  StatementCorrected,
  VerdictResponse,
} from './contract/corrections.js';

const TOKEN = 'test-token';

/** One ledger of a back end: `connect()` opens another handle on it (another client or process). */
interface Backend {
  connect(): LedgerStore;
  drop(): Promise<void>;
}

function correctionsApiContract(name: string, make: () => Promise<Backend>) {
  describe(`the corrections API (${name})`, () => {
    let backend: Backend;
    let stores: LedgerStore[];
    const client = () => {
      const store = backend.connect();
      stores.push(store);
      const app = createApp({
        ledger: new Ledger(store),
        token: TOKEN,
        readsNeedToken: false,
        allowPrivate: false,
        webDist: null,
        version: 'test',
      });
      const send = async (method: string, url: string, body?: unknown, token = TOKEN) => {
        const r = await app.request(url, {
          method,
          headers: {
            'content-type': 'application/json',
            ...(token ? { authorization: `Bearer ${token}` } : {}),
          },
          ...(body !== undefined ? { body: JSON.stringify(body) } : {}),
        });
        return { status: r.status, body: (await r.json()) as Record<string, unknown> };
      };
      return { app, send, store };
    };
    beforeEach(async () => {
      backend = await make();
      stores = [];
      const s = backend.connect();
      const l = new Ledger(s);
      for (const a of [HARBOUR_A, HARBOUR_B])
        await l.add({ ...textArticle(a.text, null), url: a.url, published: a.published });
      await s.close();
    });
    afterEach(async () => {
      for (const s of stores) await s.close();
      await backend.drop();
    });

    it('needs the token to correct, and shows a correction as corrected with its history', async () => {
      const { send } = client();
      const claims = (await send('GET', '/api/claims')).body.claims as Array<{
        id: number;
        statements: number;
      }>;
      const claimId = claims.find((c) => c.statements === 2)!.id;
      const detail = (await send('GET', `/api/claims/${claimId}`)).body.claim as {
        statements: Array<{ id: number }>;
      };
      const sid = detail.statements[0]!.id;
      expect((await send('PATCH', `/api/statements/${sid}`, { stance: 'hedge' }, '')).status).toBe(401);
      const r = await send('PATCH', `/api/statements/${sid}`, { stance: 'hedge', by: 'ana', reason: 'may' });
      expect(r.status).toBe(200);
      CorrectionsResponse.parse(r.body);
      const v = await send('POST', `/api/claims/${claimId}/verdict`, {
        rating: 'false',
        status: 'review',
        by: 'ben',
      });
      VerdictResponse.parse(v.body);
      const after = (await send('GET', `/api/claims/${claimId}`)).body.claim as {
        statements: Array<{ id: number; stance: string; corrected: boolean; corrections: number[] }>;
        verdict: { rating: string } | null;
      };
      const s = after.statements.find((x) => x.id === sid)!;
      expect(StatementCorrected.parse(s)).toEqual({ corrected: true, corrections: [expect.any(Number)] });
      expect(s.stance).toBe('hedge');
      expect(after.verdict?.rating).toBe('false');
      const h = HistoryResponse.parse((await send('GET', `/api/claims/${claimId}/history`)).body);
      expect(h.history.map((x) => x.field)).toEqual(['stance', 'verdict']);
      RatingsResponse.parse((await send('GET', '/api/ratings')).body);
    });

    it('refuses an unknown stance, an unknown field and a move with no target with 400', async () => {
      const { send } = client();
      expect((await send('PATCH', '/api/statements/1', { stance: 'irony' })).status).toBe(400);
      expect((await send('PATCH', '/api/statements/1', { colour: 'red' })).status).toBe(400);
      expect((await send('POST', '/api/statements/1/move', {})).status).toBe(400);
      expect((await send('PATCH', '/api/statements/999', { stance: 'deny' })).status).toBe(404);
    });

    it('never loses a correction when two clients PATCH at once', async () => {
      const a = client();
      const b = client();
      const ids = (await a.store.articleStatements(1)).map((s) => s.id);
      const stances = ['deny', 'hedge', 'question', 'conditional'];
      const results = await Promise.all(
        ids.flatMap((sid, i) => [
          a.send('PATCH', `/api/statements/${sid}`, { stance: stances[i % 4], by: 'ana' }),
          b.send('PATCH', `/api/statements/${sid}`, { speaker: `Speaker ${i}`, by: 'ben' }),
        ]),
      );
      expect(results.map((r) => r.status)).toEqual(results.map(() => 200));
      const log = await corrections(a.store).all();
      expect(log.filter((x) => x.by === 'ana' && x.field === 'stance')).toHaveLength(ids.length);
      expect(log.filter((x) => x.by === 'ben' && x.field === 'speaker')).toHaveLength(ids.length);
      const now = await b.store.articleStatements(1);
      now.forEach((s, i) => {
        expect(s.stance).toBe(stances[i % 4]);
        expect(s.speakerName).toBe(`Speaker ${i}`);
      });
    });

    it('moves, merges, renames and undoes, each answer matching its schema', async () => {
      const { send } = client();
      const moved = await send('POST', '/api/statements/1/move', { new: true, label: 'Harbour closed' });
      const created = CorrectionResponse.parse(moved.body).correction.claimId!;
      const renamed = await send('PATCH', `/api/claims/${created}`, { label: 'Velmora harbour closed' });
      CorrectionResponse.parse(renamed.body);
      const claims = (await send('GET', '/api/claims')).body.claims as Array<{ id: number; label: string }>;
      expect(claims.find((c) => c.id === created)?.label).toBe('Velmora harbour closed');
      const other = claims.find((c) => c.id !== created)!.id;
      CorrectionResponse.parse((await send('POST', `/api/claims/${created}/merge`, { other })).body);
      const undo = await send(
        'POST',
        `/api/corrections/${CorrectionResponse.parse(renamed.body).correction.id}/undo`,
        {},
      );
      expect(CorrectionResponse.parse(undo.body).correction.field).toBe('undo');
      const doc = (await send('GET', '/api/openapi.json')).body as {
        paths: Record<string, Record<string, unknown>>;
      };
      expect(doc.paths['/api/statements/{id}']?.patch).toBeDefined();
      expect(doc.paths['/api/claims/{id}/verdict']?.post).toBeDefined();
    });
  });
}

correctionsApiContract('SQLite', async () => {
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'corr-api-')), 'ledger.db');
  return { connect: () => new SqliteStore(file), drop: async () => undefined };
});

describeWithPg('PostgreSQL', (admin) => {
  correctionsApiContract('PostgreSQL', async () => {
    const { url, drop } = await freshDatabase(admin);
    return { connect: () => new PgStore(url, { poolSize: 3 }), drop };
  });
});
