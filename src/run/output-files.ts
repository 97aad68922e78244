import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { lstat, readdir } from 'node:fs/promises';
import { pipeline } from 'node:stream/promises';
import type { OutputFile } from '../record/types.js';

/**
 * Lists every regular file under `dir` (recursively, sorted by path) with its size and sha256,
 * hashing as a stream so large outputs never sit in memory. Symlinks and other special files are
 * not followed: a shard could point them anywhere on the host. What cannot be read is listed
 * with the reason instead of failing the run: the container writes as root, and on a hosted
 * runner pinship does not (a 0600 file or a 0700 folder is common and not the run's failure).
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
  let entries: Awaited<ReturnType<typeof readBufferDir>>;
  try {
    entries = await readBufferDir(dir);
  } catch (err) {
    if (errorCode(err) === 'ENOENT') return;
    out.push(unreadableFolder(prefix, err));
    return;
  }
  const found: OutputFile[] = [];
  for (const entry of entries) {
    const path = Buffer.concat([dir, Buffer.from('/'), entry.name]);
    const rel = prefix ? `${prefix}/${entry.name.toString('utf8')}` : entry.name.toString('utf8');
    if (entry.isDirectory()) {
      await walk(path, rel, found);
    } else if (entry.isFile()) {
      let size: number;
      try {
        size = (await lstat(path)).size;
      } catch (err) {
        // A folder that can be read but not searched (mode r-- r-- r--, e.g. `chmod -R 644`)
        // names its files but gives no size: the folder is what is unreadable.
        out.push(unreadableFolder(prefix, err));
        return;
      }
      found.push(await hashedFile(path, rel, size));
    }
  }
  out.push(...found);
}

async function hashedFile(path: Buffer, rel: string, size: number): Promise<OutputFile> {
  const hash = createHash('sha256');
  try {
    await pipeline(createReadStream(path), hash);
  } catch (err) {
    return { path: rel, size, sha256: null, unreadable: unreadableReason(err) };
  }
  return { path: rel, size, sha256: hash.digest('hex') };
}

/** The shard's own folder, when unreadable, is listed as `.`. */
function unreadableFolder(rel: string, err: unknown): OutputFile {
  return { path: rel || '.', kind: 'directory', size: 0, sha256: null, unreadable: unreadableReason(err) };
}

const REASONS: Record<string, string> = {
  EACCES: 'permission denied',
  EPERM: 'operation not permitted',
};

/** `permission denied`, else the errno name (`EIO`); anything without one is a bug and is thrown. */
function unreadableReason(err: unknown): string {
  const code = errorCode(err);
  if (!code) throw err;
  return REASONS[code] ?? code;
}

function errorCode(err: unknown): string | undefined {
  return (err as NodeJS.ErrnoException | undefined)?.code;
}

/** A folder's entries with their names as bytes (names need not be UTF-8). */
function readBufferDir(dir: Buffer) {
  return readdir(dir, { withFileTypes: true, encoding: 'buffer' });
}
