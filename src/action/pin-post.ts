import * as core from '@actions/core';
import { runAction } from './run-action.js';
import { GitError } from '../git/git.js';
import { removeLeftoverWorktrees } from '../git/worktree.js';

// The pin action's post step (runs even when the job was cancelled): `push` and `pull-request`
// pin in a temporary work tree of the checkout, removed when the pin ends; a main step killed
// before that (SIGKILL, a runner that lost patience) leaves it registered in the repository and
// on disk. Remove every pinship temporary work tree of the checkout; usually there is none.
await runAction(async (log) => {
  // Outside a repository (or one git refuses) there is nothing to clean up.
  const removed = await removeLeftoverWorktrees(core.getInput('working-directory') || '.').catch((err) => {
    if (err instanceof GitError) return [];
    throw err;
  });
  for (const path of removed) log.info(`removed the temporary work tree ${path} a stopped pin left`);
});
