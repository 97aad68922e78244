import { createRequire as __pinshipCreateRequire } from 'node:module'; import { fileURLToPath as __pinshipFileURLToPath } from 'node:url'; import { dirname as __pinshipDirname } from 'node:path'; const require = __pinshipCreateRequire(import.meta.url); const __filename = __pinshipFileURLToPath(import.meta.url); const __dirname = __pinshipDirname(__filename);
import {
  GitError,
  git
} from "./chunk-7MXVX47H.js";
import {
  wrapError
} from "./chunk-SI2EDPFI.js";

// src/git/push.ts
function isNonFastForward(err) {
  return err instanceof GitError && /\[rejected\].*\((?:fetch first|non-fast-forward|stale info)\)/.test(`${err.stderr}
${err.stdout}`);
}
function isRefUpdateRace(err) {
  return err instanceof GitError && /cannot lock ref|failed to update ref|incorrect old value provided|failed to lock/.test(
    `${err.stderr}
${err.stdout}`
  );
}
async function pushCommit(dir, remote, commit, branch, lease) {
  const ref = `refs/heads/${branch}`;
  const force = lease === void 0 ? [] : [`--force-with-lease=${ref}:${lease}`];
  await git(dir, ["push", "--quiet", "--porcelain", ...force, remote, `${commit}:${ref}`]);
}

// src/git/push-retry.ts
import { setTimeout as sleep } from "node:timers/promises";
function backoff(attempt) {
  return Math.random() * Math.min(3e3, 100 * 2 ** attempt);
}
async function pushWithRetries(options) {
  const { dir, remote, branch, log } = options;
  let tip = await options.fetchTip();
  for (let attempt = 1; ; attempt++) {
    const { commit, value } = await options.commitOn(tip, attempt);
    if (!commit) return { value, attempts: attempt };
    try {
      await pushCommit(dir, remote, commit, branch);
      log.info(`pushed ${commit.slice(0, 12)} to ${remote}/${branch}${attempt > 1 ? ` (attempt ${attempt})` : ""}`);
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

export {
  isNonFastForward,
  isRefUpdateRace,
  pushCommit,
  pushWithRetries
};
