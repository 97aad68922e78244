import type Docker from 'dockerode';
import { isFirstParentAncestor } from '../git/repo.js';
import type { Logger } from '../log/logger.js';
import { branchPinOf } from '../provenance/branch-pin.js';
import type { RegistryClient } from '../registry/client.js';
import { readImageLabels } from '../registry/image-config.js';
import type { ExistingImage } from './lookup.js';
import type { BuildPlan } from './plan.js';

const REVISION_LABEL = 'org.opencontainers.image.revision';

/**
 * May a protected build use the image under its `in-` tag? If not, why, and the cause: `history`
 * (the clone lacks the commits to tell: a shallow clone), `label` (its revision label names no
 * commit of this branch) or `unpinned` (this branch's history never pinned its digest).
 */
export type ReuseVerdict =
  | { reuse: true; pinnedBy?: string }
  | { reuse: false; why: string; cause: 'history' | 'label' | 'unpinned' };

type Target = { registry?: RegistryClient; docker: Docker };

/**
 * Whether a protected build may skip to the image of these inputs. Anyone who can push to the
 * repository can put an image under an `in-` tag, and write any revision label into it. So, on
 * GitHub Actions, the image is reused only when (1) its revision label is this commit or an earlier
 * commit of this branch (first parents), which rules out a pull request's own commits, and (2) the
 * branch itself pinned its digest: a first-parent commit of `tips` (HEAD, and for a release the
 * default branch too) whose own change wrote it into an overlay (provenance/branch-pin.ts), which
 * the label alone cannot prove. Outside Actions the build is the user's own and (1) is enough;
 * builds that are not protected read only `pr-in-` tags and skip freely.
 */
export async function reuseVerdict(
  existing: ExistingImage,
  plan: BuildPlan,
  target: Target,
  tips: readonly string[] = ['HEAD'],
): Promise<ReuseVerdict> {
  if (!plan.trust.protected) return { reuse: true };
  const head = plan.revision;
  if (!head) {
    if (plan.trust.outsideActions) return { reuse: true };
    const why = `${plan.context.dir} is in no Git work tree: nothing to check the image against`;
    return { reuse: false, why, cause: 'history' };
  }
  // Both questions at once: the label is a registry round trip, the pin a git query.
  const pinned = plan.trust.outsideActions ? undefined : pinOnBranch(existing, plan, tips);
  pinned?.catch(() => undefined);
  const where = `${plan.name}:${plan.inTag} (${existing.digest})`;
  const revision = (await imageLabels(existing, plan, target))[REVISION_LABEL];
  if (!revision) return { reuse: false, why: `${where} has no ${REVISION_LABEL} label`, cause: 'label' };
  const ancestor = await isFirstParentAncestor(plan.context.dir, revision, head);
  if (ancestor === undefined) {
    const why = `${where} was built from ${revision}, which this clone does not have (shallow?)`;
    return { reuse: false, why, cause: 'history' };
  }
  if (!ancestor) {
    const why = `${where} was built from ${revision}, which is not an earlier commit of this branch`;
    return { reuse: false, why: `${why} (first parents of ${head})`, cause: 'label' };
  }
  if (!pinned) return { reuse: true };
  const pinnedBy = await pinned;
  if (pinnedBy) return { reuse: true, pinnedBy };
  return {
    reuse: false,
    why: unpinnedWhy(existing, where, revision, [head.slice(0, 12), ...tips.slice(1)]),
    cause: 'unpinned',
  };
}

function unpinnedWhy(existing: ExistingImage, where: string, revision: string, history: string[]): string {
  if (existing.where === 'engine') {
    return `${where} is an image of this engine, with no registry digest a pin of this branch could name`;
  }
  return (
    `${where} was never pinned on this branch: no first-parent commit of ${history.join(' or ')} wrote ` +
    `${existing.digest} into a file a Pinship-Pin trailer names (its revision label, ${revision.slice(0, 12)}, ` +
    'anyone who can push to the registry can write)'
  );
}

/**
 * The image a protected build may skip to, or undefined (it builds), saying why not: as
 * information for a shallow clone (expected), else as a warning.
 */
export async function reusableImage(
  existing: ExistingImage,
  plan: BuildPlan,
  target: Target,
  log: Logger,
): Promise<ExistingImage | undefined> {
  const verdict = await reuseVerdict(existing, plan, target);
  if (verdict.reuse) {
    if (verdict.pinnedBy) log.info(`${existing.digest} was pinned on this branch by ${verdict.pinnedBy.slice(0, 12)}`);
    return existing;
  }
  const line = `${verdict.why}: not reusing it (${plan.trust.reason}), building`;
  if (verdict.cause === 'history') {
    log.info(`${line}; fetch the history (actions/checkout fetch-depth: 0) to let unchanged builds skip`);
  } else if (verdict.cause === 'unpinned') {
    // The first build after new inputs always lands here until its pin commit is on the branch.
    log.warn(
      `${line}; an image is reused once a commit of this branch pinned it (the pin step's), and pins kept in ` +
        'another repository cannot vouch for it (README: "Pull requests cannot poison")',
    );
  } else log.warn(line);
  return undefined;
}

/** The first-parent commit of `tips` that pinned the found image's manifest digest. */
async function pinOnBranch(existing: ExistingImage, plan: BuildPlan, tips: readonly string[]) {
  // An engine copy has no manifest digest of its own: nothing a pin could have named.
  if (existing.where === 'engine') return undefined;
  return branchPinOf(plan.context.dir, existing.digest, tips);
}

async function imageLabels(existing: ExistingImage, plan: BuildPlan, target: Target): Promise<Record<string, string>> {
  if (existing.where === 'registry') {
    return readImageLabels(target.registry!, plan.reference.path, existing.manifest, plan.platform);
  }
  const info = await target.docker.getImage(existing.digest).inspect();
  return info.Config?.Labels ?? {};
}
