import type Docker from 'dockerode';
import { PinshipError, describeError } from '../errors.js';
import type { Logger } from '../log/logger.js';
import { mb } from '../log/megabytes.js';
import type { EngineAuth } from './engine-auth.js';
import { readJsonMessages } from './json-stream.js';
import { PushFailure } from './push-failure.js';

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
      if (attempt >= PUSH_ATTEMPTS || !isTransientPushFailure(err)) throw err;
      const delay = PUSH_BACKOFF_MS * 2 ** (attempt - 1);
      log.warn(
        `${describeError(err)}; pushing again in ${delay / 1000} s (attempt ${attempt + 1} of ${PUSH_ATTEMPTS})`,
      );
      await new Promise((resolve) => setTimeout(resolve, delay));
    }
  }
}

/** True for a push failure worth pushing again: one whose PushFailure (its cause) is transient. */
export function isTransientPushFailure(err: unknown): boolean {
  const cause = err instanceof PinshipError ? err.cause : undefined;
  return cause instanceof PushFailure && cause.transient;
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
    throw new PinshipError(`pushing ${ref}: ${message}`, { cause: PushFailure.ofRequest(err) });
  }
  const layers = new Map<string, { current: number; total: number }>();
  let digest: string | undefined;
  let failure: { message: string; code?: number } | undefined;
  let lastShown = 0;
  await readJsonMessages(stream, (m) => {
    if (m.aux?.Digest) digest = m.aux.Digest;
    if (m.error || m.errorDetail)
      failure = { message: m.errorDetail?.message ?? m.error ?? '', code: m.errorDetail?.code };
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
    throw new PinshipError(`push of ${ref} interrupted: ${describeError(err)}`, { cause: PushFailure.ofRequest(err) });
  });
  if (failure) {
    const cause = PushFailure.ofEngineMessage(failure.message, failure.code);
    if (cause.refused) {
      throw new PinshipError(
        `pushing ${ref}: the registry refused the credentials${auth ? ` for user ${auth.username}` : ''}: ` +
          failure.message,
        { cause },
      );
    }
    throw new PinshipError(`push of ${ref} interrupted: ${failure.message}`, { cause });
  }
  if (!digest) throw new PinshipError(`push of ${ref} interrupted: the engine's push stream ended without a digest`);
  return digest;
}
