import type Docker from 'dockerode';
import { isFirstParentAncestor } from '../git/repo.js';
import type { Logger } from '../log/logger.js';
import type { RegistryClient } from '../registry/client.js';
import { readImageLabels } from '../registry/image-config.js';
import type { ExistingImage } from './lookup.js';
import type { BuildPlan } from './plan.js';

const REVISION_LABEL = 'org.opencontainers.image.revision';

/**
 * The image of these inputs a protected build may skip to: only one whose revision label is this
 * commit or an earlier commit of this branch (its first-parent history). Anyone who can push to
 * the repository can put an image under an `in-` tag; one labelled with a commit from outside
 * that history (a pull request's, even once merged; another branch's) is not reused, and the
 * build runs. Builds that are not protected skip freely: they only ever read `pr-in-` tags.
 */
export async function reusableImage(
  existing: ExistingImage,
  plan: BuildPlan,
  target: { registry?: RegistryClient; docker: Docker },
  log: Logger,
): Promise<ExistingImage | undefined> {
  if (!plan.trust.protected) return existing;
  const head = plan.revision;
  if (!head) return plan.trust.outsideActions ? existing : undefined;
  const labels = await imageLabels(existing, plan, target);
  const revision = labels[REVISION_LABEL];
  const where = `${plan.name}:${plan.inTag} (${existing.digest})`;
  if (!revision) {
    log.warn(`${where} has no ${REVISION_LABEL} label: not reusing it, building`);
    return undefined;
  }
  const ancestor = await isFirstParentAncestor(plan.context.dir, revision, head);
  if (ancestor === true) return existing;
  if (ancestor === undefined) {
    log.info(
      `${where} was built from ${revision}, which this clone does not have (shallow?): building; ` +
        'fetch the history (actions/checkout fetch-depth: 0) to let unchanged builds skip',
    );
  } else {
    log.warn(
      `${where} was built from ${revision}, which is not an earlier commit of this branch ` +
        `(first parents of ${head}): not reusing an image from outside its history (${plan.trust.reason}), building`,
    );
  }
  return undefined;
}

async function imageLabels(
  existing: ExistingImage,
  plan: BuildPlan,
  target: { registry?: RegistryClient; docker: Docker },
): Promise<Record<string, string>> {
  if (existing.where === 'registry') {
    return readImageLabels(target.registry!, plan.reference.path, existing.manifest, plan.platform);
  }
  const info = await target.docker.getImage(existing.digest).inspect();
  return info.Config?.Labels ?? {};
}
