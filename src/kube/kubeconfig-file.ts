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
 * What to mask of kubeconfig content: the whole text and each secret value of its `users`, one by
 * one, since Actions masks a secret only where it appears whole. The secrets are the fields of
 * client-go's AuthInfo that hold one: `token`, `password`, `client-key-data`, and the values of
 * `auth-provider.config` keys and `exec.env` variables whose name says secret, token, password,
 * key, credential or auth (`client-secret`, `id-token`, `AWS_SECRET_ACCESS_KEY`...). Names, paths,
 * commands, certificates and the rest are not secret, and masking them would hide every mention of
 * them in the log (a `client-id: pod` masks every "pod"). Content that is not YAML is masked line
 * by line.
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
  const add = (value: unknown) => {
    if (typeof value === 'string' && value.trim()) secrets.add(value);
  };
  for (const entry of (doc as { users?: { user?: AuthInfo | null }[] } | null)?.users ?? []) {
    const user = entry?.user;
    if (!user || typeof user !== 'object') continue;
    for (const field of SECRET_FIELDS) add(user[field]);
    for (const [key, value] of Object.entries(user['auth-provider']?.config ?? {}))
      if (SECRET_NAME.test(key)) add(value);
    for (const env of user.exec?.env ?? []) if (SECRET_NAME.test(String(env?.name))) add(env?.value);
  }
  return [...secrets];
}

const SECRET_FIELDS = ['token', 'password', 'client-key-data'] as const;
const SECRET_NAME = /secret|token|passw|key|credential|auth/i;

/** The parts of a kubeconfig user (client-go's AuthInfo) that hold secrets; anything may be missing or wrong. */
interface AuthInfo {
  token?: unknown;
  password?: unknown;
  'client-key-data'?: unknown;
  'auth-provider'?: { config?: Record<string, unknown> | null } | null;
  exec?: { env?: ({ name?: unknown; value?: unknown } | null)[] | null } | null;
}
