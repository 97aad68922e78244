import { createHash } from 'node:crypto';
import { PinshipError } from '../errors.js';
import type { CommitInfo } from '../git/commit-info.js';
import { readGitHubContext } from '../github/context.js';
import { isTag } from '../registry/reference.js';

/**
 * The tag that marks an image built from given inputs: `in-` (or, for a build that is not
 * protected, `pr-in-`; see trust.ts) and 32 hex of the input digest.
 */
export function inputDigestTag(inputDigest: string, prefix = 'in-'): string {
  return `${prefix}${inputDigest.replace(/^sha256:/, '').slice(0, 32)}`;
}

/**
 * A branch name as a tag, one tag per branch: a name that is a valid tag stays as it is; any other
 * (characters Docker refuses, over 128 characters, the form of pinship's own tags, or already
 * ending like a transformed name) has characters Docker refuses made `-` and ends in `-` and 12 hex
 * of a hash of the whole name, so `release/1.0` and `release-1.0` never move each other's tag.
 */
export function sanitizeTag(name: string): string {
  if (isTag(name) && !RESERVED.test(name) && !HASHED.test(name)) return name;
  const hash = createHash('sha256').update(name).digest('hex').slice(0, 12);
  const text = name
    .replace(/[^\w.-]+/g, '-')
    .replace(/^[.-]+/, '')
    .slice(0, 128 - 13)
    .replace(/-+$/, '');
  return `${text || 'branch'}-${hash}`;
}

/**
 * The forms of the tags pinship writes itself: a branch named like one would move it (`in-<hex>`
 * marks an image of other inputs, which a later build would skip to; `sha-<hex>` another commit,
 * `pr-<n>` a pull request).
 */
const RESERVED = /^((pr-)?in-[0-9a-f]{32}|sha-[0-9a-f]{7,40}|pr-\d+)$/;
/** The forms of the input-digest tags. */
const INPUT_TAG = /^(pr-)?in-[0-9a-f]{32}$/;
/** How a transformed branch name ends: a name that ends so is transformed too, or it could equal one. */
const HASHED = /-[0-9a-f]{12}$/;

/** The pull request number from GITHUB_REF (`refs/pull/N/merge`) or a pull_request event. */
function pullRequestNumber(env: NodeJS.ProcessEnv): number | undefined {
  const ref = /^refs\/pull\/(\d+)\//.exec(env.GITHUB_REF ?? '');
  if (ref && isPullRequestNumber(Number(ref[1]))) return Number(ref[1]);
  if (!/^pull_request/.test(env.GITHUB_EVENT_NAME ?? '')) return undefined;
  return readGitHubContext(env).pullRequest?.number;
}

// Only a positive integer makes a valid tag: `pr-1e+21` or `pr-1.5` would be refused by the registry.
function isPullRequestNumber(n: unknown): n is number {
  return typeof n === 'number' && Number.isSafeInteger(n) && n > 0;
}

/** The branch being built: GITHUB_REF's `refs/heads/…` in Actions, else the checked-out branch. */
function branchName(commit: CommitInfo | undefined, env: NodeJS.ProcessEnv): string | undefined {
  const ref = /^refs\/heads\/(.+)$/.exec(env.GITHUB_REF ?? '');
  return ref ? ref[1] : commit?.branch;
}

/**
 * This commit's tags, in push order: `sha-<short>`, then `pr-<n>` or the branch, then the given
 * ones (deduplicated). The input-digest tag is not among them: it is written last, separately.
 */
export function commitTags(commit: CommitInfo | undefined, extra: readonly string[], env: NodeJS.ProcessEnv): string[] {
  for (const tag of extra) {
    if (!isTag(tag)) {
      throw new PinshipError(
        `invalid tag ${JSON.stringify(tag)}: use letters, digits, _ . - (at most 128, not starting with . or -)`,
        { field: 'tags' },
      );
    }
    if (INPUT_TAG.test(tag)) {
      throw new PinshipError(`tag ${tag} has the form of pinship's input-digest tag, which marks skips`, {
        field: 'tags',
      });
    }
  }
  const tags: string[] = [];
  if (commit) tags.push(`sha-${commit.shortSha}`);
  const pr = pullRequestNumber(env);
  const branch = branchName(commit, env);
  if (pr !== undefined) tags.push(`pr-${pr}`);
  else if (branch) tags.push(sanitizeTag(branch));
  tags.push(...extra);
  return [...new Set(tags)];
}
