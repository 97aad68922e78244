import { relative } from 'node:path';
import { sourceUrl } from '../../../git/commit-info.js';
import { git, gitSucceeds } from '../../../git/git.js';
import { PinshipError } from '../../../errors.js';

/** Where an overlay sits in its GitOps repository, and the commit to observe. */
export interface GitOpsSite {
  /** The work tree's root. */
  root: string;
  /** The overlay's folder relative to the root, `./`-less, without a trailing slash ('' for the root). */
  path: string;
  /** `origin`, normalized by sourceUrl (no credentials, no `.git`); undefined without one. */
  url: string | undefined;
  /** The full commit id to observe. */
  commit: string;
  /** HEAD's commit: the overlay is rendered from the clone's files. */
  head: string;
}

/** Reads the overlay's work tree: its root, the overlay's path in it, origin, and `revision` (default HEAD). */
export async function locateOverlay(dir: string, revision = 'HEAD'): Promise<GitOpsSite> {
  const root = await git(dir, ['rev-parse', '--show-toplevel']).catch((err: unknown) => {
    throw new PinshipError('--observe needs the overlay in a clone of the GitOps repository the controller reads', {
      file: dir,
      field: '--overlay',
      cause: err,
    });
  });
  const top = root.trim();
  const commit = await git(top, ['rev-parse', '--verify', '--quiet', `${revision}^{commit}`]).catch(() => {
    throw new PinshipError(`${revision} is not a commit of ${top}`, {
      field: '--revision',
      hint: "the GitOps commit to observe (what pin pushed); default: HEAD of the overlay's clone",
    });
  });
  const origin = await git(top, ['remote', 'get-url', 'origin']).catch(() => '');
  const head = await git(top, ['rev-parse', 'HEAD']);
  return {
    root: top,
    path: normalizePath(relative(top, dir)),
    url: origin.trim() ? sourceUrl(origin.trim()) : undefined,
    commit: commit.trim(),
    head: head.trim(),
  };
}

export function normalizePath(path: string | undefined): string {
  return (path ?? '')
    .replace(/\\/g, '/')
    .replace(/^(\.\/)+/, '')
    .replace(/^\.$/, '')
    .replace(/\/+$/, '');
}

/**
 * Whether `other` is older than `commit` (one of its ancestors) as the clone knows it. A commit
 * the clone does not have is fetched from origin once; one still unknown is not older.
 */
export async function isOlder(site: GitOpsSite, other: string): Promise<boolean> {
  const known = () => gitSucceeds(site.root, ['cat-file', '-e', `${other}^{commit}`]);
  if (!(await known())) await gitSucceeds(site.root, ['fetch', '--quiet', '--no-tags', 'origin', other]);
  if (!(await known())) return false;
  return gitSucceeds(site.root, ['merge-base', '--is-ancestor', other, site.commit]);
}
