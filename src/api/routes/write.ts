import { Hono } from 'hono';
import { z } from 'zod';
import { CorroborateError } from '../../domain/errors.js';
import { loadInput } from '../../services/input.js';
import type { AddOptions, AddResult, Ledger } from '../../services/ledger.js';
import type { RawArticle } from '../../sources/file.js';
import { textArticle } from '../../sources/file.js';
import { parse } from '../params.js';

const date = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'a date as YYYY-MM-DD');

export const PostArticle = z.union([
  z.object({ url: z.url({ protocol: /^https?$/ }).max(2000) }).strict(),
  z
    .object({
      text: z.string().min(1, 'text is empty').max(10_000_000),
      title: z.string().max(500).optional(),
      language: z
        .string()
        .regex(/^[a-z]{2,3}$/)
        .optional(),
      published: date.optional(),
      outlet: z.string().max(200).optional(),
      url: z
        .url({ protocol: /^https?$/ })
        .max(2000)
        .optional(),
    })
    .strict(),
]);

/** Hands an article to the workers instead of adding it here (a PostgreSQL ledger); returns the job id. */
export type Enqueue = (raw: RawArticle, lang?: string) => Promise<string>;

/** Adds an article to the ledger somewhere other than this thread (see LedgerThread). */
export type Add = (raw: RawArticle, opts: AddOptions) => Promise<AddResult>;

/**
 * POST /api/articles: add an article by URL (fetched safely) or as pasted text. With `enqueue`,
 * the article is queued for the workers and the answer is 202 with the job's id.
 */
export function writeRoutes(ledger: Ledger, opts: { allowPrivate: boolean; enqueue?: Enqueue; add?: Add }) {
  const add: Add = opts.add ?? ((raw, o) => ledger.add(raw, o));
  const app = new Hono();
  app.post('/articles', async (c) => {
    let json: unknown;
    try {
      json = await c.req.json();
    } catch {
      throw new CorroborateError('usage', 'the body must be JSON: { "url": … } or { "text": … }');
    }
    const body = parse(PostArticle, json);
    const raw =
      'text' in body
        ? {
            ...textArticle(body.text, null),
            title: body.title ?? null,
            outlet: body.outlet ?? null,
            published: body.published ?? null,
            url: body.url ?? null,
            language: body.language ?? null,
          }
        : await loadInput(body.url, { allowPrivate: opts.allowPrivate });
    if (!/\S/.test(raw.text)) throw new CorroborateError('input_empty', 'the article has no text');
    if (opts.enqueue) return c.json({ queued: await opts.enqueue(raw, raw.language ?? undefined) }, 202);
    const r = await add(raw, raw.language ? { lang: raw.language } : {});
    // the answer's fields come with the result: reading the article back would decode its whole
    // extraction on this event loop (seconds for a huge one)
    const a = r.article;
    return c.json(
      {
        article: {
          id: r.id,
          url: a.url,
          title: a.title,
          outlet: a.outlet,
          language: r.language,
          published: a.published,
          statements: r.statements,
        },
        created: r.created,
        claims: r.claims,
        warnings: r.warnings,
      },
      r.created ? 201 : 200,
    );
  });
  return app;
}
