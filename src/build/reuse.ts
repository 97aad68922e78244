import type Docker from 'dockerode';
import type { Logger } from '../log/logger.js';
import type { Manifest, RegistryClient } from '../registry/client.js';
import type { ImageReference } from '../registry/reference.js';
import type { BuildResult } from './build-image.js';
import type { ExistingImage } from './lookup.js';
import type { BuildPlan } from './plan.js';

/**
 * Adds this commit's tags (and the cache tag, `cacheTo`) to an image of the same inputs, in the
 * registry or the engine: no build.
 */
export async function reuseImage(
  existing: ExistingImage,
  plan: BuildPlan,
  target: { registry?: RegistryClient; docker: Docker },
  log: Logger,
  cacheTo?: ImageReference,
): Promise<BuildResult> {
  const { name, tags, inTag, inputDigest } = plan;
  const { digest } = existing;
  const result = { image: name, digest, tags: [...tags, inTag], skipped: true, inputDigest };
  if (existing.where === 'registry') {
    log.info(`${name}:${inTag} exists (${digest}): inputs unchanged, adding this build's tags without building`);
    const cacheTag = cacheTo?.tag ? [cacheTo.tag] : [];
    await putTags(target.registry!, plan.reference.path, [...tags, ...cacheTag], existing.manifest);
    return { ...result, ref: `${name}@${digest}` };
  }
  log.info(`${name}:${inTag} exists in the engine (${digest}): inputs unchanged, tagging without building`);
  const image = target.docker.getImage(digest);
  for (const tag of tags) await image.tag({ repo: name, tag });
  return { ...result, ref: `${name}:${tags[0]}` };
}

/**
 * PUTs `manifest` under every tag at once (the same bytes: one round trip, not one per tag).
 * A failure is reported as the sequential loop did: the first failing tag in order.
 */
export async function putTags(
  registry: RegistryClient,
  path: string,
  tags: readonly string[],
  manifest: Manifest,
): Promise<void> {
  const results = await Promise.allSettled(tags.map((tag) => registry.putManifest(path, tag, manifest)));
  const failed = results.find((r) => r.status === 'rejected');
  if (failed) throw failed.reason;
}
