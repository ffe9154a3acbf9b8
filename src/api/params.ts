import { z } from 'zod';
import { CorroborateError } from '../domain/errors.js';

const date = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'a date as YYYY-MM-DD');

/** Query parameters of the list endpoints, validated at the boundary. */
export const ListQuery = z
  .object({
    limit: z.coerce.number().int().min(1).max(500).default(50),
    offset: z.coerce.number().int().min(0).default(0),
    lang: z
      .string()
      .regex(/^[a-z]{2,3}$/)
      .optional(),
    entity: z.string().min(1).max(200).optional(),
    outlet: z.string().min(1).max(200).optional(),
    stance: z.enum(['assert', 'deny', 'hedge', 'conditional', 'question']).optional(),
    from: date.optional(),
    to: date.optional(),
    q: z.string().max(500).optional(),
  })
  .strict();

export const IdParam = z.coerce.number().int().min(1);

/** Parses with a schema or throws a 400 naming the field that was wrong. */
export function parse<S extends z.ZodType>(schema: S, value: unknown): z.infer<S> {
  const r = schema.safeParse(value);
  if (r.success) return r.data;
  const i = r.error.issues[0];
  throw new CorroborateError('usage', `${i?.path.join('.') || 'input'}: ${i?.message ?? 'invalid'}`);
}

export function listParams(query: Record<string, string>) {
  const { limit, offset, ...filter } = parse(ListQuery, query);
  return {
    page: { limit, offset },
    filter: Object.fromEntries(Object.entries(filter).filter(([, v]) => v !== undefined)) as Record<
      string,
      string
    >,
  };
}
