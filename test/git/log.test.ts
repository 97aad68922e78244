import { describe, expect, it } from 'vitest';
import { commitMessages, firstParentHistory, mergeBase, pathsAddedOrModified } from '../../src/git/log.js';
import { commitFiles } from '../../src/git/repo.js';
import { bareRemote, clone, sh, writeFiles } from './remote.js';

const author = { name: 'Pin Bot', email: 'pin@example.com' };

describe('git history queries (the named operations pin and report use)', () => {
  it('messages of the commits touching paths whose message matches, newest first', async () => {
    const dir = clone(bareRemote({ 'a.txt': 'a\n' }));
    writeFiles(dir, { 'x/1.json': '1', 'y.txt': 'y' });
    await commitFiles(dir, ['x/1.json'], 'first\n\nSource: abc1234', author);
    await commitFiles(dir, ['y.txt'], 'other\n\nSource: def5678', author);
    writeFiles(dir, { 'x/1.json': '2', 'x/2.json': '3' });
    await commitFiles(dir, ['x/1.json', 'x/2.json'], 'second\n\nSource: 1234567', author);
    const messages = await commitMessages(dir, 'HEAD', ['x'], '^Source: ');
    expect(messages.map((m) => m.trim().split('\n')[0])).toEqual(['second', 'first']);
    expect(await pathsAddedOrModified(dir, 'HEAD', 'x/')).toEqual(['x/1.json', 'x/2.json', 'x/1.json']);
  });

  it('merge-base and first-parent history; a name that is no hex object name never reaches git', async () => {
    const dir = clone(bareRemote({ 'a.txt': 'a\n' }));
    const base = sh(dir, 'rev-parse', 'HEAD').trim();
    writeFiles(dir, { 'b.txt': 'b' });
    const tip = await commitFiles(dir, ['b.txt'], 'b', author);
    expect(await mergeBase(dir, base, tip)).toBe(base);
    expect(await firstParentHistory(dir, tip, 10)).toEqual([tip, base]);
    expect(await firstParentHistory(dir, tip, 1)).toEqual([tip]);
    expect(await mergeBase(dir, '--output=/tmp/x', tip)).toBeUndefined();
    expect(await firstParentHistory(dir, 'f'.repeat(40), 10)).toBeUndefined();
  });
});
