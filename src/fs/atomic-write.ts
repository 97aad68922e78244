import { randomBytes } from 'node:crypto';
import { mkdir, rename, rm, stat, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

/**
 * Writes `text` (or its pieces, one after the other) to `path` through a temporary file in the
 * same directory and a rename, so a reader (or a crash) sees the old file or the new one, never
 * half of it. Keeps the file mode.
 */
export async function writeFileAtomic(path: string, text: string | Iterable<string>): Promise<void> {
  const temp = join(dirname(path), `.${basename(path)}.pinship-${randomBytes(4).toString('hex')}`);
  const mode = (await stat(path).catch(() => undefined))?.mode;
  try {
    await writeFile(temp, text, mode === undefined ? {} : { mode: mode & 0o7777 });
    await rename(temp, path);
  } catch (err) {
    await rm(temp, { force: true });
    throw err;
  }
}

/**
 * Makes sure writeFileAtomic can write `path` later: its folder exists (created as needed) and
 * takes a new file, and `path` is not a directory. For outputs written after long work (a run
 * record), so that a bad path fails before the work, not after it.
 */
export async function prepareWritable(path: string): Promise<void> {
  if ((await stat(path).catch(() => undefined))?.isDirectory()) throw new Error(`${path} is a directory`);
  await mkdir(dirname(path), { recursive: true });
  const probe = join(dirname(path), `.${basename(path)}.pinship-probe-${randomBytes(4).toString('hex')}`);
  await writeFile(probe, '', { flag: 'wx' });
  await rm(probe, { force: true });
}
