import { describe, expect, it } from 'vitest';
import { selectEntries, type SyncEntry } from '../../../src/docker/buildkit/filesync-selection.js';
import { followTargets } from '../../../src/docker/buildkit/follow-links.js';
import { hasWildcards, nameMatches } from '../../../src/docker/buildkit/name-pattern.js';
import { dir, file, link } from './sync-entries.js';

const paths = (list: SyncEntry[]) => list.map((e) => e.path);

// The context of the reproduced failures: real/inner/r.txt, linkdir -> real, chain -> linkdir.
const throughLinks = [
  file('Dockerfile'),
  link('chain', 'linkdir'),
  link('linkdir', 'real'),
  dir('real'),
  dir('real/inner'),
  file('real/inner/r.txt'),
  dir('unrelated'),
  file('unrelated/u.txt'),
];

// a.txt -> sub/real.dat, b.txt a plain file.
const wildcardLinks = [
  file('Dockerfile'),
  link('a.txt', 'sub/real.dat'),
  file('b.txt'),
  file('c.md'),
  dir('sub'),
  file('sub/other.dat'),
  file('sub/real.dat'),
];

describe('follow paths resolved through symlinks, as fsutil FollowLinks does', () => {
  it('a path through a symlinked directory keeps the link and brings the target path', () => {
    expect(followTargets(throughLinks, ['linkdir/inner'])).toEqual(['linkdir', 'real/inner']);
    expect(paths(selectEntries(throughLinks, { followPaths: ['linkdir/inner'] }))).toEqual([
      'linkdir',
      'real',
      'real/inner',
      'real/inner/r.txt',
    ]);
  });

  it('a link to a link is followed in turn, for each component', () => {
    expect(followTargets(throughLinks, ['chain/inner/r.txt'])).toEqual(['chain', 'linkdir', 'real/inner/r.txt']);
  });

  it('.. is taken lexically before resolving, and the link itself is kept as is', () => {
    expect(followTargets(throughLinks, ['real/../linkdir/inner'])).toEqual(['linkdir', 'real/inner']);
    expect(followTargets(throughLinks, ['linkdir'])).toEqual(['linkdir', 'real']);
  });

  it('two paths through the same link both bring their targets', () => {
    const entries = [link('l', 'd'), dir('d'), file('d/a'), file('d/b'), file('d/c')];
    expect(followTargets(entries, ['l/a', 'l/b'])).toEqual(['d/a', 'd/b', 'l']);
  });

  it('a wildcard component stays a pattern and brings the targets of the links it matches', () => {
    expect(followTargets(wildcardLinks, ['*.txt'])).toEqual(['*.txt', 'sub/real.dat']);
    expect(paths(selectEntries(wildcardLinks, { followPaths: ['*.txt'] }))).toEqual([
      'a.txt',
      'b.txt',
      'sub',
      'sub/real.dat',
    ]);
    // Without a matching link, only the pattern.
    expect(followTargets(wildcardLinks, ['*.md', 'sub/*.dat'])).toEqual(['*.md', 'sub/*.dat']);
  });

  it('a wildcard directory component that matches a link', () => {
    const entries = [link('app-v1', 'build/out'), dir('build'), dir('build/out'), file('build/out/bin')];
    expect(followTargets(entries, ['app-*/bin'])).toEqual(['app-*', 'build/out/bin']);
  });

  it('links pointing outside the directory are resolved within it', () => {
    const entries = [
      link('abs', '/etc/passwd'),
      link('up', '../../outside/x'),
      dir('etc'),
      file('etc/passwd'),
      dir('sub'),
      link('sub/parent', '../..'),
    ];
    expect(followTargets(entries, ['abs'])).toEqual(['abs', 'etc/passwd']);
    expect(followTargets(entries, ['up'])).toEqual(['outside/x', 'up']);
    expect(followTargets(entries, ['sub/parent/etc/passwd'])).toEqual(['etc/passwd', 'sub/parent']);
  });

  it('a link to the root filters nothing (fsutil returns no paths)', () => {
    const entries = [link('self', '.'), file('a'), file('b')];
    expect(followTargets(entries, ['self', 'a'])).toEqual([]);
    expect(paths(selectEntries(entries, { followPaths: ['self'] }))).toEqual(['self', 'a', 'b']);
    expect(paths(selectEntries(entries, { followPaths: ['self'], includePatterns: ['a'] }))).toEqual(['a']);
  });

  it('link loops end', () => {
    const loop = [link('a', 'b'), link('b', 'a'), link('grow', 'grow/grow')];
    expect(followTargets(loop, ['a/x'])).toEqual(['a', 'b']);
    expect(followTargets(loop, ['grow/x'])).toEqual(['grow']);
    expect(followTargets([file('f'), link('star', '*')], ['star'])).toEqual(['*', 'star']);
  });
});

describe("Go's filepath.Match for one name", () => {
  it.each([
    ['*.txt', 'a.txt', true],
    ['*.txt', 'a.txt.bak', false],
    ['a?c', 'abc', true],
    ['a?c', 'ac', false],
    ['[a-c]x', 'bx', true],
    ['[^a-c]x', 'bx', false],
    ['[^a-c]x', 'dx', true],
    ['[!a]x', '!x', true],
    ['[!a]x', 'bx', false],
    ['\\*', '*', true],
    ['\\*', 'a', false],
    ['[\\]]', ']', true],
    ['*é*', 'café.txt', true],
    ['?', 'é', true],
    ['{a,b}', 'a', false],
    ['[z-a]', 'm', false],
    ['a*b*c', 'aXbYbZc', true],
    ['a*b*c', 'aXbYbZ', false],
  ])('%s against %s: %s', (pattern, name, expected) => {
    expect(nameMatches(pattern, name)).toBe(expected);
  });

  it('a malformed pattern matches nothing', () => {
    for (const pattern of ['[', 'a\\', '[]a]', '[-a]', '[a-]', '[^]']) expect(nameMatches(pattern, 'a')).toBe(false);
  });

  it('wildcards escaped by \\ are not wildcards', () => {
    expect(hasWildcards('a*')).toBe(true);
    expect(hasWildcards('[x]')).toBe(true);
    expect(hasWildcards('a\\*')).toBe(false);
    expect(hasWildcards('plain.txt')).toBe(false);
  });
});
