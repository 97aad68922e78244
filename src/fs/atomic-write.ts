import { randomBytes } from 'node:crypto';
import { rename, rm, stat, writeFile } from 'node:fs/promises';
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
