import { describeError } from '../errors.js';
import { aheadBehind, branchTip, currentBranch, fastForward, hasUncommittedChanges } from '../git/repo.js';
import type { Logger } from '../log/logger.js';

const commits = (n: number) => `${n} commit${n === 1 ? '' : 's'}`;

/**
 * After `--push` (which pins in a temporary work tree on the fetched tip): brings the user's
 * local branch along when that is safe, and otherwise says how it differs from the pin, so a
 * later `git push` from this checkout does not come as a surprise.
 *
 * Safe means what `git pull --ff-only` in a clean checkout does: the branch is checked out here,
 * no tracked file has uncommitted changes, and the local tip is an ancestor of the pin. Anything
 * else (local commits the remote lacks, edits in the work tree, the branch not checked out) is
 * left alone and named in one info line.
 */
export async function settleLocalBranch(options: {
  top: string;
  remote: string;
  branch: string;
  pushed: string;
  log: Logger;
}): Promise<void> {
  const { top, remote, branch, pushed, log } = options;
  const upstream = `${remote}/${branch}`;
  try {
    const local = await branchTip(top, branch);
    if (!local || local === pushed) return;
    const { ahead, behind } = await aheadBehind(top, local, pushed);
    if (ahead > 0) {
      log.info(
        `local ${branch} is ${commits(ahead)} ahead and ${behind} behind ${upstream}: the pin is on ${upstream}, not ` +
          `in your branch; run \`git pull --rebase\` before pushing from here`,
      );
      return;
    }
    const checkedOut = (await currentBranch(top)) === branch;
    const dirty = checkedOut && (await hasUncommittedChanges(top));
    if (checkedOut && !dirty) {
      await fastForward(top, pushed);
      log.info(`fast-forwarded local ${branch} to the pin (${commits(behind)})`);
      return;
    }
    // A branch not checked out here cannot be pulled into; fetching into it fast-forwards it.
    const how = dirty
      ? ['it has uncommitted changes', 'git pull --ff-only']
      : ['it is not checked out here', `git fetch ${remote} ${branch}:${branch}`];
    log.info(
      `local ${branch} is ${commits(behind)} behind ${upstream} and was not fast-forwarded (${how[0]}): run ` +
        `\`${how[1]}\` to bring in the pin`,
    );
  } catch (err) {
    // The pin is pushed; failing now would report a push that happened as an error.
    log.warn(`pushed, but the local ${branch} could not be brought along: ${describeError(err)}`);
  }
}
