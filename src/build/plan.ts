import type Docker from 'dockerode';
import type { Stats } from 'node:fs';
import { resolve } from 'node:path';
import { PinshipError } from '../errors.js';
import { readEngineInfo, type EngineInfo } from '../docker/engine-info.js';
import { ownershipRefusal } from '../git/repo.js';
import { cleanBlobIds, readRepoState } from '../git/repo-state.js';
import type { Logger } from '../log/logger.js';
import { mb } from '../log/megabytes.js';
import type { RegistryCredentials } from '../registry/credentials.js';
import { parseReference, type ImageReference } from '../registry/reference.js';
import { resolveBaseImages, type StaleBase } from './base-images.js';
import type { BuildOptions } from './build-image.js';
import type { BuildContext } from './context/read-context.js';
import { readContext } from './plan-context.js';
import { baseImages, remoteSources } from './dockerfile.js';
import { checkPlatform, chooseBuilder, chooseNetwork, contextTransfer, type Builder } from './engine-choice.js';
import { contentIds, inputDigestOf } from './input-digest.js';
import { imageLabels } from './labels.js';
import { resolveRemoteSources, type ResolvedRemotes } from './remote-sources.js';
import { parseSecretSpec, readSecrets, type SecretSpec } from './secrets.js';
import { commitTags, inputDigestTag } from './tags.js';
import { buildTrust, inputTagPrefix, type BuildTrust } from './trust.js';

/** Everything decided before the engine builds anything: what is sent, its names, its key. */
export interface BuildPlan {
  reference: ImageReference;
  /** The repository, as given (without tag). */
  name: string;
  context: BuildContext;
  /** Each entry's content id as hashed (index-aligned): the upload is checked against them. */
  contentIds: (string | undefined)[];
  /** This commit's tags, in push order; at least one. */
  tags: string[];
  labels: Record<string, string>;
  inputDigest: string;
  /** The tag that marks an image of these inputs (`in-…`, or `pr-in-…` for a build that is not protected). */
  inTag: string;
  /** Whether this build may write and reuse `in-` tags, and why. */
  trust: BuildTrust;
  /** The commit being built (HEAD), when the context is in a work tree. */
  revision?: string;
  /** False when a base image or an `ADD <url>` could not be resolved: the key cannot tell whether it moved. */
  skippable: boolean;
  builder: Builder;
  network?: string;
  /** `--platform`, or the engine's own (in the key either way). */
  platform: string;
  /** Pull base images: they all resolved in their registries, and the key names those digests. */
  pull: boolean;
  /** Bases whose engine copy is not the registry's digest in the key: pulled before building. */
  staleBases: StaleBase[];
  secrets: Map<string, Buffer>;
}

/** The image reference to build into: a repository, optionally with a tag, never a digest. */
export function targetReference(options: BuildOptions): ImageReference {
  const reference = parseReference(options.image, 'image');
  if (reference.digest) {
    throw new PinshipError(`give a repository to build into, not a digest: ${options.image}`, { field: 'image' });
  }
  return reference;
}

/**
 * Reads the context, git's view of it and the engine, resolves the base images, and computes
 * the tags, labels and input digest (the key a later build of the same inputs finds).
 */
export async function planBuild(
  reference: ImageReference,
  options: BuildOptions,
  docker: Docker,
  credentialsFor: (registry: string) => Promise<RegistryCredentials | undefined>,
  log: Logger,
): Promise<BuildPlan> {
  const env = options.env ?? process.env;
  // Git runs in other processes, and the engine answers, while this one walks the context.
  const repo = readRepoState(resolve(options.context), { index: options.gitIndex !== false });
  const engine = readEngineInfo(docker);
  engine.catch(() => undefined);
  const secretSpecs = (options.secrets ?? []).map((s) => parseSecretSpec(s));
  checkPlatform(options.platform);
  const context = await readContext(options, log);
  const dockerfileText = context.dockerfileContent.toString('utf8');
  const bases = resolveBaseImages(baseImages(dockerfileText, options.buildArgs ?? {}), docker, credentialsFor, log);
  const remotes = resolveRemoteSources(remoteSources(dockerfileText, options.buildArgs ?? {}), log);
  // Awaited below; an error thrown before then must not leave them rejecting unhandled.
  bases.catch(() => undefined);
  const git = await repo;
  const { commit } = git;
  const extraTags = [...(reference.tag ? [reference.tag] : []), ...(options.tags ?? [])];
  const tags = commitTags(commit, extraTags, env);
  if (tags.length === 0) tags.push('latest');
  if (!commit) await warnNoCommit(options.context, tags, log);
  const known = await cleanBlobIds(context.dir, git, walkStats(context), context.excludedAttributes);
  const settings = await engineSettings(options, await engine, secretSpecs, env, log);
  const trust = buildTrust(env);

  const started = Date.now();
  const ids = await contentIds(context, { known });
  const resolved = await bases;
  for (const { image, reason } of resolved.lookupFailures) {
    log.warn(`base image ${image}: its registry could not be asked (${reason}); the engine's copy is used if any`);
  }
  for (const image of resolved.unresolved) {
    log.warn(`base image ${image} is neither in its registry nor in the engine: this build is never skipped`);
  }
  const remote = await withOnBuildSources(await remotes, resolved.onBuild, options, log);
  const inputDigest = inputDigestFor(context, options, settings, { resolved, remote, ids, known, started }, log);
  const { builder } = settings;
  return {
    reference,
    name: reference.name,
    context,
    contentIds: ids,
    tags,
    labels: imageLabels(commit, options.labels ?? {}, env),
    inputDigest,
    inTag: inputDigestTag(inputDigest, inputTagPrefix(trust)),
    trust,
    revision: commit?.sha,
    skippable: resolved.unresolved.length === 0 && remote.unresolved.length === 0,
    ...settings,
    pull: builder === 'buildkit' && resolved.allFromRegistry && Object.keys(resolved.digests).length > 0,
    staleBases: resolved.stale,
  };
}

/** What the input digest is computed from, besides the context and the options. */
interface KeyInputs {
  resolved: Awaited<ReturnType<typeof resolveBaseImages>>;
  remote: ResolvedRemotes;
  ids: (string | undefined)[];
  known: ReadonlyMap<string, string> | undefined;
  started: number;
}

/** The input digest (the key), and a log line saying what went into it. */
function inputDigestFor(
  context: BuildContext,
  options: BuildOptions,
  settings: Pick<BuildPlan, 'builder' | 'platform' | 'secrets'>,
  { resolved, remote, ids, known, started }: KeyInputs,
  log: Logger,
): string {
  const { builder, platform, secrets } = settings;
  const inputDigest = inputDigestOf(
    context,
    {
      buildArgs: options.buildArgs ?? {},
      // Stage names are case-insensitive: `--target Build` builds what `--target build` does.
      target: options.target?.toLowerCase(),
      platform,
      labels: options.labels ?? {},
      builder: builderInKey(builder, context, options),
      bases: resolved.digests,
      remotes: remote.versions,
      secretIds: [...secrets.keys()],
    },
    ids,
  );
  const files = context.entries.filter((e) => e.type === 'file').length;
  const fromIndex = known ? context.entries.filter((e) => e.type === 'file' && known.has(e.name)).length : 0;
  log.info(
    `input digest ${inputDigest}: ${files} files (${mb(context.bytes)} MB), ${fromIndex} ids from git's index, ` +
      `${Object.keys(resolved.digests).length} base image(s), ${remoteCount(remote)}${platform}, ` +
      `in ${Date.now() - started} ms`,
  );
  return inputDigest;
}

/**
 * Outside a work tree a build has no commit tags, which a warning says. A repository git refuses
 * for its owner is an error instead: quietly tagging `latest` would hide the refusal.
 */
async function warnNoCommit(contextDir: string, tags: string[], log: Logger): Promise<void> {
  const refusal = await ownershipRefusal(contextDir);
  if (refusal) {
    throw new PinshipError(`git refuses the repository of the build context ${contextDir}: ${refusal.message}`, {
      field: 'context',
      hint: `if you trust it, run: git config --global --add safe.directory ${refusal.path}`,
    });
  }
  log.warn(
    `${contextDir} is not in a git work tree: no revision labels and no sha- or branch tag; ` +
      `tagged ${tags.join(', ')}${tags.join() === 'latest' ? ' (give --tag, or the tags input, to name it)' : ''}`,
  );
}

/** Builder, network, platform and secrets for this engine and these options. */
async function engineSettings(
  options: BuildOptions,
  info: EngineInfo,
  secretSpecs: SecretSpec[],
  env: NodeJS.ProcessEnv,
  log: Logger,
): Promise<Pick<BuildPlan, 'builder' | 'network' | 'platform' | 'secrets'>> {
  const builder = chooseBuilder(options.builder, info, log);
  if (builder === 'classic' && secretSpecs.length) {
    throw new PinshipError('build secrets need BuildKit; the classic builder cannot mount them', { field: 'secrets' });
  }
  return {
    builder,
    network: chooseNetwork(options.network, builder, info, log),
    platform: options.platform || info.platform,
    secrets: await readSecrets(secretSpecs, env, log),
  };
}

/** The walk's lstat of each sent file, by name: what git's index is compared with. */
function walkStats(context: BuildContext): Map<string, Stats> {
  const stats = new Map<string, Stats>();
  for (const e of context.entries) if (e.stat) stats.set(e.name, e.stat);
  return stats;
}

/**
 * Adds the remote sources of the bases' ONBUILD instructions (`ONBUILD ADD <url>`), which run
 * in this build as if written in it. Read from the engine's copy of a base; a base the engine has
 * no copy of yet (a fresh runner) is read after its first pull.
 */
async function withOnBuildSources(
  remote: ResolvedRemotes,
  triggers: readonly string[],
  options: BuildOptions,
  log: Logger,
): Promise<ResolvedRemotes> {
  const sources = remoteSources(['FROM scratch', ...triggers].join('\n'), options.buildArgs ?? {});
  if (sources.length === 0) return remote;
  const more = await resolveRemoteSources(sources, log);
  return { versions: { ...remote.versions, ...more.versions }, unresolved: [...remote.unresolved, ...more.unresolved] };
}

/**
 * The builder as the key names it. BuildKit given the context as a tar keeps what .dockerignore
 * excludes for the engine's sake (the Dockerfile, .dockerignore) in `COPY .`, unlike its file
 * sync: such a build makes another image, so it gets another key.
 */
function builderInKey(builder: Builder, context: BuildContext, options: BuildOptions): string {
  const keepsReadOnly = builder === 'buildkit' && context.readOnlyEntries.length > 0;
  return keepsReadOnly && contextTransfer(options) === 'tar' ? 'buildkit, tar upload' : builder;
}

function remoteCount(remote: ResolvedRemotes): string {
  const count = Object.keys(remote.versions).length;
  return count ? `${count} remote source(s), ` : '';
}
