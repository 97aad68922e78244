import { createHash } from 'node:crypto';
import { PinshipError, describeError } from '../errors.js';
import type { Logger } from '../log/logger.js';
import { isLoopbackHost, parseChallenge, realmTakesCredentials, type AuthChallenge } from './challenge.js';
import { CREDENTIALS_HINT, type RegistryCredentials } from './credentials.js';
import { RegistryHttpError, retryAfterMs } from './http-error.js';
import { defaultRetry, withRetry, type RetryOptions } from './retry.js';

/** Every manifest kind pinship may meet: Docker v2 and OCI, single-platform and index. */
export const MANIFEST_ACCEPT = [
  'application/vnd.docker.distribution.manifest.v2+json',
  'application/vnd.docker.distribution.manifest.list.v2+json',
  'application/vnd.oci.image.manifest.v1+json',
  'application/vnd.oci.image.index.v1+json',
].join(', ');

export interface Manifest {
  bytes: Buffer;
  mediaType: string;
  digest: string;
}

export interface RegistryClientOptions {
  credentials?: RegistryCredentials;
  log: Logger;
  retry?: RetryOptions;
  /** Per-request timeout. */
  timeoutMs?: number;
  /** How to give credentials, said when the registry asks for some; default CREDENTIALS_HINT. */
  credentialsHint?: string;
}

/**
 * Registries on loopback are spoken to over plain http, as the Docker engine itself allows
 * (127.0.0.0/8 is an insecure registry by default); every other registry over https.
 */
export function registryBaseUrl(registry: string): string {
  const host = registry === 'docker.io' ? 'registry-1.docker.io' : registry;
  return `${isLoopbackHost(host) ? 'http' : 'https'}://${host}`;
}

/** A small OCI distribution client for one registry: ping, auth, manifest GET/PUT. */
export class RegistryClient {
  readonly baseUrl: string;
  private readonly log: Logger;
  private readonly credentials?: RegistryCredentials;
  private readonly retry: RetryOptions;
  private readonly timeoutMs: number;
  private readonly credentialsHint: string;
  private challenge?: AuthChallenge;
  private readonly tokens = new Map<string, string>();

  constructor(
    readonly registry: string,
    options: RegistryClientOptions,
  ) {
    this.baseUrl = registryBaseUrl(registry);
    this.log = options.log;
    this.credentials = options.credentials;
    this.retry = options.retry ?? defaultRetry;
    this.timeoutMs = options.timeoutMs ?? 60_000;
    this.credentialsHint = options.credentialsHint ?? CREDENTIALS_HINT;
    if (this.credentials) this.log.addSecret(this.credentials.password);
  }

  /** Checks that the registry answers and accepts our credentials for `repository`. */
  async ping(repository: string): Promise<void> {
    await this.request('GET', '/v2/', repository, {}, 'checking access to');
  }

  /**
   * The manifest `reference` (tag or digest) names, bytes exactly as stored, or undefined when
   * absent: one GET, since the bytes are needed to add tags. `digest` is the one the registry
   * reports (`Docker-Content-Digest`), else that of the bytes.
   */
  async findManifest(repository: string, reference: string): Promise<Manifest | undefined> {
    const res = await this.manifestRequest('GET', repository, reference);
    if (res.status === 404) {
      await res.arrayBuffer().catch(() => undefined);
      return undefined;
    }
    const manifest = await readManifest(res);
    // The digest is the content's; a header naming another one means the answer is not what the
    // registry stores under it (a proxy rewrote it, or it was cut): reporting either is wrong.
    const header = res.headers.get('docker-content-digest');
    if (header && header !== manifest.digest) {
      throw new PinshipError(
        `${this.registry}/${repository}:${reference}: the registry says its manifest is ${header}, ` +
          `but the manifest it sent is ${manifest.digest}`,
        { hint: 'is a proxy in front of the registry rewriting answers?' },
      );
    }
    return manifest;
  }

  /** Whether the registry holds the manifest `reference` (tag or digest) names: one HEAD request. */
  async hasManifest(repository: string, reference: string): Promise<boolean> {
    const res = await this.manifestRequest('HEAD', repository, reference);
    return res.status !== 404;
  }

  /** A manifest lookup, in any of the formats pinship reads; a 404 is an answer, not an error. */
  private manifestRequest(method: 'GET' | 'HEAD', repository: string, reference: string): Promise<Response> {
    return this.request(
      method,
      `/v2/${repository}/manifests/${reference}`,
      repository,
      { headers: { accept: MANIFEST_ACCEPT }, allow404: true },
      'looking up',
    );
  }

  /** The blob `digest` names (an image config), checked against its digest. */
  async getBlob(repository: string, digest: string): Promise<Buffer> {
    const res = await this.request('GET', `/v2/${repository}/blobs/${digest}`, repository, {}, `reading ${digest} of`);
    const bytes = Buffer.from(await res.arrayBuffer());
    const actual = `sha256:${createHash('sha256').update(bytes).digest('hex')}`;
    if (actual !== digest) {
      throw new PinshipError(`${this.registry}/${repository}: blob ${digest} arrived as ${actual}`, {
        hint: 'is a proxy in front of the registry rewriting answers?',
      });
    }
    return bytes;
  }

  /** Stores `manifest` under `tag` (the same bytes: no blob is uploaded). Returns the digest. */
  async putManifest(repository: string, tag: string, manifest: Manifest): Promise<string> {
    const res = await this.request(
      'PUT',
      `/v2/${repository}/manifests/${tag}`,
      repository,
      { headers: { 'content-type': manifest.mediaType }, body: manifest.bytes },
      `tagging ${tag} in`,
    );
    return res.headers.get('docker-content-digest') ?? manifest.digest;
  }

  private async request(
    method: string,
    path: string,
    repository: string,
    init: { headers?: Record<string, string>; body?: Buffer; allow404?: boolean },
    doing: string,
  ): Promise<Response> {
    const what = `${doing} ${this.registry}/${repository}`;
    return withRetry(
      async () => {
        let res = await this.send(method, path, repository, init);
        if (res.status === 401) {
          const challenge = parseChallenge(res.headers.get('www-authenticate'));
          await res.arrayBuffer().catch(() => undefined);
          if (!challenge) throw this.httpError(res, what, '');
          this.challenge = challenge;
          await this.authenticate(repository, what);
          res = await this.send(method, path, repository, init);
          if (res.status === 401) throw this.refused();
        }
        if (res.ok || (init.allow404 && res.status === 404)) return res;
        throw this.httpError(res, what, method === 'HEAD' ? '' : await res.text().catch(() => ''));
      },
      {
        ...this.retry,
        onRetry: (err, attempt, delay) =>
          this.log.warn(
            `${what}: ${describeError(err)}; retrying in ${delay} ms (attempt ${attempt + 1} of ` +
              `${this.retry.attempts})`,
          ),
      },
    ).catch((err: unknown) => {
      if (err instanceof PinshipError) throw err;
      if (err instanceof RegistryHttpError) throw new PinshipError(`${err.message}`, { cause: err });
      throw new PinshipError(
        `${what}: cannot reach registry ${this.registry} at ${this.baseUrl}: ${describeError(connectionCause(err))}`,
        {
          hint: 'is the registry running, and is the address right?',
          cause: err,
        },
      );
    });
  }

  private async send(
    method: string,
    path: string,
    repository: string,
    init: { headers?: Record<string, string>; body?: Buffer },
  ): Promise<Response> {
    const headers: Record<string, string> = { ...init.headers };
    const authorization = this.authorization(repository);
    if (authorization) headers.authorization = authorization;
    return fetch(`${this.baseUrl}${path}`, {
      method,
      headers,
      body: init.body,
      redirect: 'follow',
      signal: AbortSignal.timeout(this.timeoutMs),
    });
  }

  private authorization(repository: string): string | undefined {
    if (!this.challenge) return undefined;
    if (this.challenge.scheme === 'basic') {
      if (!this.credentials) return undefined;
      const { username, password } = this.credentials;
      return `Basic ${Buffer.from(`${username}:${password}`).toString('base64')}`;
    }
    const token = this.tokens.get(scope(repository));
    return token ? `Bearer ${token}` : undefined;
  }

  /** Answers the challenge: Basic needs only credentials; Bearer fetches a token for the scope. */
  private async authenticate(repository: string, what: string): Promise<void> {
    const challenge = this.challenge!;
    if (challenge.scheme === 'basic') {
      if (!this.credentials) throw this.needsCredentials();
      return;
    }
    const realm = challenge.params.realm;
    if (!realm) throw new PinshipError(`${what}: the registry's Bearer challenge names no realm`);
    const url = URL.canParse(realm) ? new URL(realm) : undefined;
    if (!url) throw new PinshipError(`${what}: the registry's Bearer challenge names realm ${realm}, not a URL`);
    if (challenge.params.service) url.searchParams.set('service', challenge.params.service);
    url.searchParams.set('scope', scope(repository));
    const headers: Record<string, string> = {};
    if (this.credentials && !realmTakesCredentials(url, this.baseUrl)) {
      throw new PinshipError(
        `${what}: the registry's token realm ${url.origin} is not https: pinship sends credentials only ` +
          'over https, or over http from a registry on loopback to a realm on loopback',
        { hint: 'check the registry address: a registry chooses where its token service is' },
      );
    }
    if (this.credentials) {
      const { username, password } = this.credentials;
      headers.authorization = `Basic ${Buffer.from(`${username}:${password}`).toString('base64')}`;
    }
    const res = await fetch(url, { headers, signal: AbortSignal.timeout(this.timeoutMs) });
    if (res.status === 401 || res.status === 403) {
      throw this.credentials ? this.refused() : this.needsCredentials();
    }
    if (!res.ok)
      throw new RegistryHttpError(
        res.status,
        `${what}: getting a token from ${url.origin}`,
        await res.text(),
        retryAfterMs(res.headers.get('retry-after')),
      );
    const body = (await res.json()) as { token?: string; access_token?: string };
    const token = body.token ?? body.access_token;
    if (!token) throw new PinshipError(`${what}: the token service at ${url.origin} returned no token`);
    this.log.addSecret(token);
    this.tokens.set(scope(repository), token);
  }

  private refused(): PinshipError {
    const user = this.credentials?.username ?? '(none)';
    return new PinshipError(`registry ${this.registry} refused the credentials for user ${user}`, {
      hint: `check the username and password (from ${this.credentials?.source ?? 'nowhere'})`,
    });
  }

  private needsCredentials(): PinshipError {
    return new PinshipError(`registry ${this.registry} requires credentials and none were given`, {
      hint: this.credentialsHint,
    });
  }

  private httpError(res: Response, what: string, body: string): RegistryHttpError {
    return new RegistryHttpError(res.status, what, body, retryAfterMs(res.headers.get('retry-after')));
  }
}

async function readManifest(res: Response): Promise<Manifest> {
  const bytes = Buffer.from(await res.arrayBuffer());
  const mediaType =
    res.headers.get('content-type')?.split(';')[0]?.trim() ||
    (JSON.parse(bytes.toString('utf8')) as { mediaType?: string }).mediaType ||
    'application/vnd.docker.distribution.manifest.v2+json';
  const digest = `sha256:${createHash('sha256').update(bytes).digest('hex')}`;
  return { bytes, mediaType, digest };
}

function scope(repository: string): string {
  return `repository:${repository}:pull,push`;
}

// fetch() reports "fetch failed" and keeps the real reason (ECONNREFUSED…) in `cause`.
function connectionCause(err: unknown): unknown {
  const cause = (err as { cause?: unknown })?.cause;
  return err instanceof TypeError && cause ? cause : err;
}
