import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'yaml';

/**
 * Writes kubeconfig content (an action input: a secret) to a file only its owner can read, in
 * a folder of its own, calls `fn` with its path, and removes both whatever happens.
 */
export async function withKubeconfigFile<T>(
  content: string,
  fn: (path: string) => Promise<T>,
  dir = tmpdir(),
  /** Told the folder before anything is written to it (the action saves it for its post step). */
  onFolder?: (folder: string) => void,
): Promise<T> {
  const folder = await mkdtemp(join(dir, 'pinship-kubeconfig-'));
  onFolder?.(folder);
  try {
    const path = join(folder, 'config');
    await writeFile(path, content, { mode: 0o600, flag: 'wx' });
    return await fn(path);
  } finally {
    await rm(folder, { recursive: true, force: true });
  }
}

/**
 * What to mask of kubeconfig content: the whole text and every string under `users` (tokens,
 * keys, passwords, exec arguments), one by one, since Actions masks a secret only where it
 * appears whole. Content that is not YAML is masked line by line.
 */
export function kubeconfigSecrets(content: string): string[] {
  const secrets = new Set<string>([content]);
  let doc: unknown;
  try {
    doc = parse(content);
  } catch {
    for (const line of content.split(/\r?\n/)) if (line.trim()) secrets.add(line.trim());
    return [...secrets];
  }
  const visit = (value: unknown): void => {
    if (typeof value === 'string' && value.length >= 3) secrets.add(value);
    else if (Array.isArray(value)) value.forEach(visit);
    else if (value && typeof value === 'object') Object.values(value).forEach(visit);
  };
  for (const user of (doc as { users?: { user?: unknown }[] } | null)?.users ?? []) visit(user?.user);
  return [...secrets];
}
