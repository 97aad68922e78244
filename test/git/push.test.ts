import { describe, expect, it } from 'vitest';
import { git } from '../../src/git/git.js';
import { isNonFastForward, isRefUpdateRace, pushCommit } from '../../src/git/push.js';
import { commitFiles, fetchBranch, isAncestor } from '../../src/git/repo.js';
import { bareRemote, clone, sh, writeFiles } from './remote.js';

const author = { name: 'Pin Bot', email: 'pin@example.com' };

describe('git push against a bare remote', () => {
  it('remote moved between clone and push: rejected as non-fast-forward, accepted after fetch', async () => {
    const remote = bareRemote({ 'a.txt': 'a\n' });
    const first = clone(remote);
    const second = clone(remote);
    writeFiles(first, { 'b.txt': 'b\n' });
    await pushCommit(first, 'origin', await commitFiles(first, ['b.txt'], 'b', author), 'main');

    writeFiles(second, { 'c.txt': 'c\n' });
    const mine = await commitFiles(second, ['c.txt'], 'c', author);
    const err = await pushCommit(second, 'origin', mine, 'main').catch((e: unknown) => e);
    expect(isNonFastForward(err)).toBe(true);
    expect(isRefUpdateRace(err)).toBe(false);

    const tip = await fetchBranch(second, 'origin', 'main');
    expect(await isAncestor(second, mine, tip)).toBe(false);
    await git(second, ['rebase', '--quiet', tip]);
    await pushCommit(second, 'origin', 'HEAD', 'main');
    expect(sh(remote, 'log', '--format=%s', 'main').trim().split('\n')).toEqual(['c', 'b', 'seed']);
  });

  it('a missing commit makes ancestry unknown rather than false', async () => {
    const remote = bareRemote({ 'a.txt': 'a\n' });
    expect(await isAncestor(clone(remote), 'f'.repeat(40), 'HEAD')).toBeUndefined();
  });

  it('commits only the named files as the configured author', async () => {
    const repo = clone(bareRemote({ 'a.txt': 'a\n', 'b.txt': 'b\n' }));
    writeFiles(repo, { 'a.txt': 'A\n', 'b.txt': 'B\n' });
    await commitFiles(repo, ['a.txt'], 'only a', author);
    expect(sh(repo, 'show', '--format=%an <%ae>|%cn', '--name-only', 'HEAD').trim()).toBe(
      'Pin Bot <pin@example.com>|Pin Bot\n\na.txt',
    );
    expect(sh(repo, 'status', '--porcelain').trim()).toBe('M b.txt');
  });
});
