import { git, GitError } from './git.js';

/**
 * The remote refused the push because its branch moved since we fetched: another pipeline
 * pushed first. git reports `! [rejected] ... (fetch first)` or `(non-fast-forward)`, and
 * `(stale info)` for a failed --force-with-lease.
 */
export function isNonFastForward(err: unknown): boolean {
  // With --porcelain, git reports the ref status on stdout: `!\t<src>:<dst>\t[rejected] (fetch first)`.
  return (
    err instanceof GitError &&
    /\[rejected\].*\((?:fetch first|non-fast-forward|stale info)\)/.test(`${err.stderr}\n${err.stdout}`)
  );
}

/**
 * Two pushes reached the remote at the same instant: the loser fails to lock or update the
 * ref (`cannot lock ref`, `failed to update ref`, `incorrect old value provided`). Same cure
 * as a non-fast-forward push: fetch and try again.
 */
export function isRefUpdateRace(err: unknown): boolean {
  return (
    err instanceof GitError &&
    /cannot lock ref|failed to update ref|incorrect old value provided|failed to lock/.test(
      `${err.stderr}\n${err.stdout}`,
    )
  );
}

/**
 * Pushes `commit` to `refs/heads/<branch>` on `remote`. With `lease` (for branches pinship owns),
 * it replaces the branch only if the remote still has it at `lease` (`''`: has no such branch):
 * `--force-with-lease`, so a push made since we fetched fails as `(stale info)` instead of being
 * overwritten.
 */
export async function pushCommit(
  dir: string,
  remote: string,
  commit: string,
  branch: string,
  lease?: string,
): Promise<void> {
  const ref = `refs/heads/${branch}`;
  const force = lease === undefined ? [] : [`--force-with-lease=${ref}:${lease}`];
  await git(dir, ['push', '--quiet', '--porcelain', ...force, remote, `${commit}:${ref}`]);
}
