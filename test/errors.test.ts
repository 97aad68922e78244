import { describe, expect, it } from 'vitest';
import { PinshipError, describeError, wrapError } from '../src/errors.js';

describe('PinshipError', () => {
  it('formats file, field, message and hint on one line', () => {
    const err = new PinshipError('not a digest:\n  "abc"', {
      file: 'overlays/prod/kustomization.yaml',
      field: 'images[0].digest',
      hint: 'use repo@sha256:…',
    });
    expect(err.format()).toBe(
      'overlays/prod/kustomization.yaml: images[0].digest: not a digest: "abc" (use repo@sha256:…)',
    );
  });

  it('wraps lower-level errors with the action in progress, keeping the cause', () => {
    const low = Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:5000'), { code: 'ECONNREFUSED' });
    const err = wrapError('pushing 127.0.0.1:5000/x:1', low);
    expect(err.message).toBe('pushing 127.0.0.1:5000/x:1: connect ECONNREFUSED 127.0.0.1:5000');
    expect(err.cause).toBe(low);
    expect(describeError(Object.assign(new Error('socket hang up'), { code: 'ECONNRESET' }))).toBe(
      'socket hang up (ECONNRESET)',
    );
  });
});
