import { testInfra } from '../support/infra.js';
import { MANIFEST_ACCEPT } from '../../src/registry/client.js';

/** The registry's own answer for a tag: its Docker-Content-Digest, fetched with Basic auth. */
export async function servedDigest(image: string, tag: string): Promise<string | undefined> {
  const infra = testInfra();
  const path = image.slice(infra.registry.length + 1);
  const res = await fetch(`http://${infra.registry}/v2/${path}/manifests/${tag}`, {
    method: 'HEAD',
    headers: {
      accept: MANIFEST_ACCEPT,
      authorization: `Basic ${Buffer.from(`${infra.username}:${infra.password}`).toString('base64')}`,
    },
  });
  if (res.status === 404) return undefined;
  if (!res.ok) throw new Error(`HEAD ${path}:${tag}: HTTP ${res.status}`);
  return res.headers.get('docker-content-digest') ?? undefined;
}

/** Every tag the registry lists for the repository. */
export async function listTags(image: string): Promise<string[]> {
  const infra = testInfra();
  const path = image.slice(infra.registry.length + 1);
  const res = await fetch(`http://${infra.registry}/v2/${path}/tags/list`, {
    headers: { authorization: `Basic ${Buffer.from(`${infra.username}:${infra.password}`).toString('base64')}` },
  });
  if (res.status === 404) return [];
  return (((await res.json()) as { tags?: string[] }).tags ?? []).sort();
}
