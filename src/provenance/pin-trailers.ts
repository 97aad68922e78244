import { GitError } from '../git/git.js';
import { commitsWithMessageContaining } from '../git/log.js';

/**
 * The trailers of a pin commit: where each pin came from. pin writes them (and reads them back
 * for its newer-pin rule); run reads them to name the source commit of what it runs; a protected
 * build reads them to find the commit of its branch that pinned an image (branch-pin.ts).
 */
export const SOURCE_TRAILER = 'Pinship-Source';
export const PIN_TRAILER = 'Pinship-Pin';

/** One `Pinship-Pin: <file> <image> <digest>` line. */
export interface PinTrailer {
  file: string;
  image: string;
  digest: string;
}

/** The `Pinship-Source` commit of a commit message, when it has one. */
export function sourceTrailer(message: string): string | undefined {
  return new RegExp(`^${SOURCE_TRAILER}: *([0-9a-f]{7,64})\\s*$`, 'm').exec(message)?.[1];
}

/** Every `Pinship-Pin` line of a commit message. */
export function pinTrailers(message: string): PinTrailer[] {
  // The file path may hold spaces; the image name (a reference) and the digest cannot.
  const lines = message.matchAll(new RegExp(`^${PIN_TRAILER}: (.+) (\\S+) (sha256:[0-9a-f]{64})\\s*$`, 'gm'));
  return [...lines].map((m) => ({ file: m[1]!, image: m[2]!, digest: m[3]! }));
}

/**
 * The newest commit at HEAD of the work tree holding `dir` that pinned `digest` and says its
 * source commit: `{ pin, source }`; undefined outside a work tree or when none did.
 */
export async function pinCommitOf(dir: string, digest: string): Promise<{ pin: string; source: string } | undefined> {
  let commits: { commit: string; message: string }[];
  try {
    commits = await commitsWithMessageContaining(dir, ['HEAD'], digest);
  } catch (err) {
    if (err instanceof GitError) return undefined;
    throw err;
  }
  for (const { commit, message } of commits) {
    const source = sourceTrailer(message);
    if (source && pinTrailers(message).some((t) => t.digest === digest)) return { pin: commit, source };
  }
  return undefined;
}
