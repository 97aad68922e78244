import { realpathSync, statSync } from 'node:fs';
import { isAbsolute, relative, resolve, sep } from 'node:path';
import { PinshipError, wrapError } from '../errors.js';
import { commitFiles, currentBranch, dirtyFiles, workTreeRoot, type Author } from '../git/repo.js';
import type { Logger } from '../log/logger.js';
import { commitMessage } from './commit-message.js';
import type { ImageChange, ImagePin } from './kustomization-edit.js';
import { resolveOverlay } from './overlay.js';
import { planDiff, planPins, writePlan, type KeptPin, type Plan } from './plan.js';
import { keepNewerPins, readPinRecords } from './provenance.js';
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
  /** The directory overlays are relative to (inside the Git work tree when committing). */
  repo: string;
  overlays: string[];
  images: ImagePin[];
  dryRun?: boolean;
  commit?: boolean;
  push?: boolean;
  pullRequest?: PullRequestTarget;
  remote?: string;
  /** Branch to push to (default: the checked-out branch); base branch in pull-request mode. */
  branch?: string;
  sourceCommit?: string;
  /** Repository in which to compare source commits (default: `repo`). */
  sourceRepo?: string;
  author?: Author;
  rollJobs?: boolean;
  maxAttempts?: number;
  log: Logger;
}

const DEFAULT_AUTHOR: Author = { name: 'pinship', email: 'pinship@users.noreply.github.com' };

/** Pins images into overlays and, as asked, writes, commits, pushes or opens a pull request. */
export async function pin(options: PinOptions): Promise<PinResult> {
  const log = options.log;
  if (options.sourceCommit !== undefined && !/^[0-9a-f]{7,64}$/.test(options.sourceCommit)) {
    throw new PinshipError(`expected a commit sha (hex), got ${JSON.stringify(options.sourceCommit)}`, { field: 'source-commit' });
  }
  if (!statSync(options.repo, { throwIfNoEntry: false })?.isDirectory()) {
    throw new PinshipError(`${JSON.stringify(options.repo)} is not a directory`, { field: 'repo' });
  }
  if (options.sourceRepo !== undefined && !statSync(options.sourceRepo, { throwIfNoEntry: false })?.isDirectory()) {
    throw new PinshipError(`${JSON.stringify(options.sourceRepo)} is not a directory`, { field: 'source-repo', hint: 'a clone of the repository the images are built from' });
  }
  const top = options.commit || options.push || options.pullRequest || options.sourceCommit ? await workTreeRoot(options.repo) : undefined;
  if ((options.commit || options.push || options.pullRequest) && !top) {
    throw new PinshipError(`${options.repo} is not inside a Git work tree`, { field: 'repo', hint: 'committing needs a clone' });
  }
  // Overlays relative to the Git top level, so they can be found again in a temporary work tree.
  const overlays = top ? options.overlays.map((o) => toTopLevel(top, options.repo, o)) : options.overlays;
  const base = top ?? options.repo;
  const planIn = async (root: string): Promise<Plan> => {
    const keep = options.sourceCommit && top ? await keepDecision(root, overlays, options) : undefined;
    return planPins({ repo: root, overlays, images: options.images, rollJobs: options.rollJobs ?? true, keep, log });
  };
  const summary = (plan: Plan) => plan.files.map((f) => ({ file: f.overlay.file, images: f.images }));
  // Logged once, from the plan that was applied (a push retried on a new tip plans again).
  const warned = (plan: Plan): string[] => {
    for (const w of plan.warnings) log.warn(w);
    return plan.warnings;
  };
  const unchanged = (plan: Plan): PinResult => {
    const action = plan.kept.length > 0 ? 'newer-pin-kept' : 'not-updated';
    for (const k of plan.kept) log.info(`${k.file}: ${k.name} left as is: ${k.reason}`);
    log.info(action === 'newer-pin-kept' ? 'nothing pinned: the overlays hold newer pins' : 'nothing to change: the overlays already hold these pins');
    return { changed: false, action, files: [], kept: plan.kept, warnings: warned(plan) };
  };

  // --dry-run wins over --commit/--push/--pull-request: it shows the diff against the local files.
  if ((options.push || options.pullRequest) && !options.dryRun) {
    const remote = options.remote ?? 'origin';
    const branch = options.branch ?? (await currentBranch(top!));
    if (!branch) throw new PinshipError('HEAD is detached: name the branch to push to', { field: 'branch' });
    const common = { top: top!, remote, planIn, images: options.images, sourceCommit: options.sourceCommit, author: options.author ?? DEFAULT_AUTHOR, log };
    if (options.pullRequest) {
      const out = await openPullRequestWithPin({ ...common, base: branch, overlays, target: options.pullRequest });
      if (!out.plan.files.length) return unchanged(out.plan);
      return { changed: true, action: out.action, files: summary(out.plan), kept: out.plan.kept, commit: out.commit, branch: out.branch, pullRequest: out.pullRequest, warnings: warned(out.plan) };
    }
    const out = await pushWithRetry({ ...common, branch, maxAttempts: options.maxAttempts ?? 10 });
    if (!out.plan.files.length) return unchanged(out.plan);
    return { changed: true, action: 'pushed', files: summary(out.plan), kept: out.plan.kept, commit: out.commit, branch, attempts: out.attempts, warnings: warned(out.plan) };
  }

  const plan = await planIn(base);
  if (plan.files.length === 0) return unchanged(plan);
  if (options.dryRun) {
    return { changed: true, action: 'dry-run', files: summary(plan), kept: plan.kept, diff: planDiff(plan), warnings: warned(plan) };
  }
  const files = plan.files.map((f) => f.overlay.file);
  if (options.commit) {
    // Refused rather than folded into the pin commit: the user's edits are not ours to commit.
    const dirty = await dirtyFiles(top!, files);
    if (dirty.length) {
      throw new PinshipError(`uncommitted changes in ${dirty.join(', ')}`, { hint: 'commit or stash them first; nothing was written' });
    }
  }
  await writePlan(plan);
  const warnings = warned(plan);
  if (!options.commit) return { changed: true, action: 'written', files: summary(plan), kept: plan.kept, warnings };
  try {
    const sha = await commitFiles(top!, files, commitMessage(plan.files, options.images, options.sourceCommit), options.author ?? DEFAULT_AUTHOR);
    return { changed: true, action: 'committed', files: summary(plan), kept: plan.kept, commit: sha, warnings };
  } catch (err) {
    throw wrapError('committing the pin', err);
  }
}

async function keepDecision(root: string, overlays: string[], options: PinOptions) {
  const files = overlays.map((o) => resolveOverlay(root, o).file);
  const records = await readPinRecords(root, files);
  return keepNewerPins({
    records,
    sourceRepo: options.sourceRepo ?? options.repo,
    sourceRepoGiven: options.sourceRepo !== undefined,
    sourceCommit: options.sourceCommit!,
    log: options.log,
  });
}

function toTopLevel(top: string, repo: string, overlay: string): string {
  // Git reports the top level through symlinks resolved; resolve the overlay the same way.
  const abs = resolve(realpathSync(repo), overlay);
  const rel = relative(realpathSync(top), abs);
  if (rel === '..' || rel.startsWith(`..${sep}`) || isAbsolute(rel)) {
    throw new PinshipError(`overlay ${JSON.stringify(overlay)} is outside the repository ${top}`, { field: 'overlay' });
  }
  return rel.split(sep).join('/') || '.';
}


