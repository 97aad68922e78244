import { posix } from 'node:path';
import type { SyncEntry } from './filesync-selection.js';
import { hasWildcards, nameMatches } from './name-pattern.js';

/** Symlinks followed one after another before a path is given up, as Linux's ELOOP limit. */
const MAX_LINK_HOPS = 40;

type ListedEntry = Pick<SyncEntry, 'path' | 'kind' | 'linkname'>;

/**
 * The include patterns that BuildKit's follow paths (the Dockerfile's COPY and ADD sources) stand
 * for, resolved over the listing as fsutil's FollowLinks (followlinks.go) resolves them on disk:
 * each path is walked one component at a time, and at the first component that is a symlink the
 * link itself is kept and the rest of the path is resolved again from the link's target
 * (`COPY linkdir/inner` keeps `linkdir` and resolves `real/inner`, a link to a link in turn); a
 * component with wildcards stands for the symlinks among the names it matches (`COPY *.txt`
 * brings each matching link's target) and stays a pattern. Targets, absolute or with `..`, are
 * taken within the directory, never outside it. Empty when a path resolves to the directory
 * itself: then follow paths filter nothing (fsutil's dedupePaths returns nil).
 *
 * Unlike fsutil, which stops at a symlink it has already followed once, so that a second path
 * through it (`COPY link/a` and `COPY link/b`) loses its target, each path is resolved in full:
 * sending more than asked is harmless. Loops end at a path seen before or after MAX_LINK_HOPS.
 */
export function followTargets(entries: readonly ListedEntry[], followPaths: readonly string[]): string[] {
  const listing = listingOf(entries);
  const resolved = new Set<string>();
  const seen = new Set<string>();
  const resolve = (path: string, hops: number) => {
    if (seen.has(path) || hops > MAX_LINK_HOPS) return;
    seen.add(path);
    const parts = path ? path.split('/') : [];
    let current = '';
    for (const [index, part] of parts.entries()) {
      current = current ? `${current}/${part}` : part;
      const targets = linkTargets(listing, current);
      if (targets.length === 0) continue;
      resolved.add(current);
      const rest = parts.slice(index + 1).join('/');
      for (const target of targets) resolve(withinRoot(`${target}/${rest}`), hops + 1);
      return;
    }
    resolved.add(current);
  };
  for (const path of followPaths) resolve(withinRoot(path), 0);
  return resolved.has('') ? [] : [...resolved].sort();
}

interface Listing {
  links: Map<string, string>;
  /** Names in each directory ('' for the root). */
  children: Map<string, string[]>;
}

function listingOf(entries: readonly ListedEntry[]): Listing {
  const links = new Map<string, string>();
  const children = new Map<string, string[]>();
  for (const entry of entries) {
    if (entry.kind === 'symlink') links.set(entry.path, entry.linkname ?? '');
    const dir = parentOf(entry.path);
    const names = children.get(dir) ?? [];
    names.push(posix.basename(entry.path));
    children.set(dir, names);
  }
  return { links, children };
}

/** Where the symlink at `path` points, or those that a wildcard name matches point: root-relative, unresolved. */
function linkTargets(listing: Listing, path: string): string[] {
  const name = posix.basename(path);
  if (!hasWildcards(name)) return linkTarget(listing, path);
  const dir = parentOf(path);
  const matching = (listing.children.get(dir) ?? []).filter((n) => nameMatches(name, n));
  return matching.flatMap((n) => linkTarget(listing, dir ? `${dir}/${n}` : n));
}

function linkTarget(listing: Listing, path: string): string[] {
  const target = listing.links.get(path);
  if (target === undefined) return [];
  return [target.startsWith('/') ? target : `/${parentOf(path)}/${target}`];
}

function parentOf(path: string): string {
  const dir = posix.dirname(path);
  return dir === '.' ? '' : dir;
}

/** Cleaned and relative to the directory, with `..` stopping at its root ('' is the root itself). */
function withinRoot(path: string): string {
  const cleaned = posix.normalize(`/${path}`).replace(/^\/+|\/+$/g, '');
  return cleaned === '.' ? '' : cleaned;
}
