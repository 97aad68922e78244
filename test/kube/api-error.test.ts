import { describe, expect, it } from 'vitest';
import { isGone, isMissingNamespace, kubeError, namespaceMissing } from '../../src/kube/api-error.js';

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

describe('a 404 about the namespace itself', () => {
  // As the API server answers an apply into a namespace that does not exist.
  const missing = new ApiException(
    404,
    'Not Found',
    JSON.stringify({
      kind: 'Status',
      status: 'Failure',
      message: 'namespaces "nowhere" not found',
      reason: 'NotFound',
      details: { name: 'nowhere', kind: 'namespaces' },
      code: 404,
    }),
    {},
  );
  const job = new ApiException(
    404,
    'Not Found',
    { kind: 'Status', reason: 'NotFound', details: { name: 'sim', group: 'batch', kind: 'jobs' } },
    {},
  );

  it('is told apart from a 404 about the object', () => {
    expect(isMissingNamespace(missing)).toBe(true);
    expect(isMissingNamespace(job)).toBe(false);
  });

  it('says the namespace does not exist, and how to get one', () => {
    expect(namespaceMissing('nowhere', missing).format()).toBe(
      'namespace nowhere does not exist (create it with kubectl create namespace nowhere, or pass --namespace ' +
        '(action input namespace) naming another)',
    );
  });
});
