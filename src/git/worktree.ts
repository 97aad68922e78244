import { realpathSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { git } from './git.js';

/** Temporary work trees live in `<tmpdir>/pinship-wt-XXXXXX/tree`. */
const PARENT_PREFIX = 'pinship-wt-';

/** A detached temporary work tree of a repository, for committing without touching the user's. */
export interface TempWorktree {
  path: string;
  /** Checks out `commit` (detached), discarding whatever the previous attempt left. */
  reset(commit: string): Promise<void>;
  remove(): Promise<void>;
}

export async function addTempWorktree(repo: string, commit: string): Promise<TempWorktree> {
  const parent = await mkdtemp(join(tmpdir(), PARENT_PREFIX));
  const path = join(parent, 'tree');
  await git(repo, ['worktree', 'add', '--quiet', '--detach', path, commit]);
  return {
    path,
    async reset(next: string) {
      await git(path, ['checkout', '--quiet', '--force', '--detach', next]);
      await git(path, ['clean', '--quiet', '-fdx']);
    },
    remove: () => removeWorktree(repo, path),
  };
}

/**
 * Removes the temporary work trees of `repo` that a killed process left (its `finally` never
 * ran): those registered with the repository under `<tmpdir>/pinship-wt-*`. Resolves to their
 * paths. Only for a moment when no pin runs in this repository (an action's post step).
 */
export async function removeLeftoverWorktrees(repo: string): Promise<string[]> {
  const listed = await git(repo, ['worktree', 'list', '--porcelain']);
  const paths = [...listed.matchAll(/^worktree (.+)$/gm)].map((m) => m[1]!);
  const temps = new Set([tmpdir(), realpathSync(tmpdir())]);
  const ours = paths.filter(
    (p) => basename(p) === 'tree' && temps.has(dirname(dirname(p))) && basename(dirname(p)).startsWith(PARENT_PREFIX),
  );
  for (const path of ours) await removeWorktree(repo, path);
  return ours;
}

async function removeWorktree(repo: string, path: string): Promise<void> {
  const removed = await git(repo, ['worktree', 'remove', '--force', path]).then(
    () => true,
    () => false,
  );
  await rm(dirname(path), { recursive: true, force: true });
  // Only a failed remove leaves the registration behind; with the folder gone, prune drops it.
  if (!removed) await git(repo, ['worktree', 'prune']).catch(() => undefined);
}
