import type { Stats } from 'node:fs';
import { resolve } from 'node:path';
import { PinshipError } from '../errors.js';
import { cleanBlobIds, readRepoState } from '../git/repo-state.js';
import type { Logger } from '../log/logger.js';
import { stageNames } from '../docker/image-build.js';
import { parseReference, type ImageReference } from '../registry/reference.js';
import type { BuildOptions } from './build-image.js';
import { readBuildContext, type BuildContext } from './context.js';
import { computeInputDigest } from './input-digest.js';
import { imageLabels } from './labels.js';
import { commitTags, inputDigestTag } from './tags.js';

/** Everything decided before the engine is asked anything: what is sent, its names, its key. */
export interface BuildPlan {
  reference: ImageReference;
  /** The repository, as given (without tag). */
  name: string;
  context: BuildContext;
  /** This commit's tags, in push order; at least one. */
  tags: string[];
  labels: Record<string, string>;
  inputDigest: string;
  /** The tag that marks an image of these inputs (`in-…`). */
  inTag: string;
}

/** The image reference to build into: a repository, optionally with a tag, never a digest. */
export function targetReference(options: BuildOptions): ImageReference {
  const reference = parseReference(options.image, 'image');
  if (reference.digest) {
    throw new PinshipError(`give a repository to build into, not a digest: ${options.image}`, { field: 'image' });
  }
  return reference;
}

/** Reads the context and git's view of it, and computes the tags, labels and input digest. */
export async function planBuild(reference: ImageReference, options: BuildOptions, log: Logger): Promise<BuildPlan> {
  const env = options.env ?? process.env;
  // Git runs in other processes while this one walks the context (git's queries never reject).
  const repo = readRepoState(resolve(options.context), { index: options.gitIndex !== false });
  const context = await readBuildContext(options.context, options.file);
  checkTarget(context, options);
  if (context.entries.some((e) => e.name === '.git')) {
    // Docker sends .git like any directory; every commit then changes the input digest.
    log.warn(`the context sends .git, so every commit changes the input digest and nothing is ever skipped: add .git to ${options.context}/.dockerignore`);
  }
  const git = await repo;
  const { commit } = git;
  if (!commit) log.warn(`${options.context} is not in a git work tree: no revision labels and no sha- or branch tag`);
  const known = await cleanBlobIds(context.dir, git, walkStats(context));
  const extraTags = [...(reference.tag ? [reference.tag] : []), ...(options.tags ?? [])];
  const tags = commitTags(commit, extraTags, env);
  if (tags.length === 0) tags.push('latest');

  const started = Date.now();
  const inputDigest = await computeInputDigest(context, {
    buildArgs: options.buildArgs ?? {},
    target: options.target,
    platform: options.platform,
    labels: options.labels ?? {},
  }, { known });
  const files = context.entries.filter((e) => e.type === 'file').length;
  const fromIndex = known ? context.entries.filter((e) => e.type === 'file' && known.has(e.name)).length : 0;
  log.info(`input digest ${inputDigest}: ${files} files (${mb(context.bytes)} MB), ${fromIndex} ids from git's index, in ${Date.now() - started} ms`);
  return {
    reference,
    name: reference.name,
    context,
    tags,
    labels: imageLabels(commit, options.labels ?? {}, env),
    inputDigest,
    inTag: inputDigestTag(inputDigest),
  };
}

/** Refuses a --target the Dockerfile does not declare, before anything is sent. */
function checkTarget(context: BuildContext, options: BuildOptions): void {
  if (!options.target) return;
  const stages = stageNames(context.dockerfileContent.toString('utf8'));
  if (stages.includes(options.target.toLowerCase())) return;
  throw new PinshipError(`unknown build stage ${JSON.stringify(options.target)} in ${options.file ?? `${options.context}/Dockerfile`}` +
    (stages.length ? `: its stages are ${stages.join(', ')}` : ': it names no stages (FROM … AS name)'), { field: 'target' });
}

/** The walk's lstat of each sent file, by name: what git's index is compared with. */
function walkStats(context: BuildContext): Map<string, Stats> {
  const stats = new Map<string, Stats>();
  for (const e of context.entries) if (e.stat) stats.set(e.name, e.stat);
  return stats;
}

export function mb(bytes: number): string {
  return (bytes / 1e6).toFixed(1);
}
