import { realpathSync, statSync } from 'node:fs';
import { isAbsolute, relative, resolve, sep } from 'node:path';
import { PinshipError } from '../errors.js';
import { workTreeRoot } from '../git/repo.js';
import { resolveOverlay } from './overlay.js';
import type { PinOptions } from './pin.js';
import { planPins, type Plan } from './plan.js';
import { keepNewerPins, newerPinsAt, readPinRecords } from './provenance.js';
import type { PullRequestBranchCheck } from './write-back.js';

/** Where a pin happens: the repository, its Git top level (committing, provenance), the overlays as planned. */
export interface PinSite {
  repo: string;
  top: string | undefined;
  /** Relative to `top` when there is one (so a temporary work tree finds them), else as given. */
  overlays: string[];
  planIn: (root: string) => Promise<Plan>;
  check: PullRequestBranchCheck;
}

/** Finds the repository and its Git top level, and the overlays relative to it. */
export async function locate(options: PinOptions): Promise<PinSite> {
  const found =
    options.repo === undefined
      ? await repositoryOfOverlays(options.overlays)
      : { repo: options.repo, overlays: options.overlays, top: undefined };
  const { repo, overlays: given } = found;
  const committing = options.commit || options.push || options.pullRequest;
  const top = committing || options.sourceCommit ? (found.top ?? (await workTreeRoot(repo))) : undefined;
  if (committing && !top) {
    throw new PinshipError(`${repo} is not inside a Git work tree`, {
      field: 'repo',
      hint: 'committing needs a clone',
    });
  }
  // Overlays relative to the Git top level, so they can be found again in a temporary work tree.
  const overlays = top ? given.map((o) => toTopLevel(top, repo, o)) : given;
  const planIn = async (root: string): Promise<Plan> => {
    const keep = options.sourceCommit && top ? await keepDecision(root, overlays, options, repo) : undefined;
    return planPins({
      repo: root,
      overlays,
      images: options.images,
      rollJobs: options.rollJobs ?? true,
      keep,
      log: options.log,
    });
  };
  const check: PullRequestBranchCheck = {
    newerPins: async (root, rev) => {
      if (!options.sourceCommit) return [];
      const files = overlays.map((o) => resolveOverlay(root, o).file);
      return newerPinsAt({
        repo: root,
        rev,
        files,
        images: options.images,
        ...provenanceSource(options, repo),
        log: options.log,
      });
    },
  };
  return { repo, top, overlays, planIn, check };
}

/**
 * Without --repo: the Git work tree holding the first overlay, so `--overlay /abs/clone/overlays/prod`
 * works from any folder; overlays keep meaning what they mean from the current folder. Not in a
 * work tree: the current folder, as before. Paths still cannot leave the repository.
 */
async function repositoryOfOverlays(overlays: string[]) {
  const cwd = process.cwd();
  const first = overlays[0] === undefined ? undefined : resolve(cwd, overlays[0]);
  const top =
    first && statSync(first, { throwIfNoEntry: false })?.isDirectory() ? await workTreeRoot(first) : undefined;
  if (!top) return { repo: '.', overlays, top: undefined };
  // The repository is its own top level: found once, not asked of git again.
  return { repo: top, overlays: overlays.map((o) => resolve(cwd, o)), top };
}

async function keepDecision(root: string, overlays: string[], options: PinOptions, repo: string) {
  const files = overlays.map((o) => resolveOverlay(root, o).file);
  const records = await readPinRecords(root, files);
  return keepNewerPins({ records, ...provenanceSource(options, repo), log: options.log });
}

/** Where source commits are compared: --source-repo, else the overlay repository. */
function provenanceSource(options: PinOptions, repo: string) {
  return {
    sourceRepo: options.sourceRepo ?? repo,
    sourceRepoGiven: options.sourceRepo !== undefined,
    sourceCommit: options.sourceCommit!,
  };
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
