import { createHash } from 'node:crypto';
import { readFileSync, statSync } from 'node:fs';

/** One stage-0 regular-file entry of git's index, with the stat data git cached for it. */
export interface IndexEntry {
  /** Path from the top of the work tree, `/`-separated. */
  path: string;
  blob: string;
  ctimeSec: number;
  ctimeNsec: number;
  mtimeSec: number;
  mtimeNsec: number;
  ino: number;
  uid: number;
  gid: number;
  /** The size, truncated to 32 bits as git stores it. */
  size: number;
}

export interface IndexSnapshot {
  entries: IndexEntry[];
  /** The index file's mtime (seconds): entries modified in or after it are "racily clean". */
  mtimeSec: number;
  /** Whether any entry, of any kind, is a `.gitattributes`. */
  hasAttributesFile: boolean;
}

/**
 * Reads git's index file (gitformat-index(5), versions 2-4, SHA-1 repositories) for the
 * regular-file entries git would trust its stat data for: stage 0, neither assume-unchanged
 * (CE_VALID) nor skip-worktree nor intent-to-add. Undefined for anything it does not read
 * exactly: a missing or unreadable file, another version, a bad checksum, or a split index
 * (the `link` extension, whose entries live in another file); callers then ask git instead.
 */
export function readIndexFile(path: string): IndexSnapshot | undefined {
  const file = readCheckedIndex(path);
  if (!file) return undefined;
  const { data, body, version } = file;
  const count = data.readUInt32BE(8);
  const entries: IndexEntry[] = [];
  let at = 12;
  let previous: Buffer = Buffer.alloc(0);
  let hasAttributesFile = false;
  for (let i = 0; i < count; i++) {
    if (at + 62 > body.length) return undefined;
    const start = at;
    const mode = data.readUInt32BE(at + 24);
    const flags = data.readUInt16BE(at + 60);
    let extended = 0;
    at += 62;
    if (flags & 0x4000) {
      if (version < 3) return undefined;
      extended = data.readUInt16BE(at);
      at += 2;
    }
    const named = version === 4 ? readCompressedName(data, at, previous) : readPaddedName(data, at, start);
    if (!named) return undefined;
    at = named.next;
    previous = named.bytes;
    const name = named.bytes.toString('utf8');
    if (name === '.gitattributes' || name.endsWith('/.gitattributes')) hasAttributesFile = true;
    if (isTrustedFile(flags, extended, mode)) entries.push(entryAt(data, start, name));
  }
  if (hasSplitIndex(data, body, at)) return undefined;
  return { entries, mtimeSec: file.mtimeSec, hasAttributesFile };
}

/** The index file's bytes once its signature, version and checksum are right; undefined otherwise. */
function readCheckedIndex(path: string): { data: Buffer; body: Buffer; version: number; mtimeSec: number } | undefined {
  let data: Buffer;
  let mtimeSec: number;
  try {
    // Stat first: a newer index read after it only makes more entries look racy, never fewer.
    mtimeSec = Math.floor(statSync(path).mtimeMs / 1000);
    data = readFileSync(path);
  } catch {
    return undefined;
  }
  if (data.length < 32 || data.toString('latin1', 0, 4) !== 'DIRC') return undefined;
  const version = data.readUInt32BE(4);
  if (version < 2 || version > 4) return undefined;
  const body = data.subarray(0, data.length - 20);
  const trailer = data.subarray(data.length - 20);
  // index.skipHash writes a zero trailer instead of the checksum.
  if (trailer.some((b) => b !== 0) && !createHash('sha1').update(body).digest().equals(trailer)) return undefined;
  return { data, body, version, mtimeSec };
}

/** An entry's path bytes and where the next entry starts. */
interface EntryName {
  bytes: Buffer;
  next: number;
}

/** Version 4's prefix compression: drop N bytes from the end of the previous path, then a NUL-ended suffix. */
function readCompressedName(data: Buffer, at: number, previous: Buffer): EntryName | undefined {
  let c = data[at++]!;
  let drop = c & 127;
  while (c & 128) {
    c = data[at++]!;
    drop = ((drop + 1) << 7) | (c & 127);
  }
  const end = data.indexOf(0, at);
  if (end === -1 || drop > previous.length) return undefined;
  return {
    bytes: Buffer.concat([previous.subarray(0, previous.length - drop), data.subarray(at, end)]),
    next: end + 1,
  };
}

/** Versions 2 and 3: a NUL-ended path, and 1-8 NULs pad the entry to a multiple of 8 bytes. */
function readPaddedName(data: Buffer, at: number, start: number): EntryName | undefined {
  const end = data.indexOf(0, at);
  if (end === -1) return undefined;
  return { bytes: data.subarray(at, end), next: start + ((end - start + 8) & ~7) };
}

/** Stage 0, a regular file, and none of assume-unchanged, skip-worktree or intent-to-add. */
function isTrustedFile(flags: number, extended: number, mode: number): boolean {
  const stage = (flags >> 12) & 3;
  const assumeValid = flags & 0x8000;
  const skipOrIntent = extended & 0x6000;
  const regular = mode === 0o100644 || mode === 0o100755;
  return stage === 0 && !assumeValid && !skipOrIntent && regular;
}

function entryAt(data: Buffer, start: number, path: string): IndexEntry {
  return {
    path,
    blob: data.toString('hex', start + 40, start + 60),
    ctimeSec: data.readUInt32BE(start),
    ctimeNsec: data.readUInt32BE(start + 4),
    mtimeSec: data.readUInt32BE(start + 8),
    mtimeNsec: data.readUInt32BE(start + 12),
    ino: data.readUInt32BE(start + 20),
    uid: data.readUInt32BE(start + 28),
    gid: data.readUInt32BE(start + 32),
    size: data.readUInt32BE(start + 36),
  };
}

/** Extensions: 4-byte signature, 32-bit size, data. A split index (`link`) keeps entries elsewhere. */
function hasSplitIndex(data: Buffer, body: Buffer, at: number): boolean {
  while (at + 8 <= body.length) {
    if (data.toString('latin1', at, at + 4) === 'link') return true;
    at += 8 + data.readUInt32BE(at + 4);
  }
  return false;
}
