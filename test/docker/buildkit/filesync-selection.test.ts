import { describe, expect, it } from 'vitest';
import { selectEntries, type SyncEntry } from '../../../src/docker/buildkit/filesync-selection.js';
import { rejoin } from '../../../src/docker/buildkit/filesync-service.js';
import { dir as syncDir, file, link } from './sync-entries.js';

// Directories of mode 0700, unlike the 0755 of the plain directories sent for skipped ones.
const dir = (path: string) => syncDir(path, 0o700);

// In walk order, as the context's walk lists it.
const entries = [
  file('.dockerignore'),
  file('Dockerfile'),
  dir('app'),
  file('app/a.log'),
  file('app/main.sh'),
  dir('app/sub'),
  file('app/sub/x.txt'),
  link('df', 'app/sub/x.txt'),
  file('z.txt'),
];
const paths = (list: SyncEntry[]) => list.map((e) => e.path);

describe('the entries sent for one DiffCopy call, as fsutil chooses them', () => {
  it('no patterns: everything, in order', () => {
    expect(selectEntries(entries, {})).toEqual(entries);
  });

  it('.dockerignore patterns as excludes drop the Dockerfile, .dockerignore and what they match', () => {
    const sent = selectEntries(entries, { excludePatterns: ['Dockerfile', '.dockerignore', '*/*.log'] });
    expect(paths(sent)).toEqual(['app', 'app/main.sh', 'app/sub', 'app/sub/x.txt', 'df', 'z.txt']);
  });

  it('a follow path sends its directories first, with their own stat, and a symlink brings its target', () => {
    const sent = selectEntries(entries, { followPaths: ['df'] });
    expect(paths(sent)).toEqual(['app', 'app/sub', 'app/sub/x.txt', 'df']);
    expect(sent[0]).toEqual(dir('app'));
  });

  it('include patterns with an exclude; an empty include list includes everything', () => {
    const sent = selectEntries(entries, { includePatterns: ['app'], excludePatterns: ['app/sub'] });
    expect(paths(sent)).toEqual(['app', 'app/a.log', 'app/main.sh']);
    expect(selectEntries(entries, { includePatterns: [] })).toEqual(entries);
  });

  it('a parent the listing lacks (walked only for a ! exception) is sent as a plain directory', () => {
    const sent = selectEntries([file('a'), file('skipped/keep'), file('z')], {});
    expect(sent).toEqual([
      file('a'),
      { path: 'skipped', kind: 'directory', mode: 0o755, size: 0, modTimeNs: '0' },
      file('skipped/keep'),
      file('z'),
    ]);
  });
});

describe('metadata values Node joined with ", "', () => {
  it('are split, and joined back where together they name a known path or pattern', () => {
    const known = new Set(['notes/a, b.txt', 'x, y, z', 'logs/old, *.log']);
    expect(rejoin(['Dockerfile', 'notes/a', 'b.txt', 'c'], known)).toEqual(['Dockerfile', 'notes/a, b.txt', 'c']);
    expect(rejoin(['x', 'y', 'z', 'x', 'y'], known)).toEqual(['x, y, z', 'x', 'y']);
    expect(rejoin(['logs/old', '*.log'], known)).toEqual(['logs/old, *.log']);
    expect(rejoin(['a', 'b'], new Set())).toEqual(['a', 'b']);
  });
});
