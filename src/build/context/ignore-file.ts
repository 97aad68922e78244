import type { Stats } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { basename } from 'node:path';
import { PinshipError, describeError } from '../../errors.js';

/** BuildKit's per-Dockerfile ignore file, `<Dockerfile>.dockerignore`, as read. */
export interface DockerfileIgnore {
  name: string;
  content: Buffer;
  stat: Stats;
}

/** `<Dockerfile>.dockerignore` beside the Dockerfile (links followed), if there is one. */
export async function readDockerfileIgnore(dockerfilePath: string): Promise<DockerfileIgnore | undefined> {
  const path = `${dockerfilePath}.dockerignore`;
  try {
    const [st, content] = await Promise.all([stat(path), readFile(path)]);
    return { name: basename(path), content, stat: st };
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw new PinshipError(`cannot read ${path}: ${describeError(err)}`, {
      field: 'file',
      hint: 'make it readable by this user',
    });
  }
}

/** Ignore-file lines as Docker's ignorefile.ReadAll keeps them (comments and blanks dropped). */
export function parseIgnoreFile(text: string): string[] {
  return text
    .split(/\r?\n/)
    .filter((line) => !line.startsWith('#'))
    .map((line) => line.trim())
    .filter(Boolean);
}
