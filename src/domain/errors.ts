/**
 * Error codes a user can act on. The CLI maps each to one line and an exit code; the API to an
 * HTTP status.
 */
export type ErrorCode =
  | 'usage'
  | 'input_empty'
  | 'input_binary'
  | 'input_encoding'
  | 'input_too_large'
  | 'input_not_found'
  | 'language_unsupported'
  | 'fetch_failed'
  | 'fetch_refused'
  | 'feed_invalid'
  | 'lexicon_invalid'
  | 'store_failed'
  | 'not_found';

export class CorroborateError extends Error {
  readonly code: ErrorCode;

  constructor(code: ErrorCode, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'CorroborateError';
    this.code = code;
  }
}

export const isCorroborateError = (e: unknown): e is CorroborateError => e instanceof CorroborateError;
