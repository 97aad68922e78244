import type Docker from 'dockerode';
import { describeError } from '../errors.js';
import type { Logger } from '../log/logger.js';
import { RegistryClient } from '../registry/client.js';
import type { RegistryCredentials } from '../registry/credentials.js';
import { type ImageReference, parseReference } from '../registry/reference.js';

/** What each base image of a build resolved to, for the input digest. */
export interface ResolvedBases {
  /** Image as written -> `registry sha256:…` or `local sha256:…` (the engine's image id). */
  digests: Record<string, string>;
  /** Images neither the registry nor the engine knows: the build is never skipped with them. */
  unresolved: string[];
  /** Every base came from its registry: the build then pulls them (`pull=1`) so that it uses them. */
  allFromRegistry: boolean;
}

const REGISTRY_TIMEOUT_MS = 10_000;

/**
 * Resolves each base image: the engine's image id when the image exists only in the engine
 * (built, imported or loaded here: no repo digest in its repository, so that registry is not its
 * source, and the build takes it from the engine), else its manifest digest in its registry (a tag that moved changes
 * it), else the local id of a pulled copy the registry no longer answers for. A reference
 * pinned by digest is its own answer.
 */
export async function resolveBaseImages(
  images: readonly string[],
  docker: Docker,
  credentialsFor: (registry: string) => Promise<RegistryCredentials | undefined>,
  log: Logger,
): Promise<ResolvedBases> {
  const results = await Promise.all(
    images.map(async (image) => {
      const ref = parseReference(image, 'file');
      if (ref.digest) return { image, remote: ref.digest };
      const local = await docker
        .getImage(image)
        .inspect()
        .then(
          (i) => ({ id: i.Id, pulled: (i.RepoDigests ?? []).some((d) => sameRepository(d, ref)) }),
          () => undefined,
        );
      if (local && !local.pulled) return { image, local: local.id };
      const remote = await registryDigest(ref.registry, ref.path, ref.tag ?? 'latest', credentialsFor, log);
      return { image, remote, local: local?.id };
    }),
  );
  const out: ResolvedBases = { digests: {}, unresolved: [], allFromRegistry: true };
  for (const r of results) {
    if (r.remote) out.digests[r.image] = `registry ${r.remote}`;
    else if (r.local) out.digests[r.image] = `local ${r.local}`;
    else out.unresolved.push(r.image);
    if (!r.remote) out.allFromRegistry = false;
  }
  return out;
}

/** True when `repoDigest` (`name@sha256:…`, as the engine lists them) is in `ref`'s repository. */
function sameRepository(repoDigest: string, ref: ImageReference): boolean {
  try {
    const other = parseReference(repoDigest, 'RepoDigests');
    return other.registry === ref.registry && other.path === ref.path;
  } catch {
    return false;
  }
}

async function registryDigest(
  registry: string,
  path: string,
  tag: string,
  credentialsFor: (registry: string) => Promise<RegistryCredentials | undefined>,
  log: Logger,
): Promise<string | undefined> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<undefined>((resolve) => {
    timer = setTimeout(() => resolve(undefined), REGISTRY_TIMEOUT_MS);
  });
  const lookup = (async () => {
    const client = new RegistryClient(registry, { credentials: await credentialsFor(registry), log });
    return (await client.findManifest(path, tag))?.digest;
  })().catch((err: unknown) => {
    log.debug(`resolving ${registry}/${path}:${tag}: ${describeError(err)}`);
    return undefined;
  });
  try {
    return await Promise.race([lookup, timeout]);
  } finally {
    clearTimeout(timer);
  }
}
