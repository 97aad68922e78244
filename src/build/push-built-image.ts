import type Docker from 'dockerode';
import { PinshipError } from '../errors.js';
import type { EngineAuth } from '../docker/engine-auth.js';
import { pushThroughEngine } from '../docker/image-push.js';
import type { Logger } from '../log/logger.js';
import type { Manifest, RegistryClient } from '../registry/client.js';
import type { BuildPlan } from './plan.js';

/** Pushes of one build, counting those after another build moved the local tag. */
const OWN_PUSH_ATTEMPTS = 5;

/**
 * Pushes the image this run built (`id`, the engine's image ID) as `name:<first tag>` and resolves
 * to the manifest the registry serves for it, fetched by digest (immutable), not by tag.
 *
 * The engine pushes a tag, not an image: another build of the same commit sharing the engine may
 * move `name:<first tag>` between this build and its push, and the engine then pushes that
 * build's image. So the pushed manifest's config must be this build's image; when it is not, the
 * tag is put back on `id` and pushed again.
 */
export async function pushBuiltImage(
  docker: Docker,
  registry: RegistryClient,
  plan: BuildPlan,
  id: string,
  auth: EngineAuth | undefined,
  log: Logger,
): Promise<Manifest> {
  const { name, reference } = plan;
  const first = plan.tags[0]!;
  for (let attempt = 1; ; attempt++) {
    const digest = await log.group(`pushing ${name}:${first}`, () => pushThroughEngine(docker, name, first, auth, log));
    const served = await registry.findManifest(reference.path, digest);
    if (!served) {
      throw new PinshipError(`pushed ${name}:${first} as ${digest} but the registry has no manifest ${digest}`);
    }
    const pushed = pushedImageId(served);
    if (pushed === id || served.digest === id) return served;
    if (attempt >= OWN_PUSH_ATTEMPTS) {
      throw new PinshipError(
        `pushing ${name}:${first}: the engine pushed image ${pushed ?? served.digest}, not the one built (${id}), ` +
          `${attempt} times`,
        { hint: `another build sharing this engine keeps tagging ${name}:${first}; run them one after another` },
      );
    }
    log.warn(
      `the engine pushed ${name}:${first} as image ${pushed ?? served.digest}, not the one built (${id}): ` +
        'another build moved the local tag; tagging and pushing again',
    );
    await docker.getImage(id).tag({ repo: name, tag: first });
  }
}

/** The config digest of a single-platform manifest: the engine's image ID; undefined for an index. */
function pushedImageId(manifest: Manifest): string | undefined {
  try {
    return (JSON.parse(manifest.bytes.toString('utf8')) as { config?: { digest?: string } }).config?.digest;
  } catch {
    return undefined;
  }
}
