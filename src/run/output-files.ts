import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { pipeline } from 'node:stream/promises';
import type { OutputFile } from '../record/types.js';

/**
 * Lists every regular file under `dir` (recursively, sorted by path) with its size and sha256,
 * hashing as a stream so large outputs never sit in memory. Symlinks and other special files are
 * not followed: a shard could point them anywhere on the host.
 */
export async function listOutputFiles(dir: string): Promise<OutputFile[]> {
  const files: OutputFile[] = [];
  await walk(dir, '', files);
  return files.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}

async function walk(root: string, prefix: string, out: OutputFile[]): Promise<void> {
  let entries;
  try {
    entries = await readdir(join(root, prefix), { withFileTypes: true });
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return;
    throw err;
  }
  for (const entry of entries) {
    const rel = prefix ? `${prefix}/${entry.name}` : entry.name;
    if (entry.isDirectory()) {
      await walk(root, rel, out);
    } else if (entry.isFile()) {
      const path = join(root, rel);
      const [size, sha256] = await Promise.all([stat(path).then((s) => s.size), hashFile(path)]);
      out.push({ path: rel, size, sha256 });
    }
  }
}

async function hashFile(path: string): Promise<string> {
  const hash = createHash('sha256');
  await pipeline(createReadStream(path), hash);
  return hash.digest('hex');
}
