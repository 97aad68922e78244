import type Docker from 'dockerode';
import type { Logger } from '../log/logger.js';
import { RegistryClient } from '../registry/client.js';
import { resolveCredentials } from '../registry/credentials.js';
import type { ImageReference } from '../registry/reference.js';
import { buildInEngine } from './build-in-engine.js';
import { lookupInEngine, lookupInRegistry } from './lookup.js';
import { planBuild, targetReference } from './plan.js';
import { publishImage, type RegistryAccess } from './publish.js';
import { reuseImage } from './reuse.js';

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
  /** Every tag the image now carries from this run, the input-digest tag last. */
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
 * whether an image of that key exists (lookup*), and then either reuse it (reuseImage) or build
 * and publish a new one.
 */
export async function buildImage(options: BuildOptions, deps: BuildDeps): Promise<BuildResult> {
  const { docker, log } = deps;
  const reference = targetReference(options);
  // The registry's access check (credentials, then /v2/ ping: two round trips) runs while the
  // context is read; its outcome, error included, is taken after the context's.
  const access = options.push ? checkAccess(reference, options, log) : undefined;
  access?.catch(() => undefined);
  const plan = await planBuild(reference, options, log);

  if (!options.push) {
    const existing = await lookupInEngine(docker, plan);
    if (existing) return reuseImage(existing, plan, { docker }, log);
    const id = await buildInEngine(docker, plan, options, log);
    const image = docker.getImage(id);
    for (const tag of [...plan.tags, plan.inTag]) await image.tag({ repo: plan.name, tag });
    const { name, tags, inTag, inputDigest } = plan;
    return { image: name, digest: id, ref: `${name}:${tags[0]}`, tags: [...tags, inTag], skipped: false, inputDigest };
  }

  // Fail on a registry that is down or refuses us before spending a build on it.
  const registryAccess = await access!;
  const existing = await lookupInRegistry(registryAccess.registry, plan);
  if (existing) return reuseImage(existing, plan, { docker, registry: registryAccess.registry }, log);
  await buildInEngine(docker, plan, options, log);
  return publishImage(docker, plan, registryAccess, log);
}

/** Resolves the credentials and checks that the registry answers and accepts them. */
async function checkAccess(reference: ImageReference, options: BuildOptions, log: Logger): Promise<RegistryAccess> {
  const env = options.env ?? process.env;
  const credentials = await resolveCredentials(reference.registry, { username: options.username, password: options.password, env });
  const registry = new RegistryClient(reference.registry, { credentials, log });
  await registry.ping(reference.path);
  return { credentials, registry };
}
