import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * Writes kubeconfig content (an action input: a secret) to a file only its owner can read, in
 * a folder of its own, calls `fn` with its path, and removes both whatever happens.
 */
export async function withKubeconfigFile<T>(content: string, fn: (path: string) => Promise<T>, dir = tmpdir()): Promise<T> {
  const folder = await mkdtemp(join(dir, 'pinship-kubeconfig-'));
  try {
    const path = join(folder, 'config');
    await writeFile(path, content, { mode: 0o600, flag: 'wx' });
    return await fn(path);
  } finally {
    await rm(folder, { recursive: true, force: true });
  }
}
