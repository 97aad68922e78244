import { PinshipError } from '../errors.js';
import type { RegistryClient } from './client.js';

interface ManifestJson {
  config?: { digest?: string };
  manifests?: { digest?: string; platform?: { os?: string; architecture?: string } }[];
}

/** Node's names for the architectures OCI calls otherwise. */
const OCI_ARCH: Record<string, string> = { x64: 'amd64', ia32: '386', arm64: 'arm64', arm: 'arm' };

/**
 * The labels of the image `digest` names, from its config blob (`config.Labels`). For an index,
 * those of its linux image for this machine's architecture, else of its first linux image.
 */
export async function imageLabels(
  client: RegistryClient,
  repository: string,
  digest: string,
): Promise<Record<string, string>> {
  let manifest = await manifestJson(client, repository, digest);
  if (manifest.manifests) {
    const linux = manifest.manifests.filter((m) => m.platform?.os === 'linux' && m.digest);
    const mine = linux.find((m) => m.platform?.architecture === (OCI_ARCH[process.arch] ?? process.arch));
    const chosen = (mine ?? linux[0])?.digest;
    if (!chosen) throw new PinshipError(`${client.registry}/${repository}@${digest}: the index has no linux image`);
    manifest = await manifestJson(client, repository, chosen);
  }
  const config = manifest.config?.digest;
  if (!config) throw new PinshipError(`${client.registry}/${repository}@${digest}: the manifest names no config`);
  const parsed = JSON.parse((await client.getBlob(repository, config)).toString('utf8')) as {
    config?: { Labels?: Record<string, string> | null };
  };
  return parsed.config?.Labels ?? {};
}

async function manifestJson(client: RegistryClient, repository: string, digest: string): Promise<ManifestJson> {
  const found = await client.findManifest(repository, digest);
  if (!found) throw new PinshipError(`${client.registry}/${repository}@${digest} is not in the registry`);
  return JSON.parse(found.bytes.toString('utf8')) as ManifestJson;
}
