import type { SyncEntry } from '../../../src/docker/buildkit/filesync-selection.js';

/** Listing entries for the file sync's tests: a file, a directory (mode as given), a symlink. */
export const file = (path: string): SyncEntry => ({ path, kind: 'file', mode: 0o644, size: 1, modTimeNs: '5' });
export const dir = (path: string, mode = 0o755): SyncEntry => ({
  path,
  kind: 'directory',
  mode,
  size: 0,
  modTimeNs: '7',
});
export const link = (path: string, linkname: string): SyncEntry => ({
  path,
  kind: 'symlink',
  mode: 0o777,
  size: linkname.length,
  modTimeNs: '9',
  linkname,
});
