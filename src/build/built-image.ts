import { PinshipError } from '../errors.js';
import { hasCommit, remoteDefaultBranch } from '../git/repo.js';
import { readGitHubContext } from '../github/context.js';
import { RegistryClient } from '../registry/client.js';
import { credentialSource, type BuildDeps, type BuildOptions, type BuildResult } from './build-image.js';
import { lookupInRegistry } from './lookup.js';
import { planBuild, targetReference } from './plan.js';
import { type ReuseVerdict, reuseVerdict } from './reuse-check.js';
import { inputDigestTag } from './tags.js';

/**
 * The image a protected build (the default branch's) already made for the checked-out commit,
 * found without building: the `in-` tag of this commit's inputs, which only protected builds write
 * (a pull request's build writes `pr-in-` tags), holding an image whose revision label is this
 * commit or an earlier commit of its first-parent history and whose digest the default branch
 * itself pinned (the rule a skipping build applies, reuse-check.ts; the pin is looked for on the
 * tagged commit's first parents and on the default branch's, as a tag may name the source commit
 * its pin commit followed). Anything else is an error: a release pins only what the default branch
 * built and pinned.
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
  const verdict = await reuseVerdict(found, plan, { docker, registry }, await pinHistory(options, plan.context.dir));
  if (!verdict.reuse) throw new PinshipError(`not pinning ${verdict.why}`, { field: 'image', hint: hintFor(verdict) });
  const pinned = verdict.pinnedBy ? ` (pinned by ${verdict.pinnedBy.slice(0, 12)})` : '';
  log.info(`${where} is ${found.digest}, built for ${commit} by a protected build: no rebuild${pinned}`);
  return {
    image: plan.name,
    digest: found.digest,
    ref: `${plan.name}@${found.digest}`,
    tags: [inTag],
    skipped: true,
    inputDigest: plan.inputDigest,
  };
}

/** Where a release looks for the pin: the tagged commit's first parents, and the default branch's when fetched. */
async function pinHistory(options: BuildOptions, dir: string): Promise<string[]> {
  const branch = readGitHubContext(options.env ?? process.env).defaultBranch ?? (await remoteDefaultBranch(dir));
  const tip = branch && `refs/remotes/origin/${branch}`;
  return tip && (await hasCommit(dir, tip)) ? ['HEAD', tip] : ['HEAD'];
}

function hintFor(verdict: ReuseVerdict & { reuse: false }): string {
  const rule = 'a release pins only an image the default branch built and pinned';
  if (verdict.cause === 'history') return `${rule}: check out the whole history (actions/checkout fetch-depth: 0)`;
  if (verdict.cause === 'label') return `${rule}: not pinning an image from outside the tagged history`;
  return (
    `${rule}: tag a commit after its default-branch pipeline pinned its image (its pin commit, or a commit it ` +
    'followed). Where the overlays live in another repository, this checkout cannot see their pins: pin the ' +
    'release in that repository (pinship pin) with a digest you checked'
  );
}
