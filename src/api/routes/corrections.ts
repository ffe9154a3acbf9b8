import { Hono } from 'hono';
import type { Context } from 'hono';
import type { z } from 'zod';
import { CorroborateError } from '../../domain/errors.js';
import { VERDICT_STATUSES, type Verdict } from '../../domain/correction.js';
import {
  correctStatement,
  corrections,
  giveVerdict,
  undoCorrection,
  verdictOf,
} from '../../services/corrections.js';
import type { Ledger } from '../../services/ledger.js';
import { verdictsOf } from '../../services/claimreview.js';
import { ratingScale } from '../../services/ratings.js';
import {
  MergeClaim,
  MoveStatement,
  PatchClaim,
  PatchStatement,
  PostVerdict,
  SourcesBody,
  UndoCorrection,
  VerdictsQuery,
} from '../contract/corrections.js';
import { IdParam, parse } from '../params.js';

async function body<S extends z.ZodType>(c: Context, schema: S): Promise<z.infer<S>> {
  let json: unknown;
  try {
    json = await c.req.json();
  } catch {
    throw new CorroborateError('usage', 'the body must be JSON');
  }
  return parse(schema, json);
}

const who = (b: { by?: string | undefined; reason?: string | undefined }) => ({
  by: b.by ?? 'api',
  reason: b.reason ?? null,
});

/**
 * The analyst's hand over HTTP: thin routes over the corrections service. Writes need the
 * token (the auth middleware); each is one transaction, so concurrent clients never lose one.
 */
export function correctionRoutes(ledger: Ledger) {
  const app = new Hono();
  const store = ledger.store;
  const id = (c: Context) => parse(IdParam, c.req.param('id'));
  app.patch('/statements/:id', async (c) => {
    const b = await body(c, PatchStatement);
    const done = await correctStatement(
      store,
      id(c),
      {
        ...(b.stance !== undefined ? { stance: b.stance } : {}),
        ...(b.speaker !== undefined ? { speaker: b.speaker } : {}),
        ...(b.speakerEntity !== undefined ? { speakerEntity: b.speakerEntity } : {}),
        ...(b.notStatement !== undefined ? { notStatement: b.notStatement } : {}),
      },
      who(b),
    );
    return c.json({ corrections: done });
  });
  app.post('/statements/:id/move', async (c) => {
    const b = await body(c, MoveStatement);
    const to = b.claimId !== undefined ? { claimId: b.claimId } : { newClaim: b.label ?? null };
    return c.json({ correction: await corrections(store).moveStatement(id(c), to, who(b)) });
  });
  app.patch('/claims/:id', async (c) => {
    const b = await body(c, PatchClaim);
    return c.json({ correction: await corrections(store).labelClaim(id(c), b.label, who(b)) });
  });
  app.post('/claims/:id/merge', async (c) => {
    const b = await body(c, MergeClaim);
    return c.json({ correction: await corrections(store).mergeClaims(id(c), b.other, who(b)) });
  });
  app.post('/claims/:id/verdict', async (c) => {
    const b = await body(c, PostVerdict);
    const correction = await giveVerdict(
      store,
      id(c),
      { rating: b.rating, note: b.note ?? null, ...(b.status ? { status: b.status } : {}) },
      who(b),
    );
    return c.json({ correction, verdict: correction.newValue as Verdict });
  });
  app.get('/claims/:id/history', async (c) => {
    const claimId = id(c);
    const cs = corrections(store);
    return c.json({
      claimId,
      verdict: verdictOf(await cs.all(), claimId),
      history: await cs.forClaim(claimId),
    });
  });
  app.post('/corrections/:id/undo', async (c) => {
    const b = await body(c, UndoCorrection);
    return c.json({ correction: await undoCorrection(ledger, id(c), who(b)) });
  });
  app.post('/sources', async (c) => {
    const b = await body(c, SourcesBody);
    return c.json({
      correction: await corrections(store).sourceIndependence(b.root, b.other, b.same, who(b)),
    });
  });
  app.get('/corrections/orphaned', async (c) => c.json({ corrections: await corrections(store).orphaned() }));
  app.get('/verdicts', async (c) => {
    const q = parse(VerdictsQuery, c.req.query());
    const claims = [];
    for (const [claimId, verdict] of await verdictsOf(store)) {
      if (q.rating && verdict.rating.toLowerCase() !== q.rating.toLowerCase()) continue;
      if (q.status && verdict.status !== q.status) continue;
      const claim = await store.getClaim(claimId);
      if (claim) claims.push({ id: claim.id, label: claim.label, statements: claim.statements, verdict });
    }
    return c.json({ total: claims.length, claims });
  });
  app.get('/ratings', (c) => c.json({ ratings: ratingScale(), statuses: [...VERDICT_STATUSES] }));
  return app;
}
