import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { lstat, readdir } from 'node:fs/promises';
import { pipeline } from 'node:stream/promises';
import type { OutputFile } from '../record/types.js';
import type { RunStop } from './backend.js';

/**
 * How long hashing goes on once the run is stopped (timeout, Ctrl-C): small outputs of a stopped
 * shard still get their hash, while a huge file cannot hold the run's end (a cancelled Actions
 * step is killed 10 s after SIGINT).
 */
export const HASHING_GRACE_MS = 1000;

export interface ListOutputOptions {
  /** The run's stop signal (reason: RunStop). Once it aborts, hashing goes on for `graceMs` at most. */
  stop?: AbortSignal;
  /** Default HASHING_GRACE_MS; 0 hashes nothing once the run is stopped. */
  graceMs?: number;
}

/**
 * Lists every regular file under `dir` (recursively, sorted by path) with its size and sha256,
 * hashing as a stream so large outputs never sit in memory. Symlinks and other special files are
 * not followed: a shard could point them anywhere on the host. What cannot be read is listed
 * with the reason instead of failing the run: the container writes as root, and on a hosted
 * runner pinship does not (a 0600 file or a 0700 folder is common and not the run's failure).
 * Once the run is stopped and its grace is over, the file being hashed and those after it are
 * listed with their size but not hashed (`notHashed`).
 */
export async function listOutputFiles(dir: string, options: ListOutputOptions = {}): Promise<OutputFile[]> {
  const cutoff = hashingCutoff(options.stop, options.graceMs ?? HASHING_GRACE_MS);
  const files: OutputFile[] = [];
  try {
    await walk(Buffer.from(dir), '', files, cutoff.signal);
  } finally {
    cutoff.dispose();
  }
  return files.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}

/**
 * Aborted `graceMs` after `stop` aborts, counted from now when it already has: a listing that
 * starts after the stop (the container had to be stopped first) gets the same grace.
 */
function hashingCutoff(stop: AbortSignal | undefined, graceMs: number) {
  const cutoff = new AbortController();
  if (!stop) return { signal: cutoff.signal, dispose() {} };
  let timer: NodeJS.Timeout | undefined;
  const arm = () => {
    if (graceMs <= 0) cutoff.abort(stop.reason);
    else timer = setTimeout(() => cutoff.abort(stop.reason), graceMs);
  };
  if (stop.aborted) arm();
  else stop.addEventListener('abort', arm, { once: true });
  return {
    signal: cutoff.signal,
    dispose() {
      clearTimeout(timer);
      stop.removeEventListener('abort', arm);
    },
  };
}

/**
 * Walks with raw byte names: a shard may write a name that is not UTF-8 (`bad\xffname`), which
 * Node would decode with U+FFFD and then fail to open. The record shows the decoded name; the
 * file is read by its bytes.
 */
async function walk(dir: Buffer, prefix: string, out: OutputFile[], cutoff: AbortSignal): Promise<void> {
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
      await walk(path, rel, found, cutoff);
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
      found.push(await hashedFile(path, rel, size, cutoff));
    }
  }
  out.push(...found);
}

async function hashedFile(path: Buffer, rel: string, size: number, cutoff: AbortSignal): Promise<OutputFile> {
  if (cutoff.aborted) return notHashed(rel, size, cutoff.reason);
  const hash = createHash('sha256');
  try {
    await pipeline(createReadStream(path), hash, { signal: cutoff });
  } catch (err) {
    if (cutoff.aborted && (err as Error | undefined)?.name === 'AbortError') return notHashed(rel, size, cutoff.reason);
    return { path: rel, size, sha256: null, unreadable: unreadableReason(err) };
  }
  return { path: rel, size, sha256: hash.digest('hex') };
}

/**
 * A file left unread because the run stopped. `unreadable` holds the reason too: v1 wants one
 * whenever `sha256` is null, so readers written before `notHashed` existed still accept it.
 */
function notHashed(rel: string, size: number, reason: unknown): OutputFile {
  const why =
    (reason as Partial<RunStop> | undefined)?.kind === 'timeout' ? 'the run timed out' : 'the run was stopped';
  return { path: rel, size, sha256: null, unreadable: `not hashed: ${why}`, notHashed: true };
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
