import { PinshipError } from '../errors.js';
import type { Manifest, RegistryClient } from './client.js';

interface ManifestJson {
  mediaType?: string;
  config?: { digest?: string };
  manifests?: { digest: string; platform?: { os?: string; architecture?: string; variant?: string } }[];
}

/**
 * The labels of the image a manifest names (`config.Labels`); for an index, those of its entry
 * for `platform` (`os/arch[/variant]`).
 */
export async function readImageLabels(
  registry: RegistryClient,
  repository: string,
  manifest: Manifest,
  platform: string,
): Promise<Record<string, string>> {
  const image = await platformManifest(registry, repository, manifest, platform);
  const digest = image.config?.digest;
  if (!digest) throw new PinshipError(`${repository}@${manifest.digest}: the manifest names no config blob`);
  const config = JSON.parse((await registry.getBlob(repository, digest)).toString('utf8')) as {
    config?: { Labels?: Record<string, string> | null };
  };
  return config.config?.Labels ?? {};
}

async function platformManifest(
  registry: RegistryClient,
  repository: string,
  manifest: Manifest,
  platform: string,
): Promise<ManifestJson> {
  const json = JSON.parse(manifest.bytes.toString('utf8')) as ManifestJson;
  if (!json.manifests) return json;
  const [os, architecture, variant] = platform.split('/');
  const entry = json.manifests.find(
    (m) =>
      m.platform?.os === os &&
      m.platform?.architecture === architecture &&
      (!variant || m.platform?.variant === variant),
  );
  if (!entry) throw new PinshipError(`${repository}@${manifest.digest}: the index has no image for ${platform}`);
  const found = await registry.findManifest(repository, entry.digest);
  if (!found) throw new PinshipError(`${repository}@${entry.digest}: the index names a manifest the registry lacks`);
  return JSON.parse(found.bytes.toString('utf8')) as ManifestJson;
}
