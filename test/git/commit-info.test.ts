import { afterEach, describe, expect, it } from 'vitest';
import { readRepoState } from '../../src/git/repo-state.js';
import { sourceUrl } from '../../src/git/commit-info.js';
import { git, gitRepo, tempDir } from '../build/helpers.js';

let cleanup = () => {};
afterEach(() => cleanup());

/** HEAD as a build reads it: the batched git log and config queries. */
const readCommitInfo = async (dir: string) => (await readRepoState(dir, { index: false })).commit;

describe('the commit a build reads', () => {
  it('reads HEAD, the commit time, the branch and origin without credentials', async () => {
    const t = tempDir();
    cleanup = t.cleanup;
    gitRepo(t.dir, { 'a.txt': 'a' });
    const info = await readCommitInfo(t.dir);
    const sha = git(t.dir, 'rev-parse', 'HEAD');
    const epoch = Number(git(t.dir, 'log', '-1', '--format=%ct'));
    expect(info).toEqual({
      sha,
      shortSha: sha.slice(0, 7),
      time: new Date(epoch * 1000).toISOString().replace('.000Z', 'Z'),
      branch: 'main',
      sourceUrl: 'https://github.com/acme/compute',
    });
  });

  it('has no branch on a detached HEAD, and is undefined outside a repository', async () => {
    const t = tempDir();
    cleanup = t.cleanup;
    gitRepo(t.dir, { 'a.txt': 'a' });
    git(t.dir, 'checkout', '-q', '--detach');
    expect((await readCommitInfo(t.dir))?.branch).toBeUndefined();
    const outside = tempDir();
    const prev = cleanup;
    cleanup = () => (prev(), outside.cleanup());
    expect(await readCommitInfo(outside.dir)).toBeUndefined();
  });
});

describe('sourceUrl', () => {
  it.each([
    ['git@github.com:acme/compute.git', 'https://github.com/acme/compute'],
    ['ssh://git@github.com:22/acme/compute.git', 'https://github.com/acme/compute'],
    ['https://x-access-token:ghs_abc@github.com/acme/compute', 'https://github.com/acme/compute'],
    ['https://gitlab.example.com/group/sub/repo.git', 'https://gitlab.example.com/group/sub/repo'],
    ['https://github.com/acme/compute.git/', 'https://github.com/acme/compute'],
    ['git@github.com:acme/compute.git/', 'https://github.com/acme/compute'],
  ])('%s -> %s', (remote, url) => {
    expect(sourceUrl(remote)).toBe(url);
  });
});
