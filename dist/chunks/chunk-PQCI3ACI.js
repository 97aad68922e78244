import { createRequire as __pinshipCreateRequire } from 'node:module'; import { fileURLToPath as __pinshipFileURLToPath } from 'node:url'; import { dirname as __pinshipDirname } from 'node:path'; const require = __pinshipCreateRequire(import.meta.url); const __filename = __pinshipFileURLToPath(import.meta.url); const __dirname = __pinshipDirname(__filename);
import {
  CREDENTIALS_HINT
} from "./chunk-V7L7ANJB.js";
import {
  PinshipError,
  describeError
} from "./chunk-SI2EDPFI.js";

// src/registry/client.ts
import { createHash } from "node:crypto";

// src/registry/challenge.ts
function parseChallenge(header) {
  if (!header) return void 0;
  const match = /^\s*(\w+)\s*(.*)$/s.exec(header);
  if (!match) return void 0;
  const scheme = match[1].toLowerCase();
  if (scheme !== "basic" && scheme !== "bearer") return void 0;
  const params = {};
  const re = /(\w+)\s*=\s*(?:"((?:[^"\\]|\\.)*)"|([^\s,]*))/g;
  for (let m = re.exec(match[2]); m; m = re.exec(match[2])) {
    params[m[1].toLowerCase()] = m[2] !== void 0 ? m[2].replace(/\\(.)/g, "$1") : m[3] ?? "";
  }
  return { scheme, params };
}
function isLoopbackHost(host) {
  const bare = host.replace(/:\d+$/, "").replace(/^\[|\]$/g, "");
  return bare === "localhost" || /^127\.\d+\.\d+\.\d+$/.test(bare) || bare === "::1";
}
function realmTakesCredentials(realm, registryBaseUrl2) {
  if (realm.protocol === "https:") return true;
  const registry = new URL(registryBaseUrl2);
  return realm.protocol === "http:" && isLoopbackHost(registry.hostname) && isLoopbackHost(realm.hostname);
}

// src/registry/http-error.ts
var RegistryHttpError = class extends Error {
  constructor(status, what, body, retryAfterMs2) {
    super(`${what}: HTTP ${status}${summarize(body)}`);
    this.status = status;
    this.what = what;
    this.body = body;
    this.retryAfterMs = retryAfterMs2;
    this.name = "RegistryHttpError";
  }
  status;
  what;
  body;
  retryAfterMs;
};
function summarize(body) {
  try {
    const first = JSON.parse(body).errors?.[0];
    if (first) return ` ${first.code ?? ""} ${first.message ?? ""}`.trimEnd();
  } catch {
  }
  const text = body.replace(/\s+/g, " ").trim();
  return text ? ` ${text.slice(0, 200)}` : "";
}
function retryAfterMs(header) {
  if (!header || !/^\d+$/.test(header.trim())) return void 0;
  return Number(header.trim()) * 1e3;
}

// src/registry/retry.ts
var defaultRetry = { attempts: 4, baseDelayMs: 250, maxDelayMs: 4e3 };
var TRANSIENT_CODES = /* @__PURE__ */ new Set(["ECONNRESET", "EPIPE", "ETIMEDOUT", "UND_ERR_SOCKET", "UND_ERR_CONNECT_TIMEOUT"]);
function isTransient(err) {
  if (err instanceof RegistryHttpError) return err.status === 429 || err.status >= 500;
  for (let e = err, depth = 0; e && depth < 4; e = e.cause, depth++) {
    const code = e.code;
    if (code && TRANSIENT_CODES.has(code)) return true;
  }
  return false;
}
async function withRetry(fn, options = defaultRetry) {
  for (let attempt = 1; ; attempt++) {
    try {
      return await fn();
    } catch (err) {
      if (attempt >= options.attempts || !isTransient(err)) throw err;
      const cap = Math.min(options.maxDelayMs, options.baseDelayMs * 2 ** (attempt - 1));
      const retryAfter = err instanceof RegistryHttpError ? err.retryAfterMs : void 0;
      const delay = Math.min(options.maxDelayMs, retryAfter ?? Math.round(cap / 2 + Math.random() * cap / 2));
      options.onRetry?.(err, attempt, delay);
      await new Promise((resolve) => setTimeout(resolve, delay));
    }
  }
}

// src/registry/client.ts
var MANIFEST_ACCEPT = [
  "application/vnd.docker.distribution.manifest.v2+json",
  "application/vnd.docker.distribution.manifest.list.v2+json",
  "application/vnd.oci.image.manifest.v1+json",
  "application/vnd.oci.image.index.v1+json"
].join(", ");
function registryBaseUrl(registry) {
  const host = registry === "docker.io" ? "registry-1.docker.io" : registry;
  return `${isLoopbackHost(host) ? "http" : "https"}://${host}`;
}
var RegistryClient = class {
  constructor(registry, options) {
    this.registry = registry;
    this.baseUrl = registryBaseUrl(registry);
    this.log = options.log;
    this.credentials = options.credentials;
    this.retry = options.retry ?? defaultRetry;
    this.timeoutMs = options.timeoutMs ?? 6e4;
    this.credentialsHint = options.credentialsHint ?? CREDENTIALS_HINT;
    if (this.credentials) this.log.addSecret(this.credentials.password);
  }
  registry;
  baseUrl;
  log;
  credentials;
  retry;
  timeoutMs;
  credentialsHint;
  challenge;
  tokens = /* @__PURE__ */ new Map();
  /** Checks that the registry answers and accepts our credentials for `repository`. */
  async ping(repository) {
    await this.request("GET", "/v2/", repository, {}, "checking access to");
  }
  /**
   * The manifest `reference` (tag or digest) names, bytes exactly as stored, or undefined when
   * absent: one GET, since the bytes are needed to add tags. `digest` is the one the registry
   * reports (`Docker-Content-Digest`), else that of the bytes.
   */
  async findManifest(repository, reference) {
    const res = await this.manifestRequest("GET", repository, reference);
    if (res.status === 404) {
      await res.arrayBuffer().catch(() => void 0);
      return void 0;
    }
    const manifest = await readManifest(res);
    const header = res.headers.get("docker-content-digest");
    if (header && header !== manifest.digest) {
      throw new PinshipError(
        `${this.registry}/${repository}:${reference}: the registry says its manifest is ${header}, but the manifest it sent is ${manifest.digest}`,
        { hint: "is a proxy in front of the registry rewriting answers?" }
      );
    }
    return manifest;
  }
  /** Whether the registry holds the manifest `reference` (tag or digest) names: one HEAD request. */
  async hasManifest(repository, reference) {
    const res = await this.manifestRequest("HEAD", repository, reference);
    return res.status !== 404;
  }
  /** A manifest lookup, in any of the formats pinship reads; a 404 is an answer, not an error. */
  manifestRequest(method, repository, reference) {
    return this.request(
      method,
      `/v2/${repository}/manifests/${reference}`,
      repository,
      { headers: { accept: MANIFEST_ACCEPT }, allow404: true },
      "looking up"
    );
  }
  /** The blob `digest` names (an image config), checked against its digest. */
  async getBlob(repository, digest) {
    const res = await this.request("GET", `/v2/${repository}/blobs/${digest}`, repository, {}, `reading ${digest} of`);
    const bytes = Buffer.from(await res.arrayBuffer());
    const actual = `sha256:${createHash("sha256").update(bytes).digest("hex")}`;
    if (actual !== digest) {
      throw new PinshipError(`${this.registry}/${repository}: blob ${digest} arrived as ${actual}`, {
        hint: "is a proxy in front of the registry rewriting answers?"
      });
    }
    return bytes;
  }
  /** Stores `manifest` under `tag` (the same bytes: no blob is uploaded). Returns the digest. */
  async putManifest(repository, tag, manifest) {
    const res = await this.request(
      "PUT",
      `/v2/${repository}/manifests/${tag}`,
      repository,
      { headers: { "content-type": manifest.mediaType }, body: manifest.bytes },
      `tagging ${tag} in`
    );
    return res.headers.get("docker-content-digest") ?? manifest.digest;
  }
  async request(method, path, repository, init, doing) {
    const what = `${doing} ${this.registry}/${repository}`;
    return withRetry(
      async () => {
        let res = await this.send(method, path, repository, init);
        if (res.status === 401) {
          const challenge = parseChallenge(res.headers.get("www-authenticate"));
          await res.arrayBuffer().catch(() => void 0);
          if (!challenge) throw this.httpError(res, what, "");
          this.challenge = challenge;
          await this.authenticate(repository, what);
          res = await this.send(method, path, repository, init);
          if (res.status === 401) throw this.refused();
        }
        if (res.ok || init.allow404 && res.status === 404) return res;
        throw this.httpError(res, what, method === "HEAD" ? "" : await res.text().catch(() => ""));
      },
      {
        ...this.retry,
        onRetry: (err, attempt, delay) => this.log.warn(
          `${what}: ${describeError(err)}; retrying in ${delay} ms (attempt ${attempt + 1} of ${this.retry.attempts})`
        )
      }
    ).catch((err) => {
      if (err instanceof PinshipError) throw err;
      if (err instanceof RegistryHttpError) throw new PinshipError(`${err.message}`, { cause: err });
      throw new PinshipError(
        `${what}: cannot reach registry ${this.registry} at ${this.baseUrl}: ${describeError(connectionCause(err))}`,
        {
          hint: "is the registry running, and is the address right?",
          cause: err
        }
      );
    });
  }
  async send(method, path, repository, init) {
    const headers = { ...init.headers };
    const authorization = this.authorization(repository);
    if (authorization) headers.authorization = authorization;
    return fetch(`${this.baseUrl}${path}`, {
      method,
      headers,
      body: init.body,
      redirect: "follow",
      signal: AbortSignal.timeout(this.timeoutMs)
    });
  }
  authorization(repository) {
    if (!this.challenge) return void 0;
    if (this.challenge.scheme === "basic") {
      if (!this.credentials) return void 0;
      const { username, password } = this.credentials;
      return `Basic ${Buffer.from(`${username}:${password}`).toString("base64")}`;
    }
    const token = this.tokens.get(scope(repository));
    return token ? `Bearer ${token}` : void 0;
  }
  /** Answers the challenge: Basic needs only credentials; Bearer fetches a token for the scope. */
  async authenticate(repository, what) {
    const challenge = this.challenge;
    if (challenge.scheme === "basic") {
      if (!this.credentials) throw this.needsCredentials();
      return;
    }
    const realm = challenge.params.realm;
    if (!realm) throw new PinshipError(`${what}: the registry's Bearer challenge names no realm`);
    const url = URL.canParse(realm) ? new URL(realm) : void 0;
    if (!url) throw new PinshipError(`${what}: the registry's Bearer challenge names realm ${realm}, not a URL`);
    if (challenge.params.service) url.searchParams.set("service", challenge.params.service);
    url.searchParams.set("scope", scope(repository));
    const headers = {};
    if (this.credentials && !realmTakesCredentials(url, this.baseUrl)) {
      throw new PinshipError(
        `${what}: the registry's token realm ${url.origin} is not https: pinship sends credentials only over https, or over http from a registry on loopback to a realm on loopback`,
        { hint: "check the registry address: a registry chooses where its token service is" }
      );
    }
    if (this.credentials) {
      const { username, password } = this.credentials;
      headers.authorization = `Basic ${Buffer.from(`${username}:${password}`).toString("base64")}`;
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
        retryAfterMs(res.headers.get("retry-after"))
      );
    const body = await res.json();
    const token = body.token ?? body.access_token;
    if (!token) throw new PinshipError(`${what}: the token service at ${url.origin} returned no token`);
    this.log.addSecret(token);
    this.tokens.set(scope(repository), token);
  }
  refused() {
    const user = this.credentials?.username ?? "(none)";
    return new PinshipError(`registry ${this.registry} refused the credentials for user ${user}`, {
      hint: `check the username and password (from ${this.credentials?.source ?? "nowhere"})`
    });
  }
  needsCredentials() {
    return new PinshipError(`registry ${this.registry} requires credentials and none were given`, {
      hint: this.credentialsHint
    });
  }
  httpError(res, what, body) {
    return new RegistryHttpError(res.status, what, body, retryAfterMs(res.headers.get("retry-after")));
  }
};
async function readManifest(res) {
  const bytes = Buffer.from(await res.arrayBuffer());
  const mediaType = res.headers.get("content-type")?.split(";")[0]?.trim() || JSON.parse(bytes.toString("utf8")).mediaType || "application/vnd.docker.distribution.manifest.v2+json";
  const digest = `sha256:${createHash("sha256").update(bytes).digest("hex")}`;
  return { bytes, mediaType, digest };
}
function scope(repository) {
  return `repository:${repository}:pull,push`;
}
function connectionCause(err) {
  const cause = err?.cause;
  return err instanceof TypeError && cause ? cause : err;
}

export {
  isTransient,
  RegistryClient
};
