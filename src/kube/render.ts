import { parseAllDocuments } from 'yaml';
import { PinshipError } from '../errors.js';
import { kustomizeBuild } from './kustomize.js';

/** A rendered Kubernetes object, as plain JSON. */
export interface KubeObject {
  apiVersion: string;
  kind: string;
  metadata: { name: string; namespace?: string; [key: string]: unknown };
  [key: string]: unknown;
}

/**
 * Renders an overlay with the real kustomize (`kustomizeBuild`: `kustomize`, else `kubectl
 * kustomize`). Returns its objects in order.
 */
export async function renderOverlay(dir: string, options: { timeoutMs?: number } = {}): Promise<KubeObject[]> {
  const out = await kustomizeBuild(dir, { ...options, field: 'overlay' });
  if (out !== undefined) return parseObjects(out, dir);
  throw new PinshipError('neither kustomize nor kubectl is on PATH: one of them renders the overlay', {
    field: 'overlay',
    hint: 'install kubectl (it includes kustomize) or kustomize',
  });
}

/** Parses a rendered YAML stream into objects; anything that is not a Kubernetes object is an error. */
export function parseObjects(text: string, dir: string): KubeObject[] {
  const objects: KubeObject[] = [];
  for (const [i, doc] of parseAllDocuments(text).entries()) {
    if (doc.errors.length > 0) {
      throw new PinshipError(`rendered document ${i + 1} is not valid YAML: ${doc.errors[0]!.message}`, { file: dir });
    }
    const value = doc.toJS() as unknown;
    if (value === null || value === undefined) continue;
    const obj = value as Partial<KubeObject>;
    if (typeof obj.apiVersion !== 'string' || typeof obj.kind !== 'string' || typeof obj.metadata?.name !== 'string') {
      throw new PinshipError(
        `rendered document ${i + 1} is not a Kubernetes object (apiVersion, kind, metadata.name)`,
        { file: dir },
      );
    }
    objects.push(obj as KubeObject);
  }
  if (objects.length === 0) throw new PinshipError('the overlay renders no objects', { file: dir, field: 'overlay' });
  return objects;
}
