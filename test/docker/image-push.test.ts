import { describe, expect, it } from 'vitest';
import { isTransientPushFailure } from '../../src/docker/image-push.js';

describe('isTransientPushFailure', () => {
  it('pushes again after the registry errors a second try can cure', () => {
    for (const message of [
      'push of r:sha-83361a3 interrupted: received unexpected HTTP status: 503 Service Unavailable',
      'push of r:t interrupted: toomanyrequests: retry later',
      'push of r:t interrupted: received unexpected HTTP status: 429 Too Many Requests',
      'push of r:t interrupted: Put "http://127.0.0.1:5000/v2/x/manifests/t": EOF',
      'push of r:t interrupted: read tcp 127.0.0.1:1->127.0.0.1:2: read: connection reset by peer',
      'push of r:t interrupted: net/http: TLS handshake timeout',
    ])
      expect(isTransientPushFailure(message), message).toBe(true);
  });

  it('not after a refusal, nor a registry that is not there', () => {
    for (const message of [
      'pushing r:t: the registry refused the credentials for user u: unauthorized: authentication required',
      'push of r:t interrupted: denied: requested access to the resource is denied',
      'push of r:t interrupted: received unexpected HTTP status: 403 Forbidden',
      'pushing r:t: dial tcp 127.0.0.1:5999: connect: connection refused',
      'push of r:t interrupted: manifest invalid',
    ])
      expect(isTransientPushFailure(message), message).toBe(false);
  });
});
