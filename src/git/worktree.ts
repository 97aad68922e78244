import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { git } from './git.js';

/** A detached temporary work tree of a repository, for committing without touching the user's. */
export interface TempWorktree {
  path: string;
  /** Checks out `commit` (detached), discarding whatever the previous attempt left. */
  reset(commit: string): Promise<void>;
  remove(): Promise<void>;
}

export async function addTempWorktree(repo: string, commit: string): Promise<TempWorktree> {
  const parent = await mkdtemp(join(tmpdir(), 'pinship-wt-'));
  const path = join(parent, 'tree');
  await git(repo, ['worktree', 'add', '--quiet', '--detach', path, commit]);
  return {
    path,
    async reset(next: string) {
      await git(path, ['checkout', '--quiet', '--force', '--detach', next]);
      await git(path, ['clean', '--quiet', '-fdx']);
    },
    async remove() {
      await git(repo, ['worktree', 'remove', '--force', path]).catch(() => undefined);
      await rm(parent, { recursive: true, force: true });
      await git(repo, ['worktree', 'prune']).catch(() => undefined);
    },
  };
}
