import type Docker from 'dockerode';
import { PinshipError, wrapError } from '../errors.js';
import { engineAuth } from '../docker/engine-auth.js';
import { pushThroughEngine } from '../docker/image-push.js';
import type { Logger } from '../log/logger.js';
import type { RegistryClient } from '../registry/client.js';
import type { RegistryCredentials } from '../registry/credentials.js';
import type { ImageReference } from '../registry/reference.js';
import type { BuildResult } from './build-image.js';
import type { BuildPlan } from './plan.js';
import { putTags } from './reuse.js';

/** Where a push goes: the registry client (already checked) and the credentials the engine gets. */
export interface RegistryAccess {
  registry: RegistryClient;
  credentials?: RegistryCredentials;
}

/**
 * Pushes the freshly built `name:<first tag>`, checks that the registry serves the digest the
 * engine pushed, then writes the other tags, the cache tag (`cacheTo`, same repository) and,
 * last, the input-digest tag.
 */
export async function publishImage(
  docker: Docker,
  plan: BuildPlan,
  access: RegistryAccess,
  log: Logger,
  cacheTo?: ImageReference,
): Promise<BuildResult> {
  const { name, tags, inTag, inputDigest, reference } = plan;
  const { registry } = access;
  const auth = engineAuth(access.credentials, reference.registry);
  const first = tags[0]!;
  const digest = await log.group(`pushing ${name}:${first}`, () => pushThroughEngine(docker, name, first, auth, log));
  const served = await registry.findManifest(reference.path, first);
  if (served?.digest !== digest) {
    throw new PinshipError(
      `pushed ${name}:${first} as ${digest} but the registry serves ${served?.digest ?? 'nothing'} for it`,
      {
        hint: 'did another push write the same tag at the same time?',
      },
    );
  }
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
