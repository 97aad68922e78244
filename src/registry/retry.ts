import { RegistryHttpError } from './http-error.js';

export interface RetryOptions {
  /** Attempts in all, the first included. */
  attempts: number;
  /** First back-off delay; doubled each time, with full jitter, capped at maxDelayMs. */
  baseDelayMs: number;
  maxDelayMs: number;
  /** Called before each wait, to say what is being retried. */
  onRetry?: (err: unknown, attempt: number, delayMs: number) => void;
}

export const defaultRetry: RetryOptions = { attempts: 4, baseDelayMs: 250, maxDelayMs: 4000 };

// Connection-level failures that a second try can cure. ECONNREFUSED is not one: nothing
// listens there, and waiting would only delay the "registry down" error.
const TRANSIENT_CODES = new Set(['ECONNRESET', 'EPIPE', 'ETIMEDOUT', 'UND_ERR_SOCKET', 'UND_ERR_CONNECT_TIMEOUT']);

/** True for errors worth retrying: HTTP 429 and 5xx, and a connection reset or timed out. */
export function isTransient(err: unknown): boolean {
  if (err instanceof RegistryHttpError) return err.status === 429 || err.status >= 500;
  for (let e: unknown = err, depth = 0; e && depth < 4; e = (e as { cause?: unknown }).cause, depth++) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code && TRANSIENT_CODES.has(code)) return true;
  }
  return false;
}

/** Runs `fn`, retrying only transient failures (isTransient) with capped exponential back-off. */
export async function withRetry<T>(fn: () => Promise<T>, options: RetryOptions = defaultRetry): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await fn();
    } catch (err) {
      if (attempt >= options.attempts || !isTransient(err)) throw err;
      const cap = Math.min(options.maxDelayMs, options.baseDelayMs * 2 ** (attempt - 1));
      const retryAfter = err instanceof RegistryHttpError ? err.retryAfterMs : undefined;
      const delay = Math.min(options.maxDelayMs, retryAfter ?? Math.round(cap / 2 + (Math.random() * cap) / 2));
      options.onRetry?.(err, attempt, delay);
      await new Promise((resolve) => setTimeout(resolve, delay));
    }
  }
}
