import { rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomUUID } from 'node:crypto';
import { git } from './git.js';
import type { Author } from './repo.js';

/**
 * Commits one file on top of `parent` (or as a root commit: an orphan branch's first) without a
 * work tree: blob, a private index seeded from the parent's tree, write-tree, commit-tree. The
 * user's index and files are never touched, and the branch's other files never checked out.
 * Resolves to the new commit, or undefined when the file already has this content.
 */
export async function commitFileOnto(
  dir: string,
  parent: string | undefined,
  path: string,
  content: string,
  message: string,
  author: Author,
): Promise<string | undefined> {
  const blob = (await git(dir, ['hash-object', '-w', '--stdin'], { input: content })).trim();
  const index = join(tmpdir(), `pinship-index-${randomUUID()}`);
  const env = { GIT_INDEX_FILE: index };
  try {
    await git(dir, parent ? ['read-tree', parent] : ['read-tree', '--empty'], { env });
    await git(dir, ['update-index', '--add', '--cacheinfo', `100644,${blob},${path}`], { env });
    const tree = (await git(dir, ['write-tree'], { env })).trim();
    if (parent && tree === (await git(dir, ['rev-parse', `${parent}^{tree}`])).trim()) return undefined;
    const identity = {
      GIT_AUTHOR_NAME: author.name,
      GIT_AUTHOR_EMAIL: author.email,
      GIT_COMMITTER_NAME: author.name,
      GIT_COMMITTER_EMAIL: author.email,
    };
    const args = ['commit-tree', tree, ...(parent ? ['-p', parent] : []), '-m', message];
    return (await git(dir, args, { env: identity })).trim();
  } finally {
    await rm(index, { force: true });
  }
}
