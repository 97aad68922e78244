import { describe, expect, it } from 'vitest';
import { PinshipError } from '../../src/errors.js';
import { formatReference, isDigest, parseReference } from '../../src/registry/reference.js';

const DIGEST = `sha256:${'ab'.repeat(32)}`;

describe('parseReference', () => {
  it('reads a registry with a port, a nested path, a tag and a digest', () => {
    const ref = parseReference(`127.0.0.1:5000/team/compute:v1@${DIGEST}`);
    expect(ref).toEqual({
      registry: '127.0.0.1:5000',
      path: 'team/compute',
      name: '127.0.0.1:5000/team/compute',
      tag: 'v1',
      digest: DIGEST,
    });
    expect(formatReference(ref)).toBe(`127.0.0.1:5000/team/compute:v1@${DIGEST}`);
  });

  it('treats a first component without . or : as a Docker Hub path, as Docker does', () => {
    expect(parseReference('team/compute')).toMatchObject({ registry: 'docker.io', path: 'team/compute' });
    expect(parseReference('busybox')).toMatchObject({ registry: 'docker.io', path: 'library/busybox' });
    expect(parseReference('localhost/compute')).toMatchObject({ registry: 'localhost', path: 'compute' });
    expect(parseReference('localhost:5000/compute:1')).toMatchObject({ registry: 'localhost:5000', tag: '1' });
  });

  it.each([
    ['', 'empty'],
    ['Team/Compute', 'lowercase'],
    [`compute@sha256:${'a'.repeat(63)}`, 'digest'],
    ['compute@md5:abc', 'digest'],
    ['compute:-bad', 'tag'],
    ['compute:a b', 'tag'],
    ['reg:port:5000/x', 'registry'],
    ['/compute', 'repository'],
  ])('rejects %j with an error that says what is wrong (%s)', (input, word) => {
    let caught: unknown;
    try {
      parseReference(input, 'images[0]');
    } catch (err) {
      caught = err;
    }
    expect(caught).toBeInstanceOf(PinshipError);
    const text = (caught as PinshipError).format();
    expect(text).toContain('images[0]');
    expect(text).toContain(word);
  });

  it('isDigest accepts only sha256 with 64 lowercase hex digits', () => {
    expect(isDigest(DIGEST)).toBe(true);
    expect(isDigest(DIGEST.toUpperCase())).toBe(false);
    expect(isDigest(`${DIGEST}0`)).toBe(false);
  });
});
