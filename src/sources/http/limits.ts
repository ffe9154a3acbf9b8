/** How long and how much one fetch may take. Every limit applies to each fetch of a URL. */
export interface FetchLimits {
  /** DNS look-up plus TCP (and TLS) connection */
  connectMs: number;
  /** from connected to the first byte of the response headers */
  firstByteMs: number;
  /** longest silence while the body arrives */
  idleMs: number;
  /** the whole fetch, redirects and body included; cuts off a server that drips a byte a second */
  totalMs: number;
  /** body size, counted after decompression (and on the wire) */
  maxBytes: number;
  maxRedirects: number;
}

export const DEFAULT_LIMITS: FetchLimits = {
  connectMs: 10_000,
  firstByteMs: 15_000,
  idleMs: 10_000,
  totalMs: 30_000,
  maxBytes: 10 * 1024 * 1024,
  maxRedirects: 5,
};

export const USER_AGENT = 'Corroborate/0.1 (+https://github.com/corroborate; news claim ledger)';

/** The product token matched against robots.txt `User-agent` lines. */
export const ROBOTS_TOKEN = 'corroborate';

export const mb = (n: number): string => `${(n / 1024 / 1024).toFixed(1)} MB`;
export const seconds = (ms: number): string => `${+(ms / 1000).toFixed(2)} s`;
