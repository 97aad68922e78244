import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { readdir, stat } from 'node:fs/promises';
import { pipeline } from 'node:stream/promises';
import type { OutputFile } from '../record/types.js';

/**
 * Lists every regular file under `dir` (recursively, sorted by path) with its size and sha256,
 * hashing as a stream so large outputs never sit in memory. Symlinks and other special files are
 * not followed: a shard could point them anywhere on the host.
 */
export async function listOutputFiles(dir: string): Promise<OutputFile[]> {
  const files: OutputFile[] = [];
  await walk(Buffer.from(dir), '', files);
  return files.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}

/**
 * Walks with raw byte names: a shard may write a name that is not UTF-8 (`bad\xffname`), which
 * Node would decode with U+FFFD and then fail to open. The record shows the decoded name; the
 * file is read by its bytes.
 */
async function walk(dir: Buffer, prefix: string, out: OutputFile[]): Promise<void> {
  let entries;
  try {
    entries = await readdir(dir, { withFileTypes: true, encoding: 'buffer' });
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return;
    throw err;
  }
  for (const entry of entries) {
    const path = Buffer.concat([dir, Buffer.from('/'), entry.name]);
    const rel = prefix ? `${prefix}/${entry.name.toString('utf8')}` : entry.name.toString('utf8');
    if (entry.isDirectory()) {
      await walk(path, rel, out);
    } else if (entry.isFile()) {
      const [size, sha256] = await Promise.all([stat(path).then((s) => s.size), hashFile(path)]);
      out.push({ path: rel, size, sha256 });
    }
  }
}

async function hashFile(path: Buffer): Promise<string> {
  const hash = createHash('sha256');
  await pipeline(createReadStream(path), hash);
  return hash.digest('hex');
}
