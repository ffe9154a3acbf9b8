/** An API failure as the UI shows it: the server's `{ error: { code, message } }` and the status. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

/** Reads an error body; a proxy's HTML page or an empty body still yields a code and message. */
export function toApiError(status: number, body: unknown, statusText: string): ApiError {
  const error = (body as { error?: { code?: unknown; message?: unknown } } | null)?.error;
  const code = typeof error?.code === 'string' ? error.code : `http_${status}`;
  const message = typeof error?.message === 'string' ? error.message : statusText || `HTTP ${status}`;
  return new ApiError(status, code, message);
}
