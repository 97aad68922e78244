import { commitsWithMessageContaining, firstParentChangesOf } from '../git/log.js';
import { pinTrailers } from './pin-trailers.js';

/**
 * The commit that pinned `digest` on a branch (its first-parent chain from `tips`), or undefined:
 * the oldest first-parent commit whose own change put `digest` into a file that a `Pinship-Pin`
 * trailer names with it. The trailers (anywhere in the history: a pin pull request merged with a
 * merge commit keeps its trailer on the merged side) only say which files to look at; the proof is
 * the branch's own change to that file, which a pull request cannot make without a review. A
 * trailer a pull request wrote into a commit, or that a squash merge copied, counts for nothing
 * unless the merged change itself wrote the digest there (and then the branch deploys it anyway).
 */
export async function branchPinOf(dir: string, digest: string, tips: readonly string[]): Promise<string | undefined> {
  const files = new Set<string>();
  for (const { message } of await commitsWithMessageContaining(dir, tips, digest)) {
    for (const pin of pinTrailers(message)) if (pin.digest === digest) files.add(pin.file);
  }
  if (files.size === 0) return undefined;
  // The oldest change that counted the digest differently in one of these files added it: it
  // cannot be a removal, as the file held it nowhere before.
  return (await firstParentChangesOf(dir, tips, digest, [...files]))[0];
}
