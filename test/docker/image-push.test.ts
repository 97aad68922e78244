import { describe, expect, it } from 'vitest';
import { PinshipError } from '../../src/errors.js';
import { isTransientPushFailure } from '../../src/docker/image-push.js';
import { PushFailure } from '../../src/docker/push-failure.js';

/** A push failure as pushOnce throws it, from the engine's error message (and errorDetail.code). */
const failed = (message: string, code?: number) =>
  new PinshipError(`push of r:t interrupted: ${message}`, { cause: PushFailure.ofEngineMessage(message, code) });

describe('isTransientPushFailure', () => {
  it('pushes again after the registry errors a second try can cure', () => {
    for (const message of [
      'received unexpected HTTP status: 503 Service Unavailable',
      'toomanyrequests: retry later',
      'received unexpected HTTP status: 429 Too Many Requests',
      'Put "http://127.0.0.1:5000/v2/x/manifests/t": EOF',
      'read tcp 127.0.0.1:1->127.0.0.1:2: read: connection reset by peer',
      'Head "https://ghcr.io/v2/x/blobs/sha256:ab": net/http: TLS handshake timeout',
    ])
      expect(isTransientPushFailure(failed(message)), message).toBe(true);
    expect(isTransientPushFailure(failed('unknown: something went wrong', 502))).toBe(true);
  });

  it('not after a refusal, nor a registry that is not there', () => {
    for (const message of [
      'unauthorized: authentication required',
      'denied: requested access to the resource is denied',
      'received unexpected HTTP status: 403 Forbidden',
      'Get "http://127.0.0.1:5999/v2/": dial tcp 127.0.0.1:5999: connect: connection refused',
      'manifest invalid: manifest invalid',
    ])
      expect(isTransientPushFailure(failed(message)), message).toBe(false);
  });

  it('an image named reset-svc, tagged pr-500 or 503, does not make a permanent failure look transient', () => {
    for (const message of [
      'manifest invalid: manifest invalid',
      'Put "http://127.0.0.1:5000/v2/team/reset-svc/manifests/pr-500": manifest blob unknown: blob unknown',
      'Put "http://127.0.0.1:5000/v2/timeout/eof/manifests/503": denied: requested access to the resource is denied',
      'tag does not exist: 127.0.0.1:5000/team/unavailable-reset-svc:pr-500',
    ])
      expect(isTransientPushFailure(failed(message)), message).toBe(false);
    const named = failed('Put "http://127.0.0.1:5000/v2/team/reset-svc/manifests/pr-500": EOF');
    expect(isTransientPushFailure(named)).toBe(true);
  });

  it('a failure without a PushFailure cause (not an engine push) is not retried', () => {
    expect(isTransientPushFailure(new PinshipError('push of r:t interrupted: 503 reset EOF'))).toBe(false);
  });
});
