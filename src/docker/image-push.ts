import type Docker from 'dockerode';
import { PinshipError, describeError } from '../errors.js';
import type { Logger } from '../log/logger.js';
import type { EngineAuth } from './engine-auth.js';
import { readJsonMessages } from './json-stream.js';

/** Attempts in all for one engine push, and the wait before the second (doubled for the third). */
export const PUSH_ATTEMPTS = 3;
const PUSH_BACKOFF_MS = 1000;

/**
 * Pushes `name:tag` through the engine and resolves to the manifest digest the engine reports.
 * The engine retries a layer upload itself but not the manifest PUT: a push that fails on a
 * transient registry error (5xx, 429, a reset or timed out connection) is pushed again, up to
 * PUSH_ATTEMPTS in all; a refusal of the credentials is not.
 */
export async function pushThroughEngine(
  docker: Docker,
  name: string,
  tag: string,
  auth: EngineAuth | undefined,
  log: Logger,
): Promise<string> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await pushOnce(docker, name, tag, auth, log);
    } catch (err) {
      if (attempt >= PUSH_ATTEMPTS || !(err instanceof PinshipError) || !isTransientPushFailure(err.message)) throw err;
      const delay = PUSH_BACKOFF_MS * 2 ** (attempt - 1);
      log.warn(`${err.message}; pushing again in ${delay / 1000} s (attempt ${attempt + 1} of ${PUSH_ATTEMPTS})`);
      await new Promise((resolve) => setTimeout(resolve, delay));
    }
  }
}

// What the engine reports for a registry error a second try can cure; never a refusal.
const TRANSIENT =
  /\b(5\d\d|429)\b|too many requests|toomanyrequests|unavailable|\bEOF\b|reset|broken pipe|time(d)? ?out/i;
const REFUSED = /\b(401|403)\b|unauthorized|authentication required|denied|forbidden|refused the credentials/i;

/** True for a push failure worth pushing again: a transient registry or connection error, not an auth one. */
export function isTransientPushFailure(message: string): boolean {
  return TRANSIENT.test(message) && !REFUSED.test(message);
}

/** One push; progress is the sum of all layers' bytes, the digest the stream's final aux message. */
async function pushOnce(
  docker: Docker,
  name: string,
  tag: string,
  auth: EngineAuth | undefined,
  log: Logger,
): Promise<string> {
  const ref = `${name}:${tag}`;
  let stream: NodeJS.ReadableStream;
  try {
    stream = await docker.getImage(ref).push({ tag, ...(auth ? { authconfig: auth } : {}) } as Docker.ImagePushOptions);
  } catch (err) {
    const message = (err as { json?: { message?: string } }).json?.message ?? describeError(err);
    throw new PinshipError(`pushing ${ref}: ${message}`, { cause: err });
  }
  const layers = new Map<string, { current: number; total: number }>();
  let digest: string | undefined;
  let failure: string | undefined;
  let lastShown = 0;
  await readJsonMessages(stream, (m) => {
    if (m.aux?.Digest) digest = m.aux.Digest;
    if (m.error || m.errorDetail) failure = m.errorDetail?.message ?? m.error;
    if (m.id && m.progressDetail?.total) {
      layers.set(m.id, { current: m.progressDetail.current ?? 0, total: m.progressDetail.total });
    } else if (m.id && (m.status === 'Pushed' || m.status === 'Layer already exists')) {
      const layer = layers.get(m.id);
      if (layer) layer.current = layer.total;
    }
    const now = Date.now();
    if (layers.size && now - lastShown > 500) {
      lastShown = now;
      let current = 0;
      let total = 0;
      for (const l of layers.values()) {
        current += l.current;
        total += l.total;
      }
      if (total > 0) log.progress(`pushing ${ref}: ${mb(current)} / ${mb(total)} MB`);
    }
  }).catch((err: unknown) => {
    throw new PinshipError(`push of ${ref} interrupted: ${describeError(err)}`, { cause: err });
  });
  if (failure) {
    if (/unauthorized|authentication required|denied/i.test(failure)) {
      throw new PinshipError(
        `pushing ${ref}: the registry refused the credentials${auth ? ` for user ${auth.username}` : ''}: ${failure}`,
      );
    }
    throw new PinshipError(`push of ${ref} interrupted: ${failure}`);
  }
  if (!digest) throw new PinshipError(`push of ${ref} interrupted: the engine's push stream ended without a digest`);
  return digest;
}

function mb(bytes: number): string {
  return (bytes / 1e6).toFixed(1);
}
