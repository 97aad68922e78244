import { git, GitError, gitSucceeds } from './git.js';

/** The top-level directory of the work tree holding `dir`, or undefined outside Git. */
export async function workTreeRoot(dir: string): Promise<string | undefined> {
  try {
    return (await git(dir, ['rev-parse', '--show-toplevel'])).trim();
  } catch (err) {
    if (err instanceof GitError) return undefined;
    throw err;
  }
}

/**
 * Git's refusal of the repository holding `dir` for its owner (`safe.directory`, since git
 * 2.35.2: a checkout owned by another user, as in a CI container), or undefined when git reads
 * it or there is none: `{ message: "detected dubious ownership in repository at '…'", path }`.
 */
export async function ownershipRefusal(dir: string): Promise<{ message: string; path: string } | undefined> {
  try {
    await git(dir, ['rev-parse', '--git-dir']);
    return undefined;
  } catch (err) {
    const match =
      err instanceof GitError && /fatal: (detected dubious ownership in repository at '(.*)')/.exec(err.stderr);
    return match ? { message: match[1]!, path: match[2]! } : undefined;
  }
}

/** The branch origin/HEAD names (the remote's default branch), when the clone recorded it. */
export async function remoteDefaultBranch(dir: string): Promise<string | undefined> {
  const ref = await git(dir, ['symbolic-ref', '--short', '-q', 'refs/remotes/origin/HEAD']).catch(() => '');
  return ref.trim().replace(/^origin\//, '') || undefined;
}

/** The checked-out branch name, or undefined on a detached HEAD. */
export async function currentBranch(dir: string): Promise<string | undefined> {
  const name = (await git(dir, ['rev-parse', '--abbrev-ref', 'HEAD'])).trim();
  return name === 'HEAD' ? undefined : name;
}

/** Fetches one branch from `remote` and resolves to the commit it points at. */
export async function fetchBranch(dir: string, remote: string, branch: string): Promise<string> {
  await git(dir, ['fetch', '--no-tags', '--quiet', remote, `+refs/heads/${branch}:refs/remotes/${remote}/${branch}`]);
  return (await git(dir, ['rev-parse', `refs/remotes/${remote}/${branch}^{commit}`])).trim();
}

/** The fetched branch does not exist on the remote (`fatal: couldn't find remote ref refs/heads/x`). */
export function isMissingRemoteBranch(err: unknown): boolean {
  return err instanceof GitError && /couldn't find remote ref/.test(err.stderr);
}

/** True when `commit` names a commit object present in the repository. */
export function hasCommit(dir: string, commit: string): Promise<boolean> {
  return gitSucceeds(dir, ['cat-file', '-e', `${commit}^{commit}`]);
}

/**
 * Whether `ancestor` is an ancestor of (or equal to) `descendant`, asked of Git
 * (`merge-base --is-ancestor`); undefined when either commit is missing (a shallow clone).
 */
export async function isAncestor(dir: string, ancestor: string, descendant: string): Promise<boolean | undefined> {
  if (!(await hasCommit(dir, ancestor)) || !(await hasCommit(dir, descendant))) return undefined;
  return gitSucceeds(dir, ['merge-base', '--is-ancestor', ancestor, descendant]);
}

/**
 * Whether `ancestor` is on the first-parent chain of `descendant` (or is it): a commit the
 * branch itself pointed at, not one a merge brought in from another branch. Undefined when
 * either commit is missing (a shallow clone).
 */
export async function isFirstParentAncestor(
  dir: string,
  ancestor: string,
  descendant: string,
): Promise<boolean | undefined> {
  const reachable = await isAncestor(dir, ancestor, descendant);
  if (reachable !== true) return reachable;
  const full = (await git(dir, ['rev-parse', `${ancestor}^{commit}`])).trim();
  // The first-parent walk from `descendant` stops at the first commit `ancestor` reaches: that is
  // `ancestor` itself exactly when it is on the chain, i.e. the last listed commit's first parent.
  const lines = (await git(dir, ['rev-list', '--first-parent', '--parents', `${full}..${descendant}`])).trim();
  if (!lines) return true;
  const last = lines.split('\n').at(-1)!.split(' ');
  return last[1] === full;
}

/** Fast-forwards the checked-out branch to `commit` (`merge --ff-only`); fails when it cannot. */
export async function fastForward(dir: string, commit: string): Promise<void> {
  await git(dir, ['merge', '--ff-only', '--quiet', commit]);
}

/** A commit author, `Name <email>`. */
export interface Author {
  name: string;
  email: string;
}

/** Parses `Name <email>`. */
export function parseAuthor(text: string): Author | undefined {
  const m = /^\s*(.+?)\s*<([^<>\s]+)>\s*$/.exec(text);
  return m ? { name: m[1]!, email: m[2]! } : undefined;
}

/** Commits exactly `files` (relative to `dir`) as `author` (also the committer); resolves to the sha. */
export async function commitFiles(dir: string, files: string[], message: string, author: Author): Promise<string> {
  const env = {
    GIT_AUTHOR_NAME: author.name,
    GIT_AUTHOR_EMAIL: author.email,
    GIT_COMMITTER_NAME: author.name,
    GIT_COMMITTER_EMAIL: author.email,
  };
  await git(dir, ['add', '--', ...files]);
  // --only with pathspecs: other staged changes of the user stay out of the pin commit.
  await git(dir, ['commit', '--quiet', '--no-verify', '--only', '-m', message, '--', ...files], { env });
  return (await git(dir, ['rev-parse', 'HEAD'])).trim();
}

/** Paths among `files` with uncommitted changes (staged or not). */
export async function dirtyFiles(dir: string, files: string[]): Promise<string[]> {
  const out = await git(dir, ['status', '--porcelain', '-z', '--', ...files]);
  return out
    .split('\0')
    .filter(Boolean)
    .map((line) => line.slice(3));
}

/** The commit a local branch points at, or undefined when there is no such branch. */
export async function branchTip(dir: string, branch: string): Promise<string | undefined> {
  try {
    return (await git(dir, ['rev-parse', '--verify', '--quiet', `refs/heads/${branch}^{commit}`])).trim();
  } catch (err) {
    if (err instanceof GitError) return undefined;
    throw err;
  }
}

/** How many commits `ours` has that `theirs` lacks (ahead), and the reverse (behind). */
export async function aheadBehind(
  dir: string,
  ours: string,
  theirs: string,
): Promise<{ ahead: number; behind: number }> {
  const [ahead, behind] = (await git(dir, ['rev-list', '--left-right', '--count', `${ours}...${theirs}`]))
    .trim()
    .split(/\s+/)
    .map(Number);
  return { ahead: ahead!, behind: behind! };
}

/** True when tracked files differ from HEAD (staged or not); untracked files do not count. */
export async function hasUncommittedChanges(dir: string): Promise<boolean> {
  return (await git(dir, ['status', '--porcelain', '--untracked-files=no'])).length > 0;
}

/** True when the repository is a shallow clone (`git clone --depth`, actions/checkout's default). */
export function isShallow(dir: string): Promise<boolean> {
  return git(dir, ['rev-parse', '--is-shallow-repository']).then(
    (out) => out.trim() === 'true',
    () => false,
  );
}

/** True when the repository has a remote by that name. */
export function hasRemote(dir: string, name: string): Promise<boolean> {
  return gitSucceeds(dir, ['remote', 'get-url', name]);
}

/** Like fetchBranch, but undefined when the remote has no such branch (yet). */
export async function fetchBranchIfExists(dir: string, remote: string, branch: string): Promise<string | undefined> {
  try {
    return await fetchBranch(dir, remote, branch);
  } catch (err) {
    if (isMissingRemoteBranch(err)) return undefined;
    throw err;
  }
}

/** The text of `path` (relative to the top level) at commit `rev`, or undefined when it has no such file. */
export async function fileAt(dir: string, rev: string, path: string): Promise<string | undefined> {
  try {
    return await git(dir, ['show', `${rev}:${path}`]);
  } catch (err) {
    if (err instanceof GitError) return undefined;
    throw err;
  }
}

/** True when two commits hold the same tree (the same files, whatever their history). */
export async function sameTree(dir: string, a: string, b: string): Promise<boolean> {
  const trees = await git(dir, ['rev-parse', `${a}^{tree}`, `${b}^{tree}`]);
  const [ta, tb] = trees.trim().split('\n');
  return ta === tb;
}
