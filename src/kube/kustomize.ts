import { execFile } from 'node:child_process';
import { which } from '@actions/io';
import { PinshipError } from '../errors.js';

/** A program that renders a kustomization: `kustomize build DIR` or `kubectl kustomize DIR`. */
interface Renderer {
  command: string;
  args: (dir: string) => string[];
}

/**
 * The programs tried, in this order, by pin and run alike, so that both render an overlay with
 * the same kustomize: the standalone `kustomize` when it is on PATH (often newer than kubectl's),
 * else `kubectl kustomize`.
 */
const RENDERERS: readonly Renderer[] = [
  { command: 'kustomize', args: (dir) => ['build', dir] },
  { command: 'kubectl', args: (dir) => ['kustomize', dir] },
];

export interface KustomizeOptions {
  /** Bounds a remote base (a git URL) that would otherwise hang; default 60 s. */
  timeoutMs?: number;
  /** The input that named the directory, for the error. */
  field?: string;
}

/**
 * Renders a kustomization with the real kustomize; resolves to the YAML stream, or to undefined
 * when neither `kustomize` nor `kubectl` is installed. A failed render is a PinshipError naming
 * the directory and what kustomize said.
 */
export async function kustomizeBuild(dir: string, options: KustomizeOptions = {}): Promise<string | undefined> {
  for (const renderer of RENDERERS) {
    // Looked up on PATH rather than tried: a missing program still costs a fork to find out.
    const program = await which(renderer.command);
    if (program) return execRenderer(renderer, program, dir, options);
  }
  return undefined;
}

/** Runs `program` (the renderer's command, found on PATH) and resolves to the YAML stream. */
function execRenderer(renderer: Renderer, program: string, dir: string, options: KustomizeOptions): Promise<string> {
  const args = renderer.args(dir);
  const settings = { maxBuffer: 256 * 1024 * 1024, timeout: options.timeoutMs ?? 60_000 };
  return new Promise((resolve, reject) => {
    // An argument array, never a shell: the directory is the user's.
    execFile(program, args, settings, (err, stdout, stderr) => {
      if (!err) return resolve(String(stdout));
      const said = String(stderr).trim().split('\n').slice(-3).join(' / ') || err.message;
      reject(
        new PinshipError(`${renderer.command} ${args.join(' ')} failed: ${said}`, { file: dir, field: options.field }),
      );
    });
  });
}

/** The one message, from pin and run alike, for an overlay folder that is not there. */
export function overlayMissing(dir: string): PinshipError {
  return new PinshipError(`overlay directory ${JSON.stringify(dir)} does not exist`, { field: 'overlay' });
}
