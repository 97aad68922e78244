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

  const count = data.readUInt32BE(8);
  const entries: IndexEntry[] = [];
  let at = 12;
  let previous = Buffer.alloc(0);
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
    let name: string;
    if (version === 4) {
      // Prefix compression: drop N bytes from the end of the previous path, then a NUL-ended suffix.
      let c = data[at++]!;
      let drop = c & 127;
      while (c & 128) {
        c = data[at++]!;
        drop = ((drop + 1) << 7) | (c & 127);
      }
      const end = data.indexOf(0, at);
      if (end === -1 || drop > previous.length) return undefined;
      previous = Buffer.concat([previous.subarray(0, previous.length - drop), data.subarray(at, end)]);
      name = previous.toString('utf8');
      at = end + 1;
    } else {
      const end = data.indexOf(0, at);
      if (end === -1) return undefined;
      name = data.toString('utf8', at, end);
      // 1-8 NULs pad the entry to a multiple of 8 bytes.
      at = start + ((end - start + 8) & ~7);
    }
    if (name === '.gitattributes' || name.endsWith('/.gitattributes')) hasAttributesFile = true;
    const stage = (flags >> 12) & 3;
    const assumeValid = flags & 0x8000;
    const skipOrIntent = extended & 0x6000;
    const regular = mode === 0o100644 || mode === 0o100755;
    if (stage !== 0 || assumeValid || skipOrIntent || !regular) continue;
    entries.push({
      path: name,
      blob: data.toString('hex', start + 40, start + 60),
      ctimeSec: data.readUInt32BE(start),
      ctimeNsec: data.readUInt32BE(start + 4),
      mtimeSec: data.readUInt32BE(start + 8),
      mtimeNsec: data.readUInt32BE(start + 12),
      ino: data.readUInt32BE(start + 20),
      uid: data.readUInt32BE(start + 28),
      gid: data.readUInt32BE(start + 32),
      size: data.readUInt32BE(start + 36),
    });
  }
  // Extensions: 4-byte signature, 32-bit size, data. A split index keeps entries elsewhere.
  while (at + 8 <= body.length) {
    if (data.toString('latin1', at, at + 4) === 'link') return undefined;
    at += 8 + data.readUInt32BE(at + 4);
  }
  return { entries, mtimeSec, hasAttributesFile };
}
