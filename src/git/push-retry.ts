import { setTimeout as sleep } from 'node:timers/promises';
import { wrapError } from '../errors.js';
import type { Logger } from '../log/logger.js';
import { isNonFastForward, isRefUpdateRace, pushCommit } from './push.js';

/** Full jitter (AWS architecture blog, "Exponential Backoff And Jitter"): racing writers spread out. */
function backoff(attempt: number): number {
  return Math.random() * Math.min(3000, 100 * 2 ** attempt);
}

export interface RetriedPush<T> {
  /** The repository the commits are made in. */
  dir: string;
  remote: string;
  branch: string;
  maxAttempts: number;
  log: Logger;
  /** Fetches the branch and resolves to its tip (undefined: the branch does not exist yet). */
  fetchTip: () => Promise<string | undefined>;
  /** Makes the commit to push on top of `tip`, from fresh files; no commit: nothing to push. */
  commitOn: (tip: string | undefined, attempt: number) => Promise<{ commit?: string; value: T }>;
}

export interface RetriedPushResult<T> {
  value: T;
  /** The commit that landed, when there was something to push. */
  commit?: string;
  attempts: number;
}

/**
 * pinship's race-safe write-back: commit on the fetched tip and push without force. When the
 * push is rejected because the branch moved (isNonFastForward / isRefUpdateRace: another
 * pipeline pushed first), fetch the new tip and make the commit again on it: never a blind
 * rebase, so no concurrent change is overwritten. Any other failure (auth, protected branch)
 * is the user's to fix and is not retried.
 */
export async function pushWithRetries<T>(options: RetriedPush<T>): Promise<RetriedPushResult<T>> {
  const { dir, remote, branch, log } = options;
  let tip = await options.fetchTip();
  for (let attempt = 1; ; attempt++) {
    const { commit, value } = await options.commitOn(tip, attempt);
    if (!commit) return { value, attempts: attempt };
    try {
      await pushCommit(dir, remote, commit, branch);
      log.info(`pushed ${commit.slice(0, 12)} to ${remote}/${branch}${attempt > 1 ? ` (attempt ${attempt})` : ''}`);
      return { value, commit, attempts: attempt };
    } catch (err) {
      if (!(isNonFastForward(err) || isRefUpdateRace(err)) || attempt >= options.maxAttempts) {
        throw wrapError(`pushing to ${remote}/${branch} (attempt ${attempt})`, err);
      }
      log.info(`push rejected: ${remote}/${branch} moved; fetching it and trying again`);
      await sleep(backoff(attempt));
      tip = await options.fetchTip();
    }
  }
}
