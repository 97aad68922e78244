import { createReadStream } from 'node:fs';
import { PassThrough, Transform, type Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import * as tar from 'tar-stream';
import { PinshipError, describeError } from '../errors.js';
import type { BuildContext, ContextEntry } from './context.js';

export interface PackOptions {
  /** Called as bytes leave the tar stream (for upload progress). */
  onBytes?: (sent: number) => void;
}

/**
 * Streams the context as a tar of exactly `context.entries`, one file open at a time, so memory
 * does not grow with the context. Owner is root (0:0) as the docker CLI sends it; mtimes and
 * modes are kept.
 */
export function packContext(context: BuildContext, options: PackOptions = {}): Readable {
  const pack = tar.pack();
  let sent = 0;
  const counter = new Transform({
    transform(chunk: Buffer, _enc, done) {
      sent += chunk.length;
      options.onBytes?.(sent);
      done(null, chunk);
    },
  });
  const out = new PassThrough();
  void (async () => {
    for (const entry of context.entries) await addEntry(pack, entry);
    pack.finalize();
  })().catch((err: unknown) => pack.destroy(err as Error));
  pipeline(pack as unknown as Readable, counter, out).catch((err: unknown) => out.destroy(err as Error));
  return out;
}

async function addEntry(pack: tar.Pack, entry: ContextEntry): Promise<void> {
  const header = {
    name: entry.name,
    mode: entry.mode,
    mtime: entry.mtime,
    uid: 0,
    gid: 0,
    type: entry.type,
    size: entry.type === 'file' ? entry.size : 0,
    linkname: entry.linkname,
  };
  if (entry.type !== 'file') {
    await new Promise<void>((resolve, reject) => pack.entry(header, (err) => (err ? reject(err) : resolve())));
    return;
  }
  if (entry.content || entry.size === 0) {
    const content = entry.content ?? Buffer.alloc(0);
    await new Promise<void>((resolve, reject) => pack.entry(header, content, (err) => (err ? reject(err) : resolve())));
    return;
  }
  let sink!: ReturnType<tar.Pack['entry']>;
  const written = new Promise<void>((resolve, reject) => {
    sink = pack.entry(header, (err) => (err ? reject(err) : resolve()));
  });
  try {
    // Read exactly the size listed (and hashed); a file that shrank fails in tar-stream.
    const source = createReadStream(entry.source!, { start: 0, end: entry.size - 1, highWaterMark: 1 << 20 });
    await Promise.all([pipeline(source, sink as unknown as NodeJS.WritableStream), written]);
  } catch (err) {
    throw new PinshipError(`sending ${entry.name}: ${describeError(err)}`, { hint: 'did the file change during the build?', cause: err });
  }
}
