import type { ErrorCode } from '../domain/errors.js';

/** Exit codes of the `corroborate` command (documented in the README). */
export const EXIT = {
  ok: 0,
  /** the command ran but found a problem the user asked about (reserved) */
  findings: 1,
  usage: 2,
  input: 3,
  network: 4,
  store: 5,
  internal: 70,
} as const;

export function exitCodeFor(code: ErrorCode): number {
  switch (code) {
    case 'usage':
    case 'language_unsupported':
      return EXIT.usage;
    case 'input_empty':
    case 'input_binary':
    case 'input_encoding':
    case 'input_too_large':
    case 'input_not_found':
    case 'feed_invalid':
    case 'not_found':
      return EXIT.input;
    case 'fetch_failed':
    case 'fetch_refused':
      return EXIT.network;
    case 'store_failed':
      return EXIT.store;
    case 'lexicon_invalid':
      return EXIT.internal;
  }
}
