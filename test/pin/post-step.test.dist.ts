import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { addTempWorktree } from '../../src/git/worktree.js';
import { runBundledAction } from '../support/actions-runner.js';
import { scratchDir } from '../support/scratch.js';
import { bareRemote, clone, sh } from '../git/remote.js';
import { overlayFiles } from './fixtures.js';

const worktrees = (repo: string) =>
  [...sh(repo, 'worktree', 'list', '--porcelain').matchAll(/^worktree (.+)$/gm)].map((m) => m[1]);

describe("the pin action's post step", () => {
  it('removes the temporary work tree a killed push left, and only that one', async () => {
    const repo = clone(bareRemote(overlayFiles(['prod'])));
    // What a pin killed mid-push leaves: its temporary work tree, registered and on disk.
    const left = await addTempWorktree(repo, sh(repo, 'rev-parse', 'HEAD').trim());
    const mine = join(scratchDir('pinship-user-wt-'), 'mine');
    sh(repo, 'worktree', 'add', '--quiet', '--detach', mine);

    const post = runBundledAction('pin-post', { 'working-directory': '.' }, { cwd: repo });
    expect(post.status, post.stdout + post.stderr).toBe(0);
    expect(post.stdout).toContain(`removed the temporary work tree ${left.path} a stopped pin left`);
    expect(worktrees(repo)).toEqual([sh(repo, 'rev-parse', '--show-toplevel').trim(), mine]);
    expect(existsSync(dirname(left.path))).toBe(false);
  });

  it('does nothing outside a Git work tree', () => {
    const post = runBundledAction('pin-post', { 'working-directory': '.' }, { cwd: scratchDir('pinship-no-git-') });
    expect(post.status, post.stdout + post.stderr).toBe(0);
    expect(post.stdout).not.toContain('removed');
  });
});
