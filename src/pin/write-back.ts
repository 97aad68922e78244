import { PinshipError, wrapError } from '../errors.js';
import { listCommits } from '../git/commit-list.js';
import { isNonFastForward, isRefUpdateRace, pushCommit } from '../git/push.js';
import { pushWithRetries } from '../git/push-retry.js';
import {
  commitFiles,
  fetchBranch,
  fetchBranchIfExists,
  isMissingRemoteBranch,
  sameTree,
  type Author,
} from '../git/repo.js';
import { addTempWorktree, type TempWorktree } from '../git/worktree.js';
import { openOrUpdatePullRequest, type PullRequestClient } from '../github/pull-request.js';
import type { Logger } from '../log/logger.js';
import { PIN_TRAILER } from '../provenance/pin-trailers.js';
import { commitMessage, pullRequestBranch, pullRequestText } from './commit-message.js';
import { settleLocalBranch } from './local-branch.js';
import type { ImagePin } from '../kube/kustomization/image-pin.js';
import { writePlan, type KeptPin, type Plan } from './plan.js';

/** Where pull requests go: the GitHub repository and a client for it. */
export interface PullRequestTarget {
  client: PullRequestClient;
  owner: string;
  repo: string;
}

interface WriteBackOptions {
  top: string;
  remote: string;
  planIn: (root: string) => Promise<Plan>;
  images: ImagePin[];
  sourceCommit?: string;
  author: Author;
  log: Logger;
}

/**
 * Pins on the remote tip in a temporary work tree, commits and pushes through the shared
 * race-safe loop (git/push-retry.ts): when the branch moved, it pins again on fresh files of the
 * new tip, so an image another pipeline pinned from a newer source stays (provenance.ts).
 */
export async function pushWithRetry(options: WriteBackOptions & { branch: string; maxAttempts: number }) {
  const { top, remote, branch, log } = options;
  let tree: TempWorktree | undefined;
  try {
    const pushed = await pushWithRetries({
      dir: top,
      remote,
      branch,
      maxAttempts: options.maxAttempts,
      log,
      fetchTip: () => fetchTip(top, remote, branch),
      commitOn: async (tip) => {
        if (tree) await tree.reset(tip!);
        else tree = await addTempWorktree(top, tip!);
        const plan = await options.planIn(tree.path);
        if (plan.files.length === 0) return { value: plan };
        await writePlan(plan);
        const files = plan.files.map((f) => f.overlay.file);
        const message = commitMessage(plan.files, options.images, options.sourceCommit);
        return { value: plan, commit: await commitFiles(tree.path, files, message, options.author) };
      },
    });
    if (pushed.commit) await settleLocalBranch({ top, remote, branch, pushed: pushed.commit, log });
    return { plan: pushed.value, commit: pushed.commit, attempts: pushed.attempts };
  } finally {
    await tree?.remove();
  }
}

/** Fetches the branch pinship writes on (or bases a pull request on) and resolves to its tip. */
async function fetchTip(top: string, remote: string, branch: string): Promise<string> {
  try {
    return await fetchBranch(top, remote, branch);
  } catch (err) {
    const hint = isMissingRemoteBranch(err)
      ? `${remote} has no branch ${branch}: push it first, or name an existing one with --branch`
      : undefined;
    throw wrapError(`fetching ${branch} from ${remote}`, err, { field: 'branch', hint });
  }
}

/** What pull-request mode checks on the pull request's branch before pushing to it. */
export interface PullRequestBranchCheck {
  /** Pins on the branch (at `rev`) made from a newer source commit than this pin's: they stay. */
  newerPins(root: string, rev: string): Promise<KeptPin[]>;
}

/**
 * Pull-request mode (protected branches): pins on the base tip, pushes the pin to a branch
 * pinship owns (`head`, default `pinship/pin-<images>-<overlays>-<hash>`), recreated from base each
 * time, as peter-evans/create-pull-request does, then opens the pull request or updates the open
 * one. Decided on the branch first: one holding a newer pin (an older pipeline finishing late) is
 * left alone (`newer-pin-kept`); one already holding this very change is not pushed again. It is
 * replaced only with a lease on the tip that was checked, and never when it is the base or holds
 * a commit pinship did not make.
 */
export async function openPullRequestWithPin(
  options: WriteBackOptions & {
    base: string;
    head?: string;
    overlays: string[];
    target: PullRequestTarget;
    check: PullRequestBranchCheck;
  },
) {
  const { top, remote, base, log } = options;
  const branch = pullRequestHead(options.head ?? pullRequestBranch(options.images, options.overlays), base);
  const tip = await fetchTip(top, remote, base);
  const tree = await addTempWorktree(top, tip);
  try {
    const plan = await options.planIn(tree.path);
    if (plan.files.length === 0) return { plan, action: 'not-updated' as const, kept: plan.kept };
    const current = await fetchBranchIfExists(top, remote, branch).catch((err: unknown) => {
      throw wrapError(`fetching ${branch} from ${remote}`, err);
    });
    if (current) await refuseForeignCommits(top, branch, current, tip, options.author);
    const newer = current ? await options.check.newerPins(tree.path, current) : [];
    if (newer.length) {
      for (const k of newer) log.info(`${branch}: ${k.file}: ${k.name} left as is: ${k.reason}`);
      return { plan, action: 'newer-pin-kept' as const, kept: [...plan.kept, ...newer], branch };
    }
    await writePlan(plan);
    const files = plan.files.map((f) => f.overlay.file);
    const message = commitMessage(plan.files, options.images, options.sourceCommit);
    const sha = await commitFiles(tree.path, files, message, options.author);
    // Same files as the branch already holds (on the same base): pushing again would only churn its history.
    const holdsIt = current !== undefined && (await sameTree(tree.path, current, sha));
    if (!holdsIt) await pushPinBranch(tree.path, remote, sha, branch, current);
    // Opened even when the branch held the change: a run that pushed and then failed to open it is finished here.
    const pr = await openOrUpdatePullRequest(options.target.client, {
      owner: options.target.owner,
      repo: options.target.repo,
      head: branch,
      base,
      ...pullRequestText(message),
    });
    log.info(`pull request #${pr.number} ${pr.action}: ${pr.url}`);
    const pullRequest = { number: pr.number, url: pr.url };
    if (pr.action === 'created')
      return { plan, action: 'pull-request-created' as const, commit: holdsIt ? current : sha, branch, pullRequest };
    if (holdsIt) return { plan, action: 'not-updated' as const, kept: plan.kept, commit: current, branch, pullRequest };
    return { plan, action: 'pull-request-updated' as const, commit: sha, branch, pullRequest };
  } finally {
    await tree.remove();
  }
}

/** The pull request's head branch, refused when it is the base (pinship replaces it on every pin). */
function pullRequestHead(branch: string, base: string): string {
  if (branch === base) {
    throw new PinshipError(`the pull request's branch ${branch} is its base branch`, {
      field: 'pull-request-branch',
      hint: 'pinship replaces the pull request branch on every pin: name another one, or leave it to pinship',
    });
  }
  return branch;
}

/** Replaces the branch with the pin's commit, with a lease on the tip that was checked (`current`). */
async function pushPinBranch(
  tree: string,
  remote: string,
  sha: string,
  branch: string,
  current: string | undefined,
): Promise<void> {
  await pushCommit(tree, remote, sha, branch, current ?? '').catch((err) => {
    // The lease held: someone pushed to the branch since it was checked (refused by git, or by the
    // remote when it happened during the push). Their push stays; a new pin decides on it.
    const moved = isNonFastForward(err) || isRefUpdateRace(err);
    const hint = moved ? `${branch} changed on ${remote} while pinning: run the pin again` : undefined;
    throw wrapError(`pushing ${branch} to ${remote}`, err, { hint });
  });
}

/**
 * Refuses a pull request branch that holds a commit pinship did not make (someone's fix pushed
 * to it, or a branch of the same name that was never pinship's): replacing the branch would drop
 * it. pinship's commits are its author's and carry a Pinship-Pin trailer; the base's are skipped.
 */
async function refuseForeignCommits(top: string, branch: string, current: string, base: string, author: Author) {
  const commits = await listCommits(top, current, base);
  const foreign = commits.find(
    (c) =>
      c.authorName !== author.name ||
      c.authorEmail !== author.email ||
      !c.message.split('\n').some((line) => line.startsWith(`${PIN_TRAILER}: `)),
  );
  if (!foreign) return;
  throw new PinshipError(
    `${branch} holds commit ${foreign.sha.slice(0, 12)} by ${foreign.authorName} <${foreign.authorEmail}>, ` +
      'which pinship did not make: replacing the branch would drop it',
    {
      field: 'pull-request-branch',
      hint: 'merge or move that work, then delete the branch; or name another branch for the pull request',
    },
  );
}
