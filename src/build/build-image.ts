import type Docker from 'dockerode';
import { resolve } from 'node:path';
import { PinshipError, wrapError } from '../errors.js';
import type { Logger } from '../log/logger.js';
import { stageNames, runEngineBuild } from '../docker/image-build.js';
import { engineAuth } from '../docker/engine-auth.js';
import { pushThroughEngine } from '../docker/image-push.js';
import { RegistryClient, type Manifest } from '../registry/client.js';
import { resolveCredentials, type RegistryCredentials } from '../registry/credentials.js';
import { parseReference, type ImageReference } from '../registry/reference.js';
import { readBuildContext } from './context.js';
import { packContext, tarSize } from './context-tar.js';
import { cleanBlobIdsOf, readGitState } from './git-state.js';
import { computeInputDigest } from './input-digest.js';
import { imageLabels } from './labels.js';
import { commitTags, inputDigestTag } from './tags.js';

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

/** Builds (or finds) the image for these inputs, pushes it when asked, and names it by digest. */
export async function buildImage(options: BuildOptions, deps: BuildDeps): Promise<BuildResult> {
  const { docker, log } = deps;
  const env = options.env ?? process.env;
  const reference = parseReference(options.image, 'image');
  if (reference.digest) {
    throw new PinshipError(`give a repository to build into, not a digest: ${options.image}`, { field: 'image' });
  }
  const name = reference.name;
  const extraTags = [...(reference.tag ? [reference.tag] : []), ...(options.tags ?? [])];

  // Git runs in other processes while this one walks the context (git's queries never reject).
  const contextDir = resolve(options.context);
  const gitQueries = readGitState(contextDir, { index: options.gitIndex !== false });
  // The registry's access check (credentials, then /v2/ ping: two round trips) runs meanwhile
  // too; its outcome, error included, is taken where it was always checked, after the context's.
  const access = options.push ? checkAccess(reference, options, env, log) : undefined;
  access?.catch(() => undefined);
  const context = await readBuildContext(options.context, options.file);
  if (options.target) {
    const stages = stageNames(context.dockerfileContent.toString('utf8'));
    if (!stages.includes(options.target.toLowerCase())) {
      throw new PinshipError(`unknown build stage ${JSON.stringify(options.target)} in ${options.file ?? `${options.context}/Dockerfile`}` +
        (stages.length ? `: its stages are ${stages.join(', ')}` : ': it names no stages (FROM … AS name)'), { field: 'target' });
    }
  }
  if (context.entries.some((e) => e.name === '.git')) {
    // Docker sends .git like any directory; every commit then changes the input digest.
    log.warn(`the context sends .git, so every commit changes the input digest and nothing is ever skipped: add .git to ${options.context}/.dockerignore`);
  }
  const git = await gitQueries;
  const { commit } = git;
  const known = await cleanBlobIdsOf(context, git);
  if (!commit) log.warn(`${options.context} is not in a git work tree: no revision labels and no sha- or branch tag`);
  const userLabels = options.labels ?? {};
  const labels = imageLabels(commit, userLabels, env);
  const tags = commitTags(commit, extraTags, env);
  if (tags.length === 0) tags.push('latest');

  const started = Date.now();
  const inputDigest = await computeInputDigest(context, {
    buildArgs: options.buildArgs ?? {},
    target: options.target,
    platform: options.platform,
    labels: userLabels,
  }, { known });
  const inTag = inputDigestTag(inputDigest);
  const files = context.entries.filter((e) => e.type === 'file').length;
  const fromIndex = known ? context.entries.filter((e) => e.type === 'file' && known.has(e.name)).length : 0;
  log.info(`input digest ${inputDigest}: ${files} files (${mb(context.bytes)} MB), ${fromIndex} ids from git's index, in ${Date.now() - started} ms`);

  const build = async (): Promise<string> => {
    // Progress counts tar bytes (headers and padding too), so the total is the tar's length.
    const total = mb(tarSize(context));
    const tar = packContext(context, { onBytes: throttle((sent) => log.progress(`sending context: ${mb(sent)} / ${total} MB`)) });
    return runEngineBuild(docker, tar, {
      group: `building ${name}:${tags[0]}`,
      tag: `${name}:${tags[0]}`,
      dockerfile: context.dockerfileName,
      buildArgs: options.buildArgs ?? {},
      labels,
      target: options.target,
      platform: options.platform,
    }, log);
  };

  if (!options.push) return buildLocally({ docker, log, name, tags, inTag, inputDigest, build });

  // Fail on a registry that is down or refuses us before spending a build on it.
  const { credentials, registry } = await access!;

  const existing = await registry.findManifest(reference.path, inTag);
  if (existing) {
    const { digest } = existing;
    log.info(`${name}:${inTag} exists (${digest}): inputs unchanged, adding this commit's tags without building`);
    await putTags(registry, reference.path, tags, existing);
    return { image: name, digest, ref: `${name}@${digest}`, tags: [...tags, inTag], skipped: true, inputDigest };
  }

  await build();
  const auth = engineAuth(credentials, reference.registry);
  const first = tags[0]!;
  const digest = await log.group(`pushing ${name}:${first}`, () => pushThroughEngine(docker, name, first, auth, log));
  const served = await registry.findManifest(reference.path, first);
  if (served?.digest !== digest) {
    throw new PinshipError(`pushed ${name}:${first} as ${digest} but the registry serves ${served?.digest ?? 'nothing'} for it`, {
      hint: 'did another push write the same tag at the same time?',
    });
  }
  // Every other tag is a manifest PUT of the same bytes; the input-digest tag goes last so that
  // a run cut short never leaves a skip marker on an image missing this commit's tags.
  try {
    await putTags(registry, reference.path, tags.slice(1), served);
    await registry.putManifest(reference.path, inTag, served);
  } catch (err) {
    throw wrapError(`tagging ${name}@${digest}`, err);
  }
  log.info(`pushed ${name}@${digest}`);
  return { image: name, digest, ref: `${name}@${digest}`, tags: [...tags, inTag], skipped: false, inputDigest };
}

/** Resolves the credentials and checks that the registry answers and accepts them. */
async function checkAccess(reference: ImageReference, options: BuildOptions, env: NodeJS.ProcessEnv, log: Logger): Promise<{ credentials?: RegistryCredentials; registry: RegistryClient }> {
  const credentials = await resolveCredentials(reference.registry, { username: options.username, password: options.password, env });
  const registry = new RegistryClient(reference.registry, { credentials, log });
  await registry.ping(reference.path);
  return { credentials, registry };
}

/**
 * PUTs `manifest` under every tag at once (the same bytes: one round trip, not one per tag).
 * A failure is reported as the sequential loop did: the first failing tag in order.
 */
async function putTags(registry: RegistryClient, path: string, tags: readonly string[], manifest: Manifest): Promise<void> {
  const results = await Promise.allSettled(tags.map((tag) => registry.putManifest(path, tag, manifest)));
  const failed = results.find((r) => r.status === 'rejected');
  if (failed) throw failed.reason;
}

interface LocalBuild {
  docker: Docker;
  log: Logger;
  name: string;
  tags: string[];
  inTag: string;
  inputDigest: string;
  build: () => Promise<string>;
}

/** Without push, "unchanged" is decided by the engine's own images: `name:in-…` present locally. */
async function buildLocally({ docker, log, name, tags, inTag, inputDigest, build }: LocalBuild): Promise<BuildResult> {
  const existing = await docker.getImage(`${name}:${inTag}`).inspect().then((i) => i.Id, () => undefined);
  const id = existing ?? (await build());
  if (existing) log.info(`${name}:${inTag} exists in the engine (${existing}): inputs unchanged, tagging without building`);
  const image = docker.getImage(id);
  for (const tag of [...tags, ...(existing ? [] : [inTag])]) await image.tag({ repo: name, tag });
  return { image: name, digest: id, ref: `${name}:${tags[0]}`, tags: [...tags, inTag], skipped: Boolean(existing), inputDigest };
}

function mb(bytes: number): string {
  return (bytes / 1e6).toFixed(1);
}

function throttle(fn: (n: number) => void, ms = 500): (n: number) => void {
  let last = 0;
  return (n) => {
    const now = Date.now();
    if (now - last >= ms) {
      last = now;
      fn(n);
    }
  };
}
