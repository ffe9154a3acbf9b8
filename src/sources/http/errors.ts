import { CorroborateError, isCorroborateError } from '../../domain/errors.js';
import { seconds } from './limits.js';

const REASONS: Record<string, string> = {
  ECONNREFUSED: 'the connection was refused (nothing is listening there)',
  ECONNRESET: 'the server closed the connection',
  EPIPE: 'the server closed the connection',
  ENOTFOUND: 'no such host',
  EAI_AGAIN: 'the DNS look-up failed (temporary failure; check the network)',
  ETIMEDOUT: 'the connection timed out',
  EHOSTUNREACH: 'the host is unreachable',
  ENETUNREACH: 'the network is unreachable',
  HPE_HEADER_OVERFLOW: 'the response headers are too large',
  HPE_INVALID_CONSTANT: 'the server did not answer with HTTP',
  ERR_TLS_CERT_ALTNAME_INVALID: 'its TLS certificate is for another host name',
  CERT_HAS_EXPIRED: 'its TLS certificate has expired',
  DEPTH_ZERO_SELF_SIGNED_CERT: 'its TLS certificate is self-signed',
  SELF_SIGNED_CERT_IN_CHAIN: 'its TLS certificate chain is self-signed',
  UNABLE_TO_VERIFY_LEAF_SIGNATURE: 'its TLS certificate cannot be verified',
};

/** Any error from a socket, parser or stream to a `fetch_failed` with a reason a user can read. */
export function networkError(url: string, err: unknown): CorroborateError {
  if (isCorroborateError(err)) return err;
  const e = err as NodeJS.ErrnoException;
  const code = e?.code ?? '';
  const reason =
    REASONS[code] ??
    (code.startsWith('HPE_') ? 'the server sent a malformed HTTP response' : e?.message || String(err));
  return new CorroborateError('fetch_failed', `could not fetch ${url}: ${reason}`, { cause: err });
}

export type TimeoutStage = 'connect' | 'first byte' | 'idle' | 'total';

const TIMEOUT_TEXT: Record<TimeoutStage, string> = {
  connect: 'no connection within',
  'first byte': 'no response within',
  idle: 'no data for',
  total: 'the whole fetch took longer than',
};

export function timeoutError(url: string, stage: TimeoutStage, ms: number): CorroborateError {
  return new CorroborateError(
    'fetch_failed',
    `could not fetch ${url}: timed out (${TIMEOUT_TEXT[stage]} ${seconds(ms)})`,
  );
}
