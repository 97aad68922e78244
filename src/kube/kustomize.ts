import { execFile } from 'node:child_process';
import { PinshipError } from '../errors.js';

/** `kubectl kustomize DIR` failed; `stderr` is what kubectl said. */
export class KustomizeError extends Error {
  constructor(
    readonly dir: string,
    readonly stderr: string,
    /** `ENOENT` when kubectl is not installed (execFile could not start it). */
    readonly code?: string | number,
  ) {
    const why =
      code === 'ENOENT' ? 'kubectl not found' : stderr.trim().split('\n').slice(-2).join(' / ') || `exit ${code}`;
    super(`kubectl kustomize ${dir} failed: ${why}`);
    this.name = 'KustomizeError';
  }
}

/** kubectl is not on PATH: a check that needs it can be skipped. */
export function isKubectlMissing(err: unknown): boolean {
  return err instanceof KustomizeError && err.code === 'ENOENT';
}

/** Renders a kustomization with the real kustomize (`kubectl kustomize DIR`); resolves to the YAML stream. */
export function renderKustomization(dir: string, options: { timeoutMs?: number } = {}): Promise<string> {
  return new Promise((resolve, reject) => {
    // An argument array, never a shell: the directory is the user's.
    // The timeout bounds a remote base (a git URL) that would otherwise hang the pin.
    execFile(
      'kubectl',
      ['kustomize', dir],
      { maxBuffer: 256 * 1024 * 1024, timeout: options.timeoutMs ?? 60_000 },
      (err, stdout, stderr) => {
        if (err) reject(new KustomizeError(dir, String(stderr), (err as NodeJS.ErrnoException).code ?? undefined));
        else resolve(String(stdout));
      },
    );
  });
}

/** The one message, from pin and run alike, for an overlay folder that is not there. */
export function overlayMissing(dir: string): PinshipError {
  return new PinshipError(`overlay directory ${JSON.stringify(dir)} does not exist`, { field: 'overlay' });
}
