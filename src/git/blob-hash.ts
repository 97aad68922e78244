import * as crypto from 'node:crypto';
import * as fs from 'node:fs';
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';

/** A file to hash: exactly `size` bytes from the start of `path`. */
export interface FileToHash {
  path: string;
  size: number;
}

export interface FileHashOptions {
  /** Threads hashing at once, the calling one included; default min(4, cores). */
  threads?: number;
  /** Below this many bytes in all, one thread does it all: starting a worker costs ~30 ms. */
  threadedAboveBytes?: number;
  onProgress?: (hashedBytes: number) => void;
}

const CHUNK = 1 << 20;
const BATCH_FILES = 256;

/**
 * The git blob id (hex) of each file, in order. Context files are mostly small and in the page cache, so
 * the cost is per-file system calls, not the hash: synchronous open/read/close with one reused
 * 1 MiB buffer beats async fs (three thread-pool round trips per file) by 2-3x, and worker
 * threads, each taking batches from a shared queue, use the other cores.
 */
export async function hashFiles(files: readonly FileToHash[], options: FileHashOptions = {}): Promise<string[]> {
  const total = files.reduce((sum, f) => sum + f.size, 0);
  const threads = Math.max(
    1,
    Math.min(options.threads ?? Math.min(4, availableParallelism()), Math.ceil(files.length / BATCH_FILES)),
  );
  if (threads === 1 || total < (options.threadedAboveBytes ?? 16 << 20)) {
    const buffer = Buffer.allocUnsafe(CHUNK);
    let hashed = 0;
    return files.map((f) => {
      const hex = hashFileSync(f.path, f.size, buffer);
      hashed += f.size;
      options.onProgress?.(hashed);
      return hex;
    });
  }
  return hashInWorkers(files, threads, options.onProgress);
}

/**
 * The git blob id (SHA-1 of `blob <size>\0` + content) of exactly `size` bytes of `path`: the id
 * git's index holds for a clean tracked file, so that the two sources of ids agree.
 */
export function hashFileSync(path: string, size: number, buffer: Buffer): string {
  return blobId(path, size, buffer, fs, crypto);
}

/**
 * hashFileSync's work, self-contained (no free variable but the global Buffer): the worker threads
 * run its source text, so that the bundled action (one file) carries it and there is one copy.
 */
function blobId(path: string, size: number, buffer: Buffer, files: FileSystem, hashing: Hashing): string {
  // `path` (as fs errors carry it) lets the caller name the context entry.
  const shrank = () =>
    Object.assign(new Error('it is shorter than when it was listed (changed while it was read?)'), { path });
  const header = Buffer.from(`blob ${size}\0`);
  const fd = files.openSync(path, 'r');
  try {
    // A file that fits the buffer: one read after the header, hashed one-shot (crypto.hash, Node
    // 20.12+, 21.7+: no Hash object per file).
    if (size + header.length <= buffer.length && hashing.hash) {
      header.copy(buffer, 0);
      const n = size === 0 ? 0 : files.readSync(fd, buffer, header.length, size, 0);
      if (n !== size) throw shrank();
      return hashing.hash('sha1', buffer.subarray(0, header.length + n), 'hex');
    }
    const h = hashing.createHash('sha1').update(header);
    let position = 0;
    while (position < size) {
      const n = files.readSync(fd, buffer, 0, Math.min(buffer.length, size - position), position);
      if (n === 0) throw shrank();
      h.update(buffer.subarray(0, n));
      position += n;
    }
    return h.digest('hex');
  } finally {
    files.closeSync(fd);
  }
}

type FileSystem = Pick<typeof fs, 'openSync' | 'readSync' | 'closeSync'>;
type Hashing = Pick<typeof crypto, 'createHash'> & {
  hash?: (algorithm: string, data: Buffer, encoding: 'hex') => string;
};

// The worker is plain JavaScript in a string: blobId's own source, and a loop over batches.
const WORKER_SOURCE = `
const { parentPort } = require('node:worker_threads');
const crypto = require('node:crypto');
const fs = require('node:fs');
const buffer = Buffer.allocUnsafe(${CHUNK});
const blobId = ${blobId.toString()};
function hashFile(path, size) {
  return blobId(path, size, buffer, fs, crypto);
}
parentPort.on('message', (batch) => {
  try {
    parentPort.postMessage({ id: batch.id, hashes: batch.files.map((f) => hashFile(f.path, f.size)) });
  } catch (err) {
    parentPort.postMessage({
      id: batch.id,
      error: String((err && err.message) || err),
      code: err && err.code,
      path: err && err.path,
    });
  }
});
`;

/** Files hashed together: one message to a worker and back. */
interface Batch {
  id: number;
  start: number;
  files: FileToHash[];
}

function toBatches(files: readonly FileToHash[]): Batch[] {
  const batches: Batch[] = [];
  for (let start = 0; start < files.length; start += BATCH_FILES) {
    batches.push({
      id: batches.length,
      start,
      files: files.slice(start, start + BATCH_FILES).map(({ path, size }) => ({ path, size })),
    });
  }
  return batches;
}

// The calling thread takes batches too: it starts at once, while each worker needs ~30-50 ms
// to start. Each worker holds two batches so that it never waits for the (busy) calling thread
// to hand it the next one.
function hashInWorkers(
  files: readonly FileToHash[],
  threads: number,
  onProgress?: (n: number) => void,
): Promise<string[]> {
  const out: string[] = new Array(files.length);
  const batches = toBatches(files);
  let nextBatch = 0;
  let done = 0;
  let hashed = 0;
  let settled = false;
  const workers: Worker[] = [];
  return new Promise<string[]>((resolve, reject) => {
    const finish = (err?: Error) => {
      if (settled) return;
      settled = true;
      for (const w of workers) void w.terminate();
      if (err) reject(err);
      else resolve(out);
    };
    const pool: BatchPool = {
      take: () => (settled ? undefined : batches[nextBatch++]),
      byId: (id) => batches[id]!,
      complete: (batch, hashes) => {
        hashes.forEach((hex, j) => {
          out[batch.start + j] = hex;
        });
        for (const f of batch.files) hashed += f.size;
        onProgress?.(hashed);
        if (++done === batches.length) finish();
      },
      finish,
    };
    for (let i = 0; i < threads - 1; i++) workers.push(startWorker(pool));
    hashOnCallingThread(pool).catch((err: unknown) => finish(err as Error));
  });
}

/** What the calling thread and the workers share: the next batch, and where results go. */
interface BatchPool {
  /** The next batch to hash; undefined when none is left or the hashing has ended. */
  take(): Batch | undefined;
  byId(id: number): Batch;
  complete(batch: Batch, hashes: string[]): void;
  finish(err?: Error): void;
}

function startWorker(pool: BatchPool): Worker {
  const worker = new Worker(WORKER_SOURCE, { eval: true });
  const feed = () => {
    const batch = pool.take();
    if (batch) worker.postMessage({ id: batch.id, files: batch.files });
  };
  worker.on('error', (err) => pool.finish(err));
  worker.on('message', (msg: { id: number; hashes?: string[]; error?: string; code?: string; path?: string }) => {
    // Errors cross threads as plain data: keep the code and path the caller maps to an entry.
    if (msg.error) return pool.finish(Object.assign(new Error(msg.error), { code: msg.code, path: msg.path }));
    pool.complete(pool.byId(msg.id), msg.hashes!);
    feed();
  });
  feed();
  feed();
  return worker;
}

async function hashOnCallingThread(pool: BatchPool): Promise<void> {
  const buffer = Buffer.allocUnsafe(CHUNK);
  for (let batch = pool.take(); batch; batch = pool.take()) {
    pool.complete(
      batch,
      batch.files.map((f) => hashFileSync(f.path, f.size, buffer)),
    );
    await new Promise((r) => setImmediate(r)); // let the workers' results in
  }
}
