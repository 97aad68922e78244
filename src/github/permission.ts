import { PinshipError, wrapError } from '../errors.js';

interface HttpFailure {
  status?: number;
  message?: string;
  response?: { data?: { message?: string }; headers?: Record<string, string | undefined> };
}

/** A rate limit the plugins gave up on: 403/429 with `retry-after` or "rate limit" in the message. */
export function isRateLimited(err: unknown): boolean {
  const e = err as HttpFailure;
  if (e?.status !== 403 && e?.status !== 429) return false;
  return (
    Boolean(e.response?.headers?.['retry-after']) || /rate limit/i.test(e.response?.data?.message ?? e.message ?? '')
  );
}

/**
 * The token may not do this: 403 (GitHub's "Resource not accessible by integration" for a
 * GITHUB_TOKEN without the permission) or 404 (GitHub hides what a token cannot see).
 */
export function isPermissionDenied(err: unknown): boolean {
  const status = (err as HttpFailure)?.status;
  return (status === 403 && !isRateLimited(err)) || status === 404;
}

/**
 * Wraps a failed GitHub request with the action in progress, naming the workflow permission
 * (`pull-requests: write`, `checks: write`...) the token lacks when GitHub refused it.
 */
export function gitHubFailure(action: string, err: unknown, permission: string): PinshipError {
  const e = err as HttpFailure;
  const said = e?.response?.data?.message ?? e?.message ?? String(err);
  if (e?.status === 401) {
    return new PinshipError(`${action}: GitHub refused the token (401 ${said})`, {
      field: 'token',
      hint: 'the token input (or GITHUB_TOKEN for the CLI) is missing, expired or wrong',
      cause: err,
    });
  }
  if (isPermissionDenied(err)) {
    return new PinshipError(`${action}: ${e.status} ${said}`, {
      field: 'token',
      hint:
        `the token needs \`${permission}\` (add it to the job's \`permissions:\`)` +
        (e.status === 404
          ? ' (GitHub answers 404 for what a token may not see; also check the repository and number)'
          : ''),
      cause: err,
    });
  }
  return wrapError(action, err);
}
