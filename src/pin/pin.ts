import { statSync } from 'node:fs';
import { PinshipError, wrapError } from '../errors.js';
import { commitFiles, currentBranch, dirtyFiles, type Author } from '../git/repo.js';
import type { Logger } from '../log/logger.js';
import { commitMessage } from './commit-message.js';
import type { ImageChange, ImagePin } from '../kube/kustomization/image-pin.js';
import { planDiff, writePlan, type KeptPin, type Plan } from './plan.js';
import { locate, type PinSite } from './site.js';
import { verifyDigests } from './verify-digests.js';
import { pushWithRetry, openPullRequestWithPin, type PullRequestTarget } from './write-back.js';

export type PinAction =
  | 'dry-run'
  | 'written'
  | 'committed'
  | 'pushed'
  | 'pull-request-created'
  | 'pull-request-updated'
  | 'not-updated'
  | 'newer-pin-kept';

/** What a pin did: file -> image -> old/new, and what happened in Git. */
export interface PinResult {
  changed: boolean;
  action: PinAction;
  files: { file: string; images: ImageChange[] }[];
  kept: KeptPin[];
  commit?: string;
  branch?: string;
  attempts?: number;
  pullRequest?: { number: number; url: string };
  diff?: string;
  /** What pin warned about and went on: an added entry no workload uses (a mistyped NAME). */
  warnings: string[];
}

export interface PinOptions {
  /**
   * The directory overlays are relative to (inside the Git work tree when committing). Default:
   * the Git work tree holding the first overlay, with overlays relative to the current folder;
   * the current folder when that overlay is in no work tree.
   */
  repo?: string;
  overlays: string[];
  images: ImagePin[];
  dryRun?: boolean;
  commit?: boolean;
  push?: boolean;
  pullRequest?: PullRequestTarget;
  remote?: string;
  /** Branch to push to (default: the checked-out branch); base branch in pull-request mode. */
  branch?: string;
  /** Pull-request mode: the branch pinship pushes to (default: named after images and overlay paths). */
  pullRequestBranch?: string;
  sourceCommit?: string;
  /** Repository in which to compare source commits (default: `repo`). */
  sourceRepo?: string;
  author?: Author;
  rollJobs?: boolean;
  maxAttempts?: number;
  /** Ask each image's registry (one HEAD) whether it holds the digest; refuse when not. CLI and action: on. */
  verifyDigests?: boolean;
  log: Logger;
}

const DEFAULT_AUTHOR: Author = { name: 'pinship', email: 'pinship@users.noreply.github.com' };

/** Pins images into overlays and, as asked, writes, commits, pushes or opens a pull request. */
export async function pin(options: PinOptions): Promise<PinResult> {
  checkOptions(options);
  const site = await locate(options);
  // --dry-run wins over --commit/--push/--pull-request: it shows the diff against the local files.
  if ((options.push || options.pullRequest) && !options.dryRun) return pinRemote(options, site);
  return pinLocal(options, site);
}

function checkOptions(options: PinOptions): void {
  if (options.sourceCommit !== undefined && !/^[0-9a-f]{7,64}$/.test(options.sourceCommit)) {
    throw new PinshipError(`expected a commit sha (hex), got ${JSON.stringify(options.sourceCommit)}`, {
      field: 'source-commit',
    });
  }
  if (options.pullRequestBranch !== undefined && !/^(?!-)(?!.*\.\.)[A-Za-z0-9._/-]+$/.test(options.pullRequestBranch)) {
    throw new PinshipError(
      `expected a branch name (letters, digits, . _ / -), got ${JSON.stringify(options.pullRequestBranch)}`,
      { field: 'pull-request-branch' },
    );
  }
  if (options.repo !== undefined && !statSync(options.repo, { throwIfNoEntry: false })?.isDirectory()) {
    throw new PinshipError(`${JSON.stringify(options.repo)} is not a directory`, { field: 'repo' });
  }
  if (options.sourceRepo !== undefined && !statSync(options.sourceRepo, { throwIfNoEntry: false })?.isDirectory()) {
    throw new PinshipError(`${JSON.stringify(options.sourceRepo)} is not a directory`, {
      field: 'source-repo',
      hint: 'a clone of the repository the images are built from',
    });
  }
}

/** --push / --pull-request: pins on the remote branch's tip in a temporary work tree. */
async function pinRemote(options: PinOptions, site: PinSite): Promise<PinResult> {
  const { log } = options;
  const top = site.top!;
  const remote = options.remote ?? 'origin';
  const branch = options.branch ?? (await currentBranch(top));
  if (!branch) throw new PinshipError('HEAD is detached: name the branch to push to', { field: 'branch' });
  if (options.verifyDigests) await verifyDigests(options.images, log);
  const common = {
    top,
    remote,
    planIn: site.planIn,
    images: options.images,
    sourceCommit: options.sourceCommit,
    author: options.author ?? DEFAULT_AUTHOR,
    log,
  };
  if (options.pullRequest) {
    const target = options.pullRequest;
    const out = await openPullRequestWithPin({
      ...common,
      base: branch,
      head: options.pullRequestBranch,
      overlays: site.overlays,
      target,
      check: site.check,
    });
    if (out.action === 'not-updated' || out.action === 'newer-pin-kept') {
      const {
        kept,
        branch: head,
        commit,
        pullRequest,
      } = out as typeof out & { branch?: string; commit?: string; pullRequest?: PinResult['pullRequest'] };
      return unchanged({ ...out.plan, kept }, log, { action: out.action, branch: head, commit, pullRequest });
    }
    return {
      changed: true,
      action: out.action,
      files: summary(out.plan),
      kept: out.plan.kept,
      commit: out.commit,
      branch: out.branch,
      pullRequest: out.pullRequest,
      warnings: warned(out.plan, log),
    };
  }
  const out = await pushWithRetry({ ...common, branch, maxAttempts: options.maxAttempts ?? 10 });
  if (!out.plan.files.length) return unchanged(out.plan, log);
  return {
    changed: true,
    action: 'pushed',
    files: summary(out.plan),
    kept: out.plan.kept,
    commit: out.commit,
    branch,
    attempts: out.attempts,
    warnings: warned(out.plan, log),
  };
}

/** Dry run, write, or commit in the local checkout. */
async function pinLocal(options: PinOptions, site: PinSite): Promise<PinResult> {
  const { log } = options;
  const plan = await site.planIn(site.top ?? site.repo);
  if (plan.files.length === 0) return unchanged(plan, log);
  if (options.verifyDigests) {
    const changing = new Set(plan.files.flatMap((f) => f.images.map((i) => i.name)));
    await verifyDigests(
      options.images.filter((p) => changing.has(p.name)),
      log,
    );
  }
  if (options.dryRun) {
    return {
      changed: true,
      action: 'dry-run',
      files: summary(plan),
      kept: plan.kept,
      diff: planDiff(plan),
      warnings: warned(plan, log),
    };
  }
  const files = plan.files.map((f) => f.overlay.file);
  if (options.commit) {
    // Refused rather than folded into the pin commit: the user's edits are not ours to commit.
    const dirty = await dirtyFiles(site.top!, files);
    if (dirty.length) {
      throw new PinshipError(`uncommitted changes in ${dirty.join(', ')}`, {
        hint: 'commit or stash them first; nothing was written',
      });
    }
  }
  await writePlan(plan);
  const warnings = warned(plan, log);
  if (!options.commit) return { changed: true, action: 'written', files: summary(plan), kept: plan.kept, warnings };
  try {
    const sha = await commitFiles(
      site.top!,
      files,
      commitMessage(plan.files, options.images, options.sourceCommit),
      options.author ?? DEFAULT_AUTHOR,
    );
    return { changed: true, action: 'committed', files: summary(plan), kept: plan.kept, commit: sha, warnings };
  } catch (err) {
    throw wrapError('committing the pin', err);
  }
}

function summary(plan: Plan): PinResult['files'] {
  return plan.files.map((f) => ({ file: f.overlay.file, images: f.images }));
}

/** The plan's warnings, logged once, from the plan that was applied (a push retried on a new tip plans again). */
function warned(plan: Plan, log: Logger): string[] {
  for (const w of plan.warnings) log.warn(w);
  return plan.warnings;
}

/** Nothing pinned or pushed. `on`: decided on a pull request's branch (which holds this change, or a newer one). */
function unchanged(
  plan: Plan,
  log: Logger,
  on?: {
    action: 'not-updated' | 'newer-pin-kept';
    branch?: string;
    commit?: string;
    pullRequest?: PinResult['pullRequest'];
  },
): PinResult {
  const action = on?.action ?? (plan.kept.length > 0 ? 'newer-pin-kept' : 'not-updated');
  for (const k of plan.kept) log.info(`${k.file}: ${k.name} left as is: ${k.reason}`);
  if (on?.branch)
    log.info(
      action === 'newer-pin-kept'
        ? `nothing pushed: ${on.branch} holds a newer pin`
        : `nothing pushed: ${on.branch} already holds this pin`,
    );
  else
    log.info(
      action === 'newer-pin-kept'
        ? 'nothing pinned: the overlays hold newer pins'
        : 'nothing to change: the overlays already hold these pins',
    );
  const where = on?.branch ? { branch: on.branch, commit: on.commit, pullRequest: on.pullRequest } : {};
  return { changed: false, action, files: [], kept: plan.kept, ...where, warnings: warned(plan, log) };
}
