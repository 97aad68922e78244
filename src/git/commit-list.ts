import { git } from './git.js';

/** A commit as `listCommits` reads it. */
export interface ListedCommit {
  sha: string;
  authorName: string;
  authorEmail: string;
  /** The whole message, trailers included. */
  message: string;
}

/** The commits reachable from `rev` and not from `notRev` (`git log rev ^notRev`), newest first. */
export async function listCommits(dir: string, rev: string, notRev: string): Promise<ListedCommit[]> {
  // NUL ends each field and each record (%x00): no message or name can contain one.
  const out = await git(dir, ['log', '--format=%H%x00%an%x00%ae%x00%B%x00', rev, `^${notRev}`, '--']);
  const fields = out.split('\0');
  const commits: ListedCommit[] = [];
  for (let i = 0; i + 3 < fields.length; i += 4) {
    const [sha, authorName, authorEmail, message] = fields.slice(i, i + 4) as [string, string, string, string];
    commits.push({ sha: sha.trim(), authorName, authorEmail, message });
  }
  return commits;
}
