import { wrapError } from '../errors.js';
import { pushCommit } from '../git/push.js';
import { pushWithRetries } from '../git/push-retry.js';
import { commitFiles, fetchBranch, isMissingRemoteBranch, type Author } from '../git/repo.js';
import { addTempWorktree, type TempWorktree } from '../git/worktree.js';
import { openOrUpdatePullRequest, type PullRequestClient } from '../github/pull-request.js';
import type { Logger } from '../log/logger.js';
import { commitMessage, pullRequestBranch, pullRequestText } from './commit-message.js';
import { settleLocalBranch } from './local-branch.js';
import type { ImagePin } from './kustomization-edit.js';
import { writePlan, type Plan } from './plan.js';

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
    const hint = isMissingRemoteBranch(err) ? `${remote} has no branch ${branch}: push it first, or name an existing one with --branch` : undefined;
    throw wrapError(`fetching ${branch} from ${remote}`, err, { field: 'branch', hint });
  }
}

/**
 * Pull-request mode (protected branches): pins on the base tip, force-pushes the pin to a
 * branch pinship owns (`pinship/pin-<images>-<overlays>`, recreated from base each time, as
 * peter-evans/create-pull-request does), then opens the pull request or updates the open one.
 */
export async function openPullRequestWithPin(options: WriteBackOptions & { base: string; overlays: string[]; target: PullRequestTarget }) {
  const { top, remote, base, log } = options;
  const tip = await fetchTip(top, remote, base);
  const tree = await addTempWorktree(top, tip);
  try {
    const plan = await options.planIn(tree.path);
    if (plan.files.length === 0) return { plan, action: 'not-updated' as const };
    await writePlan(plan);
    const files = plan.files.map((f) => f.overlay.file);
    const message = commitMessage(plan.files, options.images, options.sourceCommit);
    const sha = await commitFiles(tree.path, files, message, options.author);
    const branch = pullRequestBranch(options.images, options.overlays);
    await pushCommit(tree.path, remote, sha, branch, true).catch((err) => {
      throw wrapError(`pushing ${branch} to ${remote}`, err);
    });
    const pr = await openOrUpdatePullRequest(options.target.client, {
      owner: options.target.owner,
      repo: options.target.repo,
      head: branch,
      base,
      ...pullRequestText(message),
    });
    log.info(`pull request #${pr.number} ${pr.action}: ${pr.url}`);
    const action = pr.action === 'created' ? ('pull-request-created' as const) : ('pull-request-updated' as const);
    return { plan, action, commit: sha, branch, pullRequest: { number: pr.number, url: pr.url } };
  } finally {
    await tree.remove();
  }
}
