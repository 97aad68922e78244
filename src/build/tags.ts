import { PinshipError } from '../errors.js';
import type { CommitInfo } from '../git/commit-info.js';
import { readGitHubContext } from '../github/context.js';
import { isTag } from '../registry/reference.js';

/** The tag that marks an image built from given inputs: `in-` and 32 hex of the input digest. */
export function inputDigestTag(inputDigest: string): string {
  return `in-${inputDigest.replace(/^sha256:/, '').slice(0, 32)}`;
}

/** A branch name as a tag: characters Docker refuses become `-`, at most 128 characters. */
export function sanitizeTag(name: string): string {
  const text = name
    .replace(/[^\w.-]+/g, '-')
    .replace(/^[.-]+/, '')
    .slice(0, 128);
  if (!text) return 'branch';
  // A branch named like pinship's own tags would move them: `in-<hex>` marks an image of other
  // inputs (a later build would skip to it), `sha-<hex>` another commit, `pr-<n>` a pull request.
  return RESERVED.test(text) ? `branch-${text}`.slice(0, 128) : text;
}

/** The forms of the tags pinship writes itself. */
const RESERVED = /^(in-[0-9a-f]{32}|sha-[0-9a-f]{7,40}|pr-\d+)$/;

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
    if (/^in-[0-9a-f]{32}$/.test(tag)) {
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
