import type Docker from 'dockerode';
import { wrapError } from '../errors.js';
import { engineAuth } from '../docker/engine-auth.js';
import type { Logger } from '../log/logger.js';
import type { RegistryClient } from '../registry/client.js';
import type { RegistryCredentials } from '../registry/credentials.js';
import type { ImageReference } from '../registry/reference.js';
import type { BuildResult } from './build-image.js';
import type { BuildPlan } from './plan.js';
import { pushBuiltImage } from './push-built-image.js';
import { putTags } from './reuse.js';

/** Where a push goes: the registry client (already checked) and the credentials the engine gets. */
export interface RegistryAccess {
  registry: RegistryClient;
  credentials?: RegistryCredentials;
}

/**
 * Pushes the image this run built (`id`) as `name:<first tag>` and checks that the registry
 * serves that very image (pushBuiltImage), then writes the same manifest under the other tags,
 * the cache tag (`cacheTo`, same repository) and, last, the input-digest tag.
 */
export async function publishImage(
  docker: Docker,
  id: string,
  plan: BuildPlan,
  access: RegistryAccess,
  log: Logger,
  cacheTo?: ImageReference,
): Promise<BuildResult> {
  const { name, tags, inTag, inputDigest, reference } = plan;
  const { registry } = access;
  const auth = engineAuth(access.credentials, reference.registry);
  const served = await pushBuiltImage(docker, registry, plan, id, auth, log);
  const { digest } = served;
  // Every other tag is a manifest PUT of the same bytes; the input-digest tag goes last so that
  // a run cut short never leaves a skip marker on an image missing this commit's tags.
  try {
    await putTags(registry, reference.path, [...tags.slice(1), ...(cacheTo?.tag ? [cacheTo.tag] : [])], served);
    await registry.putManifest(reference.path, inTag, served);
  } catch (err) {
    throw wrapError(`tagging ${name}@${digest}`, err);
  }
  log.info(`pushed ${name}@${digest}`);
  return { image: name, digest, ref: `${name}@${digest}`, tags: [...tags, inTag], skipped: false, inputDigest };
}

/** Without push: the engine's image gets this commit's tags and the input-digest tag. */
export async function keepInEngine(docker: Docker, id: string, plan: BuildPlan): Promise<BuildResult> {
  const { name, tags, inTag, inputDigest } = plan;
  const image = docker.getImage(id);
  for (const tag of [...tags, inTag]) await image.tag({ repo: name, tag });
  return { image: name, digest: id, ref: `${name}:${tags[0]}`, tags: [...tags, inTag], skipped: false, inputDigest };
}
