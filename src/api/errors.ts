import type { Context } from 'hono';
import { isCorroborateError, type ErrorCode } from '../domain/errors.js';

/** HTTP status for each error code a user can act on. */
export function statusFor(code: ErrorCode | string): 400 | 401 | 404 | 413 | 422 | 500 | 502 {
  switch (code) {
    case 'usage':
    case 'language_unsupported':
    case 'bad_request':
      return 400;
    case 'unauthorized':
      return 401;
    case 'not_found':
    case 'input_not_found':
      return 404;
    case 'input_too_large':
      return 413;
    case 'input_empty':
    case 'input_binary':
    case 'input_encoding':
    case 'fetch_refused':
    case 'feed_invalid':
      return 422;
    case 'fetch_failed':
      return 502;
    default:
      return 500;
  }
}

export const errorBody = (code: string, message: string) => ({ error: { code, message } });

/** Maps any thrown error to `{ error: { code, message } }`; internals never leak a stack. */
export function onError(err: Error, c: Context) {
  if (isCorroborateError(err)) return c.json(errorBody(err.code, err.message), statusFor(err.code));
  const status = (err as { status?: number }).status;
  if (status === 413) return c.json(errorBody('input_too_large', 'request body too large'), 413);
  if (status && status >= 400 && status < 500) return c.json(errorBody('bad_request', err.message), 400);
  console.error(`corroborate serve: internal error: ${err.stack ?? err.message}`);
  return c.json(errorBody('internal', 'internal error'), 500);
}
