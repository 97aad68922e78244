import type Docker from 'dockerode';
import type { RegistryLogin } from '../docker/buildkit/auth-service.js';
import { remoteDefaultBranch } from '../git/repo.js';
import type { PullOptions } from '../docker/image.js';
import type { Logger } from '../log/logger.js';
import { RegistryClient } from '../registry/client.js';
import { resolveCredentials, type RegistryCredentials } from '../registry/credentials.js';
import type { ImageReference } from '../registry/reference.js';
import { refreshStaleBases } from './base-images.js';
import { cacheReference, cacheTarget, defaultCacheSources, usableCacheSources } from './cache.js';
import { lookupInEngine, lookupInRegistry } from './lookup.js';
import { planBuild, targetReference, type BuildPlan } from './plan.js';
import { keepInEngine, publishImage, type RegistryAccess } from './publish.js';
import { reuseImage } from './reuse.js';
import { reusableImage } from './reuse-check.js';

/** What to build and where to put it; names match the action's inputs. */
export interface BuildOptions {
  /** The context directory. */
  context: string;
  /** The Dockerfile, relative to the working directory; default `<context>/Dockerfile`. */
  file?: string;
  /** The repository, e.g. `ghcr.io/org/compute` (a `:tag` here counts as one more tag). */
  image: string;
  tags?: string[];
  buildArgs?: Record<string, string>;
  target?: string;
  labels?: Record<string, string>;
  platform?: string;
  /** Push to the registry (and decide "unchanged" there); otherwise build into the engine only. */
  push?: boolean;
  username?: string;
  password?: string;
  /** `buildkit` (default, when the engine has it) or `classic`. */
  builder?: string;
  /** Network for RUN steps (`networkmode`); default: the engine's, or `none` without a bridge. */
  network?: string;
  /** `id=X,src=FILE` or `id=X,env=VAR`, for `RUN --mount=type=secret,id=X` (BuildKit only). */
  secrets?: string[];
  /** Images (or tags of `image`) whose layers may be reused; default: this branch's, then the default branch's. */
  cacheFrom?: string[];
  /** A tag (or `REPO:TAG` of the same repository) that also gets the pushed image and its inline cache. */
  cacheTo?: string;
  /**
   * How BuildKit gets the context: `filesync` (default, the session's file sync) or `tar` (the
   * request body; the fallback). Default: PINSHIP_CONTEXT_TRANSFER, else `filesync`.
   */
  contextTransfer?: 'filesync' | 'tar';
  /** Take clean tracked files' content ids from git's index instead of reading them (default true). */
  gitIndex?: boolean;
  /** GITHUB_REF, GITHUB_EVENT_PATH, DOCKER_CONFIG…; default process.env. */
  env?: NodeJS.ProcessEnv;
}

export interface BuildResult {
  /** The repository, as given. */
  image: string;
  /** Pushed: the manifest digest the registry serves. Local: the image ID (config digest). */
  digest: string;
  /** Pushed: `image@digest`. Local: `image:<first tag>` (a local image has no registry digest). */
  ref: string;
  /** Every tag of this commit the image now carries, the input-digest tag last (not the cache-to tag). */
  tags: string[];
  /** True when an image of the same inputs existed and nothing was built or pushed. */
  skipped: boolean;
  inputDigest: string;
}

export interface BuildDeps {
  docker: Docker;
  log: Logger;
}

/**
 * Builds (or finds) the image for these inputs, pushes it when asked, and names it by digest.
 * Three decisions, as skaffold's build cache makes them: the key (planBuild: the input digest),
 * whether an image of that key exists (lookup*) that this build may trust (reusableImage), and
 * then either reuse it (reuseImage) or build and publish a new one.
 */
export async function buildImage(options: BuildOptions, deps: BuildDeps): Promise<BuildResult> {
  const { docker, log } = deps;
  const reference = targetReference(options);
  const credentialsFor = credentialSource(reference, options);
  const cacheTo = cacheTarget(options.cacheTo, reference);
  // The registry's access check (credentials, then /v2/ ping: two round trips) runs while the
  // context is read; its outcome, error included, is taken after the context's.
  const access = options.push ? checkAccess(reference, credentialsFor, log) : undefined;
  access?.catch(() => undefined);
  const plan = await planBuild(reference, options, docker, credentialsFor, log);
  const loginFor = sessionLogins(credentialsFor, log);

  if (!options.push) {
    const found = plan.skippable ? await lookupInEngine(docker, plan) : undefined;
    const existing = found && (await reusableImage(found, plan, { docker }, log));
    if (existing) return reuseImage(existing, plan, { docker }, log);
    const cacheFrom = await cacheSources(plan, options, false, credentialsFor, log);
    await refreshStaleBases(docker, plan.staleBases, pullOptions(reference, options, log));
    const { buildInEngine } = await import('./build-in-engine.js');
    const id = await buildInEngine(docker, plan, options, { cacheFrom, inlineCache: false, loginFor }, log);
    return keepInEngine(docker, id, plan);
  }

  // Fail on a registry that is down or refuses us before spending a build on it.
  const registryAccess = await access!;
  const found = plan.skippable ? await lookupInRegistry(registryAccess.registry, plan) : undefined;
  const existing = found && (await reusableImage(found, plan, { docker, registry: registryAccess.registry }, log));
  if (existing) return reuseImage(existing, plan, { docker, registry: registryAccess.registry }, log, cacheTo);
  const cacheFrom = await cacheSources(plan, options, true, credentialsFor, log);
  await refreshStaleBases(docker, plan.staleBases, pullOptions(reference, options, log));
  const inputs = { cacheFrom, inlineCache: plan.builder === 'buildkit', loginFor };
  // Loaded only for a build: a skip needs neither BuildKit's session (gRPC, protos) nor the tar writer.
  const { buildInEngine } = await import('./build-in-engine.js');
  const id = await buildInEngine(docker, plan, options, inputs, log);
  return publishImage(docker, id, plan, registryAccess, log, cacheTo);
}

/**
 * The cache sources to import (BuildKit only): those given, else, when pushing, this branch's and
 * the default branch's previous images; each checked to exist and be readable first.
 */
async function cacheSources(
  plan: BuildPlan,
  options: BuildOptions,
  pushing: boolean,
  credentialsFor: (registry: string) => Promise<RegistryCredentials | undefined>,
  log: Logger,
): Promise<string[]> {
  if (plan.builder !== 'buildkit') {
    if (options.cacheFrom?.length)
      log.warn('cache-from is used with BuildKit only: the classic builder builds without it');
    return [];
  }
  const given = (options.cacheFrom ?? []).map((c) => {
    const ref = cacheReference(c, plan.reference, 'cache-from');
    return `${ref.name}${ref.tag ? `:${ref.tag}` : ''}${ref.digest ? `@${ref.digest}` : ''}`;
  });
  if (given.length) return usableCacheSources(given, true, credentialsFor, log);
  if (!pushing) return [];
  // Read only when it is needed (not on the skip path): one more git process.
  const defaultBranch = await remoteDefaultBranch(plan.context.dir);
  const defaults = defaultCacheSources(plan.reference, plan.tags, defaultBranch, options.env ?? process.env);
  return usableCacheSources(defaults, false, credentialsFor, log);
}

/**
 * Credentials per registry: the given username/password for the image's registry, else
 * DOCKER_CONFIG's (credential helpers included); each looked up once.
 */
export function credentialSource(reference: ImageReference, options: BuildOptions) {
  const env = options.env ?? process.env;
  const cache = new Map<string, Promise<RegistryCredentials | undefined>>();
  return (registry: string): Promise<RegistryCredentials | undefined> => {
    let found = cache.get(registry);
    if (!found) {
      const given = registry === reference.registry ? { username: options.username, password: options.password } : {};
      found = resolveCredentials(registry, { ...given, env });
      cache.set(registry, found);
    }
    return found;
  };
}

/** How to pull from a registry: the given username/password for the image's own registry only. */
function pullOptions(reference: ImageReference, options: BuildOptions, log: Logger) {
  return (registry: string): PullOptions => ({
    env: options.env,
    log,
    ...(registry === reference.registry ? { username: options.username, password: options.password } : {}),
  });
}

/** Logins for BuildKit's session, which names Docker Hub by its registry host. */
function sessionLogins(credentialsFor: (registry: string) => Promise<RegistryCredentials | undefined>, log: Logger) {
  return async (host: string): Promise<RegistryLogin | undefined> => {
    const registry = host === 'registry-1.docker.io' || host === 'index.docker.io' ? 'docker.io' : host;
    const credentials = await credentialsFor(registry).catch(() => undefined);
    if (!credentials) return undefined;
    log.addSecret(credentials.password);
    return { username: credentials.username, password: credentials.password };
  };
}

/** Checks that the image's registry answers and accepts the credentials. */
async function checkAccess(
  reference: ImageReference,
  credentialsFor: (registry: string) => Promise<RegistryCredentials | undefined>,
  log: Logger,
): Promise<RegistryAccess> {
  const credentials = await credentialsFor(reference.registry);
  const registry = new RegistryClient(reference.registry, { credentials, log });
  await registry.ping(reference.path);
  return { credentials, registry };
}
