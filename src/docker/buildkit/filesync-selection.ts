import { patternMatcher } from '../dockerignore.js';
import { followTargets } from './follow-links.js';

/** One entry of a directory offered over the session's file sync, in walk order. */
export interface SyncEntry {
  /** `/`-separated, relative to the directory, no leading `./`. */
  path: string;
  kind: 'file' | 'directory' | 'symlink' | 'fifo';
  /** Permission bits with setuid, setgid and sticky (mode & 0o7777). */
  mode: number;
  size: number;
  /** Modification time in nanoseconds since the epoch, as a decimal string (an int64 on the wire). */
  modTimeNs: string;
  linkname?: string;
}

/** What BuildKit asks of a directory: gRPC metadata of its DiffCopy call (session/filesync). */
export interface SyncRequest {
  includePatterns?: string[];
  excludePatterns?: string[];
  /**
   * Paths whose symlinks are followed into include patterns (the Dockerfile, `.dockerignore`, the
   * COPY and ADD sources; see followTargets).
   */
  followPaths?: string[];
}

/**
 * The entries BuildKit asked for, as fsutil's walker (walker.go) chooses them: an entry is sent
 * when it matches the include patterns (if any; follow paths, resolved through their symlinks by
 * followTargets, count as include patterns) and not the exclude patterns; the directories above
 * a sent entry are sent before it even when they themselves are left out, since the receiver
 * requires every parent (validator.go). A parent the listing does not hold (a directory excluded but walked for a
 * `!dir/file` exception) is sent as a plain 0755 directory with a zero mtime: the same on every
 * build. `entries` must be in walk order: names sorted bytewise in each directory, a directory
 * before its contents.
 */
export function selectEntries(entries: readonly SyncEntry[], request: SyncRequest): SyncEntry[] {
  const includes = [...(request.includePatterns ?? []), ...followTargets(entries, request.followPaths ?? [])];
  const included = includes.length ? patternMatcher(includes) : () => true;
  const excluded = request.excludePatterns?.length ? patternMatcher(request.excludePatterns) : () => false;
  const directories = new Map(entries.filter((e) => e.kind === 'directory').map((e) => [e.path, e]));
  const sentDirectories = new Set<string>();
  const out: SyncEntry[] = [];
  for (const entry of entries) {
    if (!included(entry.path) || excluded(entry.path)) continue;
    const parts = entry.path.split('/');
    for (let depth = 1; depth < parts.length; depth++) {
      const parent = parts.slice(0, depth).join('/');
      if (sentDirectories.has(parent)) continue;
      out.push(directories.get(parent) ?? plainDirectory(parent));
      sentDirectories.add(parent);
    }
    if (entry.kind === 'directory') sentDirectories.add(entry.path);
    out.push(entry);
  }
  return out;
}

function plainDirectory(path: string): SyncEntry {
  return { path, kind: 'directory', mode: 0o755, size: 0, modTimeNs: '0' };
}
