import type Docker from 'dockerode';
import { pullImage, type PullOptions } from '../docker/image.js';
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
  /**
   * Bases resolved in their registry whose local copy is another image (the tag moved since it
   * was pulled): a build that does not pull would use the old one, so they are pulled first.
   */
  stale: StaleBase[];
  /** The ONBUILD instructions of the bases the engine holds a copy of (they run in this build). */
  onBuild: string[];
  /** Bases whose registry could not be asked (an error or no answer in time), and why: the caller says so. */
  lookupFailures: { image: string; reason: string }[];
}

/** A base image as written and the registry digest the input digest names for it. */
export interface StaleBase {
  image: string;
  reference: ImageReference;
  digest: string;
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
      if (ref.digest) return { image, remote: ref.digest, onBuild: [] as string[] };
      const local = await docker
        .getImage(image)
        .inspect()
        .then(
          (i) => ({ id: i.Id, digests: repositoryDigests(i.RepoDigests ?? [], ref), onBuild: i.Config?.OnBuild ?? [] }),
          () => undefined,
        );
      const onBuild = local?.onBuild ?? [];
      if (local && local.digests.length === 0) return { image, ref, local: local.id, onBuild };
      const lookup = await registryDigest(ref.registry, ref.path, ref.tag ?? 'latest', credentialsFor, log);
      const { remote, failure } = lookup;
      const stale = Boolean(remote && local && !local.digests.includes(remote));
      return { image, ref, remote, local: local?.id, stale, onBuild, failure };
    }),
  );
  const out: ResolvedBases = {
    digests: {},
    unresolved: [],
    allFromRegistry: true,
    stale: [],
    onBuild: [],
    lookupFailures: [],
  };
  for (const r of results) {
    out.onBuild.push(...r.onBuild);
    if ('failure' in r && r.failure) out.lookupFailures.push({ image: r.image, reason: r.failure });
    if (r.remote) out.digests[r.image] = `registry ${r.remote}`;
    else if (r.local) out.digests[r.image] = `local ${r.local}`;
    else out.unresolved.push(r.image);
    if (!r.remote) out.allFromRegistry = false;
    if (r.remote && 'stale' in r && r.stale) out.stale.push({ image: r.image, reference: r.ref, digest: r.remote });
  }
  return out;
}

/** The digests of `RepoDigests` entries (`name@sha256:…`, as the engine lists them) in `ref`'s repository. */
function repositoryDigests(repoDigests: readonly string[], ref: ImageReference): string[] {
  return repoDigests.flatMap((d) => {
    try {
      const other = parseReference(d, 'RepoDigests');
      return other.registry === ref.registry && other.path === ref.path && other.digest ? [other.digest] : [];
    } catch {
      return [];
    }
  });
}

/** The tag's manifest digest in its registry (undefined when it has none), or why it could not be asked. */
async function registryDigest(
  registry: string,
  path: string,
  tag: string,
  credentialsFor: (registry: string) => Promise<RegistryCredentials | undefined>,
  log: Logger,
): Promise<{ remote?: string; failure?: string }> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<{ failure: string }>((resolve) => {
    timer = setTimeout(
      () => resolve({ failure: `no answer within ${REGISTRY_TIMEOUT_MS / 1000} s` }),
      REGISTRY_TIMEOUT_MS,
    );
  });
  const lookup = (async () => {
    const client = new RegistryClient(registry, { credentials: await credentialsFor(registry), log });
    return { remote: (await client.findManifest(path, tag))?.digest };
  })().catch((err: unknown) => ({ failure: describeError(err) }));
  try {
    return await Promise.race([lookup, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

/**
 * Pulls each stale base by the digest the input digest names, and points its tag as written at
 * it, so that a build that does not pull (the classic builder; BuildKit beside a local-only base)
 * uses what the key says. By digest, not by tag: the tag may have moved again since.
 */
export async function refreshStaleBases(
  docker: Docker,
  stale: readonly StaleBase[],
  pullOptions: (registry: string) => PullOptions,
): Promise<void> {
  for (const { image, reference, digest } of stale) {
    const options = pullOptions(reference.registry);
    options.log.info(`base image ${image}: the engine's copy is not ${digest}, the one its registry serves`);
    const pinned = `${reference.name}@${digest}`;
    await pullImage(docker, pinned, reference.registry, options);
    await docker.getImage(pinned).tag({ repo: reference.name, tag: reference.tag ?? 'latest' });
  }
}
