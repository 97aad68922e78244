import { describe, expect, it } from 'vitest';
import { isGone, kubeError } from '../../src/kube/api-error.js';

/**
 * The shape of the client library's ApiException (code, body as the API server sent it), built
 * here so that this fast test does not load the library (several megabytes of code).
 */
class ApiException extends Error {
  constructor(
    readonly code: number,
    message: string,
    readonly body: unknown,
    readonly headers: Record<string, string>,
  ) {
    super(`HTTP-Code: ${code}\nMessage: ${message}`);
  }
}

describe('kubeError', () => {
  it('names the refused verb, resource and namespace of a 403, and points at the Role', () => {
    const body = JSON.stringify({
      kind: 'Status',
      reason: 'Forbidden',
      message: 'jobs.batch is forbidden: User "ci" cannot watch resource "jobs"',
    });
    const err = kubeError(
      { verb: 'watch', resource: 'jobs.batch', namespace: 'exp' },
      new ApiException(403, 'Forbidden', body, {}),
    );
    expect(err.format()).toMatch(/^forbidden: cannot watch jobs\.batch in namespace exp: jobs\.batch is forbidden/);
    expect(err.hint).toMatch(/grant the identity "watch" on jobs\.batch in exp; README/);
  });

  it('keeps the API server message of other statuses', () => {
    const err = kubeError(
      { verb: 'patch', resource: 'Job', name: 'x' },
      new ApiException(422, 'Invalid', { message: 'spec.template: field is immutable' }, {}),
    );
    expect(err.message).toBe('patch Job x: HTTP 422: spec.template: field is immutable');
  });

  it('recognises 410 Gone from a watch as from the generated API', () => {
    expect(isGone(Object.assign(new Error('Gone'), { statusCode: 410 }))).toBe(true);
    expect(isGone(new ApiException(410, 'Gone', '', {}))).toBe(true);
  });
});
