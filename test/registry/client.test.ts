import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { createHash } from 'node:crypto';
import { afterEach, describe, expect, it } from 'vitest';
import { RegistryClient, registryBaseUrl } from '../../src/registry/client.js';
import { isTransient, withRetry } from '../../src/registry/retry.js';
import { RegistryHttpError } from '../../src/registry/http-error.js';
import { parseChallenge, realmTakesCredentials } from '../../src/registry/challenge.js';
import type { PinshipError } from '../../src/errors.js';
import { RecordingLogger } from '../build/helpers.js';

// A loopback stand-in for a token-authenticated registry (the ghcr.io / Docker Hub scheme):
// /v2/ answers 401 with a Bearer challenge, /token trades Basic credentials for a token.
type Handler = (req: IncomingMessage, res: ServerResponse, body: Buffer) => void;
let close = async () => {};
afterEach(() => close());

async function standIn(handler: Handler): Promise<string> {
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => handler(req, res, Buffer.concat(chunks)));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  close = () => new Promise((resolve) => server.close(() => resolve()));
  return `127.0.0.1:${(server.address() as { port: number }).port}`;
}

const fast = { attempts: 4, baseDelayMs: 1, maxDelayMs: 5 };
const manifest = Buffer.from('{"schemaVersion":2,"mediaType":"application/vnd.oci.image.manifest.v1+json"}');
const manifestDigest = `sha256:${createHash('sha256').update(manifest).digest('hex')}`;

function bearerRegistry(requests: string[], stored: Map<string, Buffer>): Handler {
  return (req, res, body) => {
    const url = new URL(req.url!, 'http://x');
    requests.push(`${req.method} ${url.pathname}${url.search}`);
    if (url.pathname === '/token') {
      const ok = req.headers.authorization === `Basic ${Buffer.from('bot:s3cret').toString('base64')}`;
      res.writeHead(ok ? 200 : 401, { 'content-type': 'application/json' });
      return res.end(ok ? JSON.stringify({ token: `tok-${url.searchParams.get('scope')}` }) : '{}');
    }
    if (req.headers.authorization !== 'Bearer tok-repository:team/app:pull,push') {
      res.writeHead(401, { 'www-authenticate': `Bearer realm="http://${req.headers.host}/token",service="stand-in"` });
      return res.end();
    }
    const m = /^\/v2\/team\/app\/manifests\/(.+)$/.exec(url.pathname);
    if (url.pathname === '/v2/') return res.end('{}');
    if (m && req.method === 'PUT') {
      stored.set(m[1]!, body);
      res.writeHead(201, { 'docker-content-digest': manifestDigest });
      return res.end();
    }
    if (m && stored.has(m[1]!)) {
      res.writeHead(200, {
        'content-type': 'application/vnd.oci.image.manifest.v1+json',
        'docker-content-digest': manifestDigest,
      });
      return res.end(req.method === 'HEAD' ? undefined : stored.get(m[1]!));
    }
    res.writeHead(404);
    res.end('{"errors":[{"code":"MANIFEST_UNKNOWN","message":"manifest unknown"}]}');
  };
}

describe('RegistryClient against a Bearer-token registry', () => {
  it('fetches a token for the repository scope, then HEADs, GETs and PUTs manifests', async () => {
    const requests: string[] = [];
    const stored = new Map([['v1', manifest]]);
    const host = await standIn(bearerRegistry(requests, stored));
    const log = new RecordingLogger();
    const client = new RegistryClient(host, {
      credentials: { username: 'bot', password: 's3cret', source: 'inputs' },
      log,
      retry: fast,
    });
    await client.ping('team/app');
    expect((await client.findManifest('team/app', 'v1'))?.digest).toBe(manifestDigest);
    expect(await client.findManifest('team/app', 'absent')).toBeUndefined();
    const got = await client.findManifest('team/app', 'v1');
    expect(got).toEqual({
      bytes: manifest,
      mediaType: 'application/vnd.oci.image.manifest.v1+json',
      digest: manifestDigest,
    });
    await client.putManifest('team/app', 'v2', got!);
    expect(stored.get('v2')).toEqual(manifest);
    expect(requests.filter((r) => r.startsWith('GET /token'))).toEqual([
      'GET /token?service=stand-in&scope=repository%3Ateam%2Fapp%3Apull%2Cpush',
    ]);
    expect(log.secrets).toEqual(['s3cret', 'tok-repository:team/app:pull,push']);
  });

  it('names the user when the token service refuses the credentials', async () => {
    const host = await standIn(bearerRegistry([], new Map()));
    const client = new RegistryClient(host, {
      credentials: { username: 'bot', password: 'wrong', source: 'inputs' },
      log: new RecordingLogger(),
      retry: fast,
    });
    const err = await client.ping('team/app').catch((e: unknown) => e);
    expect((err as PinshipError).message).toBe(`registry ${host} refused the credentials for user bot`);
  });
});

describe('where Basic credentials go to get a token', () => {
  it('to an https realm, or to an http realm on loopback only from a registry on loopback', () => {
    const takes = (realm: string, registry: string) => realmTakesCredentials(new URL(realm), registryBaseUrl(registry));
    expect(takes('https://auth.docker.io/token', 'docker.io')).toBe(true);
    expect(takes('https://other.example/token', 'ghcr.io')).toBe(true);
    expect(takes('http://ghcr.io/token', 'ghcr.io')).toBe(false);
    expect(takes('http://127.0.0.1:5001/token', 'ghcr.io')).toBe(false);
    expect(takes('http://localhost:5001/token', '127.0.0.1:5000')).toBe(true);
    expect(takes('http://[::1]:5001/token', 'localhost:5000')).toBe(true);
    expect(takes('http://auth.example/token', '127.0.0.1:5000')).toBe(false);
    expect(takes('ftp://127.0.0.1/token', '127.0.0.1:5000')).toBe(false);
  });

  it('a registry on loopback naming a realm elsewhere over http gets no credentials and a clear error', async () => {
    const requests: string[] = [];
    const host = await standIn((req, res) => {
      requests.push(`${req.method} ${req.url} ${req.headers.authorization ?? '-'}`);
      res.writeHead(401, { 'www-authenticate': 'Bearer realm="http://auth.example/token",service="x"' });
      res.end();
    });
    const client = new RegistryClient(host, {
      credentials: { username: 'bot', password: 's3cret', source: 'inputs' },
      log: new RecordingLogger(),
      retry: fast,
    });
    const err = (await client.ping('team/app').catch((e: unknown) => e)) as PinshipError;
    expect(err.message).toBe(
      `checking access to ${host}/team/app: the registry's token realm http://auth.example is not https: pinship ` +
        'sends credentials only over https, or over http from a registry on loopback to a realm on loopback',
    );
    expect(requests).toEqual(['GET /v2/ -']);
  });
});

describe('retries', () => {
  it('retries 503 and 429 with back-off, then succeeds', async () => {
    let calls = 0;
    const host = await standIn((_req, res) => {
      calls++;
      if (calls === 1) res.writeHead(503);
      else if (calls === 2) res.writeHead(429, { 'retry-after': '0' });
      res.end('{}');
    });
    const log = new RecordingLogger();
    await new RegistryClient(host, { log, retry: fast }).ping('team/app');
    expect(calls).toBe(3);
    expect(log.lines.filter((l) => l.includes('retrying'))).toHaveLength(2);
  });

  it('gives up after the bounded number of attempts', async () => {
    let calls = 0;
    const host = await standIn((_req, res) => {
      calls++;
      res.writeHead(502);
      res.end('bad gateway');
    });
    const err = await new RegistryClient(host, { log: new RecordingLogger(), retry: fast })
      .ping('team/app')
      .catch((e: unknown) => e);
    expect(calls).toBe(4);
    expect((err as PinshipError).message).toBe(`checking access to ${host}/team/app: HTTP 502 bad gateway`);
  });

  it('does not retry what a retry cannot fix', async () => {
    expect(isTransient(new RegistryHttpError(404, 'x', ''))).toBe(false);
    expect(isTransient(new RegistryHttpError(401, 'x', ''))).toBe(false);
    expect(isTransient(Object.assign(new Error('refused'), { code: 'ECONNREFUSED' }))).toBe(false);
    expect(
      isTransient(new TypeError('fetch failed', { cause: Object.assign(new Error('reset'), { code: 'ECONNRESET' }) })),
    ).toBe(true);
    let calls = 0;
    await expect(
      withRetry(async () => {
        calls++;
        throw new RegistryHttpError(400, 'x', '');
      }, fast),
    ).rejects.toThrow('HTTP 400');
    expect(calls).toBe(1);
  });
});

describe('addresses and challenges', () => {
  it('refuses a manifest whose Docker-Content-Digest is not the digest of what was sent', async () => {
    const registry = await standIn((_req, res) => {
      res.writeHead(200, {
        'content-type': 'application/vnd.oci.image.manifest.v1+json',
        'docker-content-digest': `sha256:${'0'.repeat(64)}`,
      });
      res.end(manifest);
    });
    const client = new RegistryClient(registry, { log: new RecordingLogger(), retry: fast });
    const err = (await client.findManifest('team/app', 'in-1').catch((e: unknown) => e)) as PinshipError;
    expect(err.format()).toBe(
      `${registry}/team/app:in-1: the registry says its manifest is sha256:${'0'.repeat(64)}, but the manifest ` +
        `it sent is ${manifestDigest} (is a proxy in front of the registry rewriting answers?)`,
    );
  });

  it('uses http only for loopback registries', () => {
    expect(registryBaseUrl('127.0.0.1:5000')).toBe('http://127.0.0.1:5000');
    expect(registryBaseUrl('localhost:5000')).toBe('http://localhost:5000');
    expect(registryBaseUrl('ghcr.io')).toBe('https://ghcr.io');
    expect(registryBaseUrl('docker.io')).toBe('https://registry-1.docker.io');
  });

  it('parses Basic and Bearer challenges', () => {
    expect(parseChallenge('Basic realm="pinship-dev"')).toEqual({ scheme: 'basic', params: { realm: 'pinship-dev' } });
    expect(
      parseChallenge('Bearer realm="https://ghcr.io/token",service="ghcr.io",scope="repository:a/b:pull"'),
    ).toEqual({
      scheme: 'bearer',
      params: { realm: 'https://ghcr.io/token', service: 'ghcr.io', scope: 'repository:a/b:pull' },
    });
    expect(parseChallenge('Negotiate abc')).toBeUndefined();
  });
});
