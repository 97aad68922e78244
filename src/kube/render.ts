import { execFile } from 'node:child_process';
import { parseAllDocuments } from 'yaml';
import { PinshipError } from '../errors.js';

/** A rendered Kubernetes object, as plain JSON. */
export interface KubeObject {
  apiVersion: string;
  kind: string;
  metadata: { name: string; namespace?: string; [key: string]: unknown };
  [key: string]: unknown;
}

/** The program that renders a kustomization: `kustomize build DIR` or `kubectl kustomize DIR`. */
type Renderer = { command: string; args: (dir: string) => string[] };

const RENDERERS: Renderer[] = [
  { command: 'kustomize', args: (dir) => ['build', dir] },
  { command: 'kubectl', args: (dir) => ['kustomize', dir] },
];

/**
 * Renders an overlay with the real kustomize: the standalone `kustomize` when it is on PATH
 * (often newer than kubectl's), else `kubectl kustomize`. Returns its objects in order.
 */
export async function renderOverlay(dir: string, options: { timeoutMs?: number } = {}): Promise<KubeObject[]> {
  for (const renderer of RENDERERS) {
    const out = await execRenderer(renderer, dir, options.timeoutMs ?? 60_000);
    if (out !== undefined) return parseObjects(out, dir);
  }
  throw new PinshipError('neither kustomize nor kubectl is on PATH: one of them renders the overlay', {
    field: 'overlay',
    hint: 'install kubectl (it includes kustomize) or kustomize',
  });
}

/** The YAML stream, or undefined when the program is not installed. */
function execRenderer(renderer: Renderer, dir: string, timeout: number): Promise<string | undefined> {
  return new Promise((resolve, reject) => {
    // An argument array, never a shell: the directory is the user's.
    execFile(renderer.command, renderer.args(dir), { maxBuffer: 256 * 1024 * 1024, timeout }, (err, stdout, stderr) => {
      if (!err) return resolve(String(stdout));
      if ((err as NodeJS.ErrnoException).code === 'ENOENT') return resolve(undefined);
      const said = String(stderr).trim().split('\n').slice(-3).join(' / ') || err.message;
      reject(
        new PinshipError(`${renderer.command} ${renderer.args(dir).join(' ')} failed: ${said}`, {
          file: dir,
          field: 'overlay',
        }),
      );
    });
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
