import { git, GitError } from './git.js';
import { hasCommit } from './repo.js';

/**
 * The messages of the commits reachable from `rev` that touch `paths` and whose message has a
 * line matching `grep` (a regular expression, as `git log --grep` reads it), newest first.
 */
export async function commitMessages(
  dir: string,
  rev: string,
  paths: readonly string[],
  grep: string,
): Promise<string[]> {
  const out = await git(dir, ['log', '--format=%x1e%B', `--grep=${grep}`, rev, '--', ...paths]);
  return out.split('\x1e').slice(1);
}

/** The paths under `pathspec` added or modified by the commits reachable from `rev`, newest first, repeats kept. */
export async function pathsAddedOrModified(dir: string, rev: string, pathspec: string): Promise<string[]> {
  const out = await git(dir, ['log', '--format=', '--name-only', '--diff-filter=AM', rev, '--', pathspec]);
  return out.split('\n').filter(Boolean);
}

/** The merge-base of two commits when both are in the clone, else undefined. */
export async function mergeBase(dir: string, a: string, b: string): Promise<string | undefined> {
  if (!isObjectName(a) || !isObjectName(b)) return undefined;
  if (!(await hasCommit(dir, a)) || !(await hasCommit(dir, b))) return undefined;
  try {
    return (await git(dir, ['merge-base', a, b])).trim() || undefined;
  } catch (err) {
    if (err instanceof GitError) return undefined;
    throw err;
  }
}

/** `start` and its first-parent ancestors, newest first, at most `max`; undefined when the clone lacks `start`. */
export async function firstParentHistory(dir: string, start: string, max: number): Promise<string[] | undefined> {
  if (!isObjectName(start) || !(await hasCommit(dir, start))) return undefined;
  const out = await git(dir, ['rev-list', '--first-parent', `--max-count=${max}`, start]);
  return out.split('\n').filter(Boolean);
}

/** A hex object name: the commits asked about may come from an untrusted record, and never reach git as an option. */
function isObjectName(text: string): boolean {
  return /^[0-9a-f]{7,64}$/.test(text);
}

/** The commits reachable from `revs` whose message contains `text` (a fixed string), newest first. */
export async function commitsWithMessageContaining(
  dir: string,
  revs: readonly string[],
  text: string,
): Promise<{ commit: string; message: string }[]> {
  const out = await git(dir, ['log', '--format=%x1e%H%n%B', '--fixed-strings', `--grep=${text}`, ...revs, '--']);
  return out
    .split('\x1e')
    .slice(1)
    .map((entry) => {
      const newline = entry.indexOf('\n');
      return { commit: entry.slice(0, newline), message: entry.slice(newline + 1) };
    });
}

/**
 * The commits of the first-parent chains of `revs` whose own change (against their first parent:
 * for a merge, what the merge brought to its branch) adds or removes `text` in one of `paths`
 * (relative to the top level, taken literally), oldest first.
 */
export async function firstParentChangesOf(
  dir: string,
  revs: readonly string[],
  text: string,
  paths: readonly string[],
): Promise<string[]> {
  // A merge's change is spelled out rather than left to --first-parent's default; --no-patch because
  // --diff-merges also turns the patch output on (git 2.39 does).
  const args = ['log', '--first-parent', '--diff-merges=first-parent', '--no-patch', '--reverse', '--format=%H'];
  const out = await git(dir, [...args, `-S${text}`, ...revs, '--', ...paths.map((p) => `:(top,literal)${p}`)]);
  return out.split('\n').filter(Boolean);
}
