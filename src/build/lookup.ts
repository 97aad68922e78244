import type Docker from 'dockerode';
import type { Manifest, RegistryClient } from '../registry/client.js';
import type { BuildPlan } from './plan.js';

/** An image built earlier from the same inputs, found by its `in-…` tag. */
export type ExistingImage =
  | { where: 'registry'; digest: string; manifest: Manifest }
  | { where: 'engine'; digest: string };

/** Is there an image of these inputs in the registry (`name:in-…`)? */
export async function lookupInRegistry(registry: RegistryClient, plan: BuildPlan): Promise<ExistingImage | undefined> {
  const manifest = await registry.findManifest(plan.reference.path, plan.inTag);
  return manifest ? { where: 'registry', digest: manifest.digest, manifest } : undefined;
}

/** Without push, "unchanged" is decided by the engine's own images: `name:in-…` present locally. */
export async function lookupInEngine(docker: Docker, plan: BuildPlan): Promise<ExistingImage | undefined> {
  const id = await docker
    .getImage(`${plan.name}:${plan.inTag}`)
    .inspect()
    .then(
      (i) => i.Id,
      () => undefined,
    );
  return id ? { where: 'engine', digest: id } : undefined;
}
