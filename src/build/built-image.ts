import { PinshipError } from '../errors.js';
import { RegistryClient } from '../registry/client.js';
import { credentialSource, type BuildDeps, type BuildOptions, type BuildResult } from './build-image.js';
import { lookupInRegistry } from './lookup.js';
import { planBuild, targetReference } from './plan.js';
import { reusableImage } from './reuse-check.js';
import { inputDigestTag } from './tags.js';

/**
 * The image a protected build (the default branch's) already made for the checked-out commit,
 * found without building: the `in-` tag of this commit's inputs, which only protected builds write
 * (a pull request's build writes `pr-in-` tags), holding an image whose revision label is this
 * commit or an earlier commit of its first-parent history (the same rule a skipping build
 * applies). Anything else is an error: a release pins only what the default branch built.
 */
export async function findBuiltImage(options: BuildOptions, deps: BuildDeps): Promise<BuildResult> {
  const { docker, log } = deps;
  const reference = targetReference(options);
  const credentialsFor = credentialSource(reference, options);
  const registry = new RegistryClient(reference.registry, {
    credentials: await credentialsFor(reference.registry),
    log,
  });
  const planned = await planBuild(reference, options, docker, credentialsFor, log);
  // Whatever this job's own trust, only the protected tag namespace is read.
  const inTag = inputDigestTag(planned.inputDigest, 'in-');
  const plan = { ...planned, inTag, trust: { protected: true, reason: 'a release' } };
  const where = `${plan.name}:${inTag}`;
  if (!plan.revision) {
    throw new PinshipError(`${options.context} is in no Git work tree: no commit to find the image of`, {
      field: 'context',
    });
  }
  const commit = plan.revision.slice(0, 12);
  const found = plan.skippable ? await lookupInRegistry(registry, plan) : undefined;
  if (!found) {
    throw new PinshipError(`no image built on a protected ref for ${commit}: ${where} is not in the registry`, {
      field: 'image',
      hint: plan.skippable
        ? 'a release pins what a push to the default branch built: tag a commit after its pipeline built it'
        : 'a base image or ADD source could not be resolved, so these inputs have no key to find them by',
    });
  }
  if (!(await reusableImage(found, plan, { docker, registry }, log))) {
    throw new PinshipError(
      `${where} (${found.digest}) was not built from ${commit} or an earlier commit of its first-parent history`,
      { field: 'image', hint: 'not pinning an image from outside the tagged history; see the warning above' },
    );
  }
  log.info(`${where} is ${found.digest}, built for ${commit} by a protected build: no rebuild`);
  return {
    image: plan.name,
    digest: found.digest,
    ref: `${plan.name}@${found.digest}`,
    tags: [inTag],
    skipped: true,
    inputDigest: plan.inputDigest,
  };
}
