import type Docker from 'dockerode';
import { PinshipError, describeError, wrapError } from '../errors.js';
import type { Logger } from '../log/logger.js';
import { CREDENTIALS_HINT, resolveCredentials } from '../registry/credentials.js';
import { engineAuth } from './engine-auth.js';
import { readJsonMessages } from './json-stream.js';
import { formatReference, parseReference } from '../registry/reference.js';

/** An image made ready in the engine, with what the run record says about it. */
export interface LocalImage {
  ref: string;
  name: string;
  /** Manifest digest; null when the image exists only in this engine (never pushed or pulled). */
  digest: string | null;
  /** The engine's image ID: containers are created from it, so a moving tag cannot change mid-run. */
  imageId: string;
  resolvedFrom: 'digest' | 'tag' | 'local-image';
  note: string | null;
  labels: Record<string, string>;
}

export interface PullOptions {
  username?: string;
  password?: string;
  log: Logger;
  env?: NodeJS.ProcessEnv;
  /** Aborts a pull under way (the run's timeout or Ctrl-C). */
  signal?: AbortSignal;
}

/**
 * Makes `ref` present in the engine and finds its digest: `repo@sha256:…` is used as is (pulled by
 * digest when missing); `repo:tag` is looked up locally, else pulled, and its digest taken from
 * the image's RepoDigests for that repository.
 */
export async function prepareImage(docker: Docker, ref: string, options: PullOptions): Promise<LocalImage> {
  const parsed = parseReference(ref);
  const wanted = parsed.digest ? formatReference({ name: parsed.name, digest: parsed.digest }) : ref.trim();
  let info = await inspectImage(docker, wanted);
  if (!info) {
    await pullImage(docker, wanted, parsed.registry, options);
    info = await inspectImage(docker, wanted);
    if (!info) throw new PinshipError(`pulled ${wanted} but the engine does not list it`);
  }
  const labels = info.Config?.Labels ?? {};
  const base = { ref: ref.trim(), name: parsed.name, imageId: info.Id, labels };
  if (parsed.digest) return { ...base, digest: parsed.digest, resolvedFrom: 'digest', note: null };

  const repoDigest = (info.RepoDigests ?? []).find((d) => d.startsWith(`${parsed.name}@`));
  if (repoDigest) {
    const digest = repoDigest.slice(parsed.name.length + 1);
    return {
      ...base,
      digest,
      resolvedFrom: 'tag',
      note: `tag ${parsed.tag ?? 'latest'} resolved to ${digest} in the engine`,
    };
  }
  return {
    ...base,
    digest: null,
    resolvedFrom: 'local-image',
    note:
      `${ref.trim()} exists only in this engine (never pushed), so it has no registry digest; the run used image ` +
      `ID ${info.Id}`,
  };
}

async function inspectImage(docker: Docker, ref: string): Promise<Docker.ImageInspectInfo | undefined> {
  try {
    return await docker.getImage(ref).inspect();
  } catch (err) {
    if ((err as { statusCode?: number }).statusCode === 404) return undefined;
    throw wrapError(`inspecting image ${ref}`, err);
  }
}

/** Pulls `ref` through the engine, with `registry`'s credentials; failures name the image. */
export async function pullImage(docker: Docker, ref: string, registry: string, options: PullOptions): Promise<void> {
  const credentials = await resolveCredentials(registry, {
    username: options.username,
    password: options.password,
    env: options.env,
  });
  if (credentials) options.log.addSecret(credentials.password);
  options.log.info(`pulling ${ref}${credentials ? ` as ${credentials.username} (${credentials.source})` : ''}`);
  const authconfig = engineAuth(credentials, registry);
  try {
    const stream = await docker.pull(ref, {
      ...(authconfig ? { authconfig } : {}),
      ...(options.signal ? { abortSignal: options.signal } : {}),
    });
    let failure: string | undefined;
    await readJsonMessages(stream, (m) => {
      failure ??= m.errorDetail?.message ?? m.error;
    });
    if (failure) throw new Error(failure);
  } catch (err) {
    if (options.signal?.aborted) {
      const why = (options.signal.reason as { message?: string } | undefined)?.message ?? 'aborted';
      throw new PinshipError(`stopped while pulling ${ref}: ${why}`, { cause: err });
    }
    throw new PinshipError(`pulling ${ref}: ${describeError(err)}`, {
      field: 'image',
      hint: credentials
        ? 'check the image exists and the credentials may read it'
        : `is the image pushed? If the registry needs a login: ${CREDENTIALS_HINT}`,
      cause: err,
    });
  }
}
