import { createHash } from 'node:crypto';
import { closeSync } from 'node:fs';
import { basename } from 'node:path';
import type { SyncEntry } from '../../docker/buildkit/filesync-selection.js';
import type { SyncedDir } from '../../docker/buildkit/filesync-service.js';
import type { BuildContext, ContextEntry } from './read-context.js';
import { CONTENT_CHANGED, changedWhileSending, openEntry, readEntry, SHORTER } from './tar.js';

/** The planned context as the session's file sync offers it to BuildKit. */
export interface ContextSync {
  /** `context` (the context directory) and `dockerfile` (the Dockerfile alone). */
  dirs: Map<string, SyncedDir>;
  /** The `dockerfile` build parameter: the Dockerfile's name in the `dockerfile` directory. */
  dockerfileName: string;
  /** The same key for every build of this context directory (see openSession). */
  sharedKey: string;
  /** What went out so far: the context's files the engine asked for, and the bytes sent. */
  sent(): { files: number; offered: number; bytes: number };
}

/** Bytes per DATA packet: well under gRPC's 4 MiB message limit. */
const CHUNK = 256 << 10;

/**
 * The plan's context for BuildKit's file sync, as the docker CLI offers it: the context directory
 * as `context` (BuildKit applies .dockerignore itself, so an excluded Dockerfile or .dockerignore
 * stays out of `COPY .`), and the Dockerfile alone as `dockerfile`, from the text the plan read
 * and hashed (a Dockerfile from outside the context never enters it).
 *
 * What is sent is what was hashed: each STAT carries the stat the plan's walk took, not a fresh
 * one, so that a file BuildKit does not ask for is one whose copy on the engine came with that
 * same stat; each file BuildKit asks for is hashed as it is read, exactly the planned size, and a
 * content id other than the planned one fails the build naming the file (docs/build.md).
 */
export function contextSync(
  context: BuildContext,
  contentIds: readonly (string | undefined)[],
  onBytes: (sent: number) => void = () => undefined,
): ContextSync {
  let sent = 0;
  const asked = new Set<string>();
  const { contextEntries, fromDisk, inMemory } = contextDirEntries(context, contentIds);
  const { dockerfileName, dockerfileDir } = dockerfileDirEntries(context);
  const ignoreFile = context.dockerfileIgnore;
  const beside = (e: SyncEntry) => (e.path === dockerfileName ? context.dockerfileContent : ignoreFile?.content);

  async function* read(entry: SyncEntry, memory: Buffer | undefined, inContext = true): AsyncGenerator<Buffer> {
    onBytes(sent);
    if (memory) {
      if (inContext) asked.add(entry.path);
      sent += memory.length;
      yield memory;
      return;
    }
    asked.add(entry.path);
    const planned = fromDisk.get(entry.path);
    if (!planned) throw new Error(`${entry.path} is not a planned context file`);
    yield* readVerified(context.dir, planned.entry, planned.id, (n) => {
      sent += n;
      onBytes(sent);
    });
  }
  return {
    dirs: new Map<string, SyncedDir>([
      [
        'context',
        {
          entries: contextEntries,
          content: (e) => read(e, inMemory.get(e.path)),
          ignorePatterns: context.ignorePatterns,
        },
      ],
      ['dockerfile', { entries: dockerfileDir, content: (e) => read(e, beside(e), false) }],
    ]),
    dockerfileName,
    sent: () => ({ files: asked.size, offered: fromDisk.size + inMemory.size, bytes: sent }),
    sharedKey: sharedKeyOf(context, contentIds),
  };
}

/** The `context` directory's entries, and where each file's content comes from. */
function contextDirEntries(context: BuildContext, contentIds: readonly (string | undefined)[]) {
  const fromDisk = new Map<string, { entry: ContextEntry; id?: string }>();
  const inMemory = new Map<string, Buffer>();
  const contextEntries: SyncEntry[] = [];
  for (const [index, entry] of context.entries.entries()) {
    if (entry.source) {
      contextEntries.push(syncEntry(entry));
      if (entry.type === 'file') fromDisk.set(entry.name, { entry, id: contentIds[index] });
    } else if (entry.name === '.dockerignore' && context.ownDockerignore) {
      // The tar's .dockerignore names an outside Dockerfile; the context's own is sent instead.
      const own = context.ownDockerignore;
      contextEntries.push({ ...syncEntry({ ...entry, stat: own.stat }), size: own.content.length });
      inMemory.set(entry.name, own.content);
    }
    // Otherwise a generated entry (an outside Dockerfile): it is the `dockerfile` directory's.
  }
  return { contextEntries, fromDisk, inMemory };
}

/** The `dockerfile` directory: the Dockerfile alone, with its own ignore file when it has one. */
function dockerfileDirEntries(context: BuildContext) {
  const dockerfileName = basename(context.dockerfilePath);
  const dockerfileDir: SyncEntry[] = [
    {
      path: dockerfileName,
      kind: 'file',
      mode: context.dockerfileStat.mode & 0o7777,
      size: context.dockerfileContent.length,
      modTimeNs: nanoseconds(context.dockerfileStat.mtimeMs),
    },
  ];
  const ignoreFile = context.dockerfileIgnore;
  if (ignoreFile) {
    dockerfileDir.push({
      path: ignoreFile.name,
      kind: 'file',
      mode: ignoreFile.stat.mode & 0o7777,
      size: ignoreFile.content.length,
      modTimeNs: nanoseconds(ignoreFile.stat.mtimeMs),
    });
  }
  return { dockerfileName, dockerfileDir };
}

/**
 * The session's shared key: which of the engine's kept copies this transfer is compared with.
 * It names the directory, as the docker CLI's does, and everything the input digest holds of the
 * context: each entry's path, type, mode and content id (or link target). The engine re-reads
 * only files whose STAT differs from its kept copy's, so under a key that named the directory
 * alone a file rewritten with the same size and mtime (two `git archive` extracts of commits
 * with the same time, say) would build from the old bytes, under the new input digest; and this
 * engine's BuildKit keeps `COPY` CACHED when only a directory's mode changes. A key that commits
 * to the content makes every kept copy one of exactly this content: unchanged inputs (a rebuild
 * for another label or build arg) send nothing, and any change sends the whole context once.
 */
function sharedKeyOf(context: BuildContext, contentIds: readonly (string | undefined)[]): string {
  const hash = createHash('sha256').update(`pinship-context/v2\0${context.dir}\0`);
  for (const [index, e] of context.entries.entries()) {
    const what = e.type === 'symlink' ? e.linkname : (contentIds[index] ?? '');
    hash.update(`${e.name}\0${e.type}\0${e.mode}\0${what}\n`);
  }
  return hash.digest('hex');
}

/** Exactly the planned size of a file, in chunks, checked against its planned git blob id. */
function* readVerified(
  dir: string,
  entry: ContextEntry,
  expected: string | undefined,
  onRead: (n: number) => void,
): Generator<Buffer> {
  const fd = openEntry(dir, entry);
  const hash = expected ? createHash('sha1').update(`blob ${entry.size}\0`) : undefined;
  try {
    for (let position = 0; position < entry.size; ) {
      const chunk = Buffer.allocUnsafe(Math.min(CHUNK, entry.size - position));
      const n = readEntry(dir, entry, fd, chunk, 0, chunk.length, position);
      if (n === 0) throw changedWhileSending(entry, SHORTER);
      hash?.update(chunk.subarray(0, n));
      position += n;
      onRead(n);
      yield chunk.subarray(0, n);
    }
  } finally {
    closeSync(fd);
  }
  if (hash && hash.digest('hex') !== expected) throw changedWhileSending(entry, CONTENT_CHANGED);
}

function syncEntry(entry: ContextEntry): SyncEntry {
  return {
    path: entry.name,
    kind: entry.type,
    mode: entry.mode,
    size: entry.type === 'file' ? entry.size : entry.type === 'symlink' ? Buffer.byteLength(entry.linkname ?? '') : 0,
    // The walk's lstat in microseconds (a double's precision); the same file gives the same value.
    modTimeNs: nanoseconds(entry.stat?.mtimeMs ?? entry.mtimeMs),
    linkname: entry.linkname,
  };
}

function nanoseconds(ms: number): string {
  return (BigInt(Math.floor(ms * 1000)) * 1000n).toString();
}
