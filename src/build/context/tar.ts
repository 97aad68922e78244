import { createHash, type Hash } from 'node:crypto';
import { closeSync, openSync, readSync } from 'node:fs';
import { Readable } from 'node:stream';
import { PinshipError } from '../../errors.js';
import type { BuildContext, ContextEntry } from './read-context.js';
import { contextReadError } from './walk.js';
import { encodeHeader, padding } from './tar-header.js';

export interface PackOptions {
  /** Called as bytes leave the tar stream (for upload progress). */
  onBytes?: (sent: number) => void;
  /**
   * Each entry's content id as the input digest took it (index-aligned with the entries): every
   * file sent is hashed as it is read and compared, so that a file edited after hashing fails
   * the upload instead of producing an image tagged with a digest of other content.
   */
  expectIds?: readonly (string | undefined)[];
}

/** Output chunk size: a few hundred small files per chunk, and a bounded amount in memory. */
const CHUNK = 1 << 20;

/**
 * Streams the context as a tar of exactly `context.entries`, in order, one 1 MiB chunk at a time
 * as the engine reads them: memory does not grow with the context. Owner is root (0:0), as the
 * docker CLI sends it; modes and mtimes are kept. Each file contributes exactly the size listed
 * (and hashed); a file that shrank since is an error.
 */
export function packContext(context: BuildContext, options: PackOptions = {}): Readable {
  return Readable.from(chunks(context, options), { objectMode: false, highWaterMark: CHUNK });
}

/** The exact length of the tar packContext streams for `context`: headers, contents, padding, end blocks. */
export function tarSize(context: BuildContext): number {
  let total = 1024;
  for (const e of context.entries) {
    const size = e.type === 'file' ? e.size : 0;
    total += encodeHeader({ ...e, size }).length + size + padding(size);
  }
  return total;
}

async function* chunks(context: BuildContext, options: PackOptions): AsyncGenerator<Buffer> {
  let out = Buffer.allocUnsafe(CHUNK);
  let used = 0;
  let sent = 0;
  // Hands over the filled part of `out` (the consumer keeps it) and starts a new chunk.
  const take = (): Buffer => {
    const full = out.subarray(0, used);
    sent += used;
    options.onBytes?.(sent);
    out = Buffer.allocUnsafe(CHUNK);
    used = 0;
    return full;
  };
  function* put(bytes: Buffer): Generator<Buffer> {
    for (let offset = 0; offset < bytes.length; ) {
      if (used === CHUNK) yield take();
      const n = bytes.copy(out, used, offset);
      used += n;
      offset += n;
    }
  }

  for (const [index, entry] of context.entries.entries()) {
    const expected = options.expectIds?.[index];
    yield* put(encodeHeader({ ...entry, size: entry.type === 'file' ? entry.size : 0 }));
    if (entry.type !== 'file') continue;
    if (entry.content) {
      yield* put(entry.content);
    } else {
      // Synchronous reads straight into the output chunk: small files cost two system calls
      // and no intermediate buffer; the event loop is held for at most one chunk's read.
      const fd = openEntry(context.dir, entry);
      const hash: Hash | undefined = expected ? createHash('sha1').update(`blob ${entry.size}\0`) : undefined;
      try {
        for (let position = 0; position < entry.size; ) {
          if (used === CHUNK) yield take();
          const n = readEntry(
            context.dir,
            entry,
            fd,
            out,
            used,
            Math.min(CHUNK - used, entry.size - position),
            position,
          );
          if (n === 0) throw changedWhileSending(entry, SHORTER);
          hash?.update(out.subarray(used, used + n));
          used += n;
          position += n;
        }
      } finally {
        closeSync(fd);
      }
      if (hash && hash.digest('hex') !== expected) throw changedWhileSending(entry, CONTENT_CHANGED);
    }
    yield* put(Buffer.alloc(padding(entry.size)));
  }
  yield* put(Buffer.alloc(1024)); // end of archive: two zero blocks
  if (used > 0) yield take();
}

export function openEntry(dir: string, entry: ContextEntry): number {
  try {
    return openSync(entry.source!, 'r');
  } catch (err) {
    throw contextReadError(dir, entry.name, err);
  }
}

export function readEntry(
  dir: string,
  entry: ContextEntry,
  fd: number,
  out: Buffer,
  at: number,
  length: number,
  position: number,
): number {
  try {
    return readSync(fd, out, at, length, position);
  } catch (err) {
    throw contextReadError(dir, entry.name, err);
  }
}

export const CONTENT_CHANGED =
  'its content changed after the input digest was computed; nothing was tagged with that digest';
export const SHORTER = 'it is shorter than when it was listed';

/** The error for a context file that no longer is what the input digest was computed from. */
export function changedWhileSending(entry: ContextEntry, why: string): PinshipError {
  return new PinshipError(`sending ${entry.name}: ${why}`, {
    hint:
      'did the file change during the build? If git calls it unchanged, its bytes may differ from the ' +
      "blob git's index names (an eol or filter attribute removed after checkout): run " +
      '`git add --renormalize .` or check the file out again',
  });
}
