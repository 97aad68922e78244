import { existsSync, type Stats } from 'node:fs';
import { homedir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { hashFiles } from './blob-hash.js';
import { runGitBatch } from './batch.js';
import { git } from './git.js';
import { readIndexFile, type IndexEntry, type IndexSnapshot } from './index-file.js';

// Attributes that make working-tree bytes differ from the blob: filters (LFS), end-of-line
// conversion, $Id$ expansion, re-encoding.
const CONVERTING = ['filter', 'text', 'eol', 'crlf', 'ident', 'working-tree-encoding'];

/**
 * The queries cleanBlobIdsFrom reads besides configQuery's, in IndexQueryOutputs' order: object
 * format, git dir, top, prefix and index path; the exec path (git's install prefix, where its
 * system attributes file lives). `git var GIT_ATTR_SYSTEM` would name that file, but only from
 * git 2.42 on; two more processes on every skip for what the prefix gives.
 */
export const INDEX_QUERIES: readonly (readonly string[])[] = [
  [
    'rev-parse',
    '--show-object-format',
    '--absolute-git-dir',
    '--show-toplevel',
    '--show-prefix',
    '--git-path',
    'index',
    // In a linked worktree, info/ is the main repository's ($GIT_COMMON_DIR), not the worktree's.
    '--git-path',
    'info/attributes',
  ],
  ['--exec-path'],
];

/**
 * `git config -z --get-regexp` for the settings cleanBlobIdsFrom needs (core.autocrlf,
 * core.attributesfile) and `more` keys (lowercase, exact), for one shared config query.
 */
export function configQuery(more: readonly string[]): string[] {
  const keys = ['core.autocrlf', 'core.attributesfile', ...more].map((k) => k.replace(/\./g, '\\.'));
  return ['config', '-z', '--get-regexp', `^(${keys.join('|')})$`];
}

/** What the batched queries printed (undefined where one failed), config already parsed. */
export interface IndexQueryOutputs {
  revParse?: string;
  config: ReadonlyMap<string, string>;
  execPath?: string;
}

/**
 * Content ids that git's index already holds for files under `dir`: path (relative to `dir`,
 * `/`-separated) -> blob id, for every tracked regular file whose stat data (mtime, ctime, size,
 * inode, owner) is the one git cached for it, as `git diff-files` decides "clean" without reading
 * the file. An entry written in the same second as the index or later is "racily clean" (the file
 * may have changed after git looked at it without changing its mtime): it is read and compared
 * with the blob id, as git does. The index file is read directly (index-file.ts): the walk has
 * already lstat'ed every sent file, and `git ls-files` + `git diff-files` would lstat them all
 * again in two more processes. Where it cannot be read exactly (split index…), they run instead.
 * Left out, and read instead:
 * - files with an attribute that converts content on checkout (`git check-attr`: filter, text,
 *   eol, ident, working-tree-encoding), since their bytes on disk are not the blob's;
 * - skip-worktree, assume-unchanged and intent-to-add entries, which git does not check.
 * Undefined (read everything) outside a git work tree, in a SHA-256 repository (its ids are
 * not ours), and with core.autocrlf, which converts without any attribute.
 * `outputs` are those of INDEX_QUERIES and configQuery run in `dir`; `files` holds the walk's
 * lstat of each path under `dir` (relative, `/`-separated); `otherAttributeFiles` names
 * `.gitattributes` files under `dir` that the walk saw but left out of `files`.
 */
export async function cleanBlobIdsFrom(
  dir: string,
  outputs: IndexQueryOutputs,
  files: ReadonlyMap<string, Stats>,
  otherAttributeFiles: readonly string[] = [],
): Promise<Map<string, string> | undefined> {
  const { revParse, config: settings } = outputs;
  if (!revParse) return undefined;
  const [format, gitDir, topLevel, prefix, indexPath, infoAttributes] = revParse.split('\n');
  if (format !== 'sha1' || !gitDir || !topLevel || prefix === undefined || !indexPath || !infoAttributes) {
    return undefined;
  }
  if (convertsEol(settings.get('core.autocrlf'))) return undefined;

  const index = readIndexFile(resolve(dir, indexPath));
  const clean = index ? await cleanIdsFromIndex(dir, index, prefix, files) : await cleanIdsFromGit(dir);
  if (!clean) return undefined;
  const { ids } = clean;
  if (ids.size === 0) return ids;

  // Without any attributes file nothing converts: no need to ask check-attr about every path.
  // Every source git reads (gitattributes(5)) is looked for: the system and global files,
  // $GIT_DIR/info/attributes, tracked .gitattributes anywhere, and untracked ones the walk found
  // or that sit in a folder above `dir`. Any of them present: check-attr decides, path by path.
  const hasAttributes =
    clean.tracksAttributes ||
    attributesFiles(outputs, resolve(dir, infoAttributes)).some((f) => existsSync(f)) ||
    otherAttributeFiles.length > 0 ||
    [...files.keys()].some((name) => name === '.gitattributes' || name.endsWith('/.gitattributes')) ||
    ancestors(resolve(dir), topLevel).some((d) => existsSync(join(d, '.gitattributes')));
  return hasAttributes ? withoutConverted(dir, ids) : ids;
}

/** Clean ids, and whether a `.gitattributes` is tracked. */
interface CleanIds {
  ids: Map<string, string>;
  tracksAttributes: boolean;
}

/** From the index file read directly: entries whose stat data matches the walk's lstat. */
async function cleanIdsFromIndex(
  dir: string,
  index: IndexSnapshot,
  prefix: string,
  files: ReadonlyMap<string, Stats>,
): Promise<CleanIds> {
  const ids = new Map<string, string>();
  const racy: { name: string; blob: string; size: number }[] = [];
  for (const entry of index.entries) {
    if (!entry.path.startsWith(prefix)) continue;
    const name = entry.path.slice(prefix.length);
    const st = files.get(name);
    if (!st?.isFile() || !statMatches(entry, st)) continue;
    if (entry.mtimeSec < index.mtimeSec) ids.set(name, entry.blob);
    else racy.push({ name, blob: entry.blob, size: st.size });
  }
  // Racily clean: as git does, compare the content (whose id is needed anyway).
  // A file changed since the walk fails here; it is then left out, and its own read reports it.
  const hashes = await hashFiles(racy.map((r) => ({ path: join(dir, r.name), size: r.size }))).catch(() => []);
  racy.forEach((r, i) => {
    if (hashes[i] === r.blob) ids.set(r.name, r.blob);
  });
  return { ids, tracksAttributes: index.hasAttributesFile };
}

/** Where the index file cannot be read exactly: `git ls-files` and `git diff-files` decide. */
async function cleanIdsFromGit(dir: string): Promise<CleanIds | undefined> {
  const [listed, dirty] = await runGitBatch(dir, [
    ['ls-files', '-z', '-s', '-v'],
    ['diff-files', '-z', '--name-only', '--relative'],
  ]);
  if (listed === undefined || dirty === undefined) return undefined;
  const ids = new Map<string, string>();
  const modified = new Set(dirty.split('\0').filter(Boolean));
  // "<tag> <mode> <blob> <stage>\t<path>": tag H is a plain cached entry (S: skip-worktree,
  // lowercase: assume-unchanged); modes 100644/100755 are regular files.
  for (const record of listed.split('\0')) {
    const tab = record.indexOf('\t');
    if (tab === -1) continue;
    const [tag, mode, blob, stage] = record.slice(0, tab).split(' ');
    const path = record.slice(tab + 1);
    if (tag !== 'H' || stage !== '0' || (mode !== '100644' && mode !== '100755') || !blob) continue;
    if (!modified.has(path)) ids.set(path, blob);
  }
  return { ids, tracksAttributes: listed.includes('.gitattributes\0') };
}

/** Drops the paths with a converting attribute; undefined when check-attr cannot tell. */
async function withoutConverted(dir: string, ids: Map<string, string>): Promise<Map<string, string> | undefined> {
  // One check-attr for all candidates; output is "<path>\0<attribute>\0<value>\0" triples.
  const attrs = await git(dir, ['check-attr', '-z', '--stdin', ...CONVERTING], {
    input: `${[...ids.keys()].join('\0')}\0`,
  }).catch(() => undefined);
  if (attrs === undefined) return undefined;
  const fields = attrs.split('\0');
  for (let i = 0; i + 2 < fields.length; i += 3) {
    if (fields[i + 2] !== 'unspecified') ids.delete(fields[i]!);
  }
  return ids;
}

/**
 * Whether core.autocrlf converts: `input`, or true as git reads a boolean (true, yes, on, or a
 * non-zero number, any case); a value git cannot read counts too, to be safe.
 */
function convertsEol(value: string | undefined): boolean {
  if (value === undefined) return false;
  const v = value.trim().toLowerCase();
  if (v === 'input' || v === 'true' || v === 'yes' || v === 'on') return true;
  if (v === 'false' || v === 'no' || v === 'off' || v === '') return false;
  return !/^-?0+$/.test(v);
}

/**
 * The attributes files outside the work tree that git would read: $GIT_DIR/info/attributes, the
 * global one (core.attributesFile, else $XDG_CONFIG_HOME/git/attributes or
 * ~/.config/git/attributes) and the system one (unless GIT_ATTR_NOSYSTEM):
 * `<prefix>/etc/gitattributes`, or /etc/gitattributes for prefix /usr (git's sysconfdir rule),
 * with the prefix taken from the exec path (`<prefix>/lib/git-core` or `<prefix>/libexec/…`).
 */
function attributesFiles(outputs: IndexQueryOutputs, infoAttributes: string): string[] {
  const files = [infoAttributes];
  const configured = outputs.config.get('core.attributesfile');
  const xdg = process.env.XDG_CONFIG_HOME || join(homedir(), '.config');
  files.push(configured ? expandHome(configured) : join(xdg, 'git', 'attributes'));
  if (!/^(1|true|yes|on)$/i.test(process.env.GIT_ATTR_NOSYSTEM ?? '')) {
    const prefix = outputs.execPath ? dirname(dirname(outputs.execPath.trim())) : '/usr';
    files.push(prefix === '/usr' ? '/etc/gitattributes' : join(prefix, 'etc', 'gitattributes'), '/etc/gitattributes');
  }
  return files;
}

function expandHome(path: string): string {
  return path === '~' || path.startsWith('~/') ? join(homedir(), path.slice(1)) : path;
}

// What git's ie_match_stat compares with core.checkStat=default, and stricter: sub-second times
// too (git compares them only when built with USE_NSEC). Git keeps 32 bits of each field.
// Node's mtimeMs is `sec * 1e3 + nsec / 1e6`, computed the same way here from git's fields.
function statMatches(entry: IndexEntry, st: Stats): boolean {
  return (
    st.mtimeMs === entry.mtimeSec * 1e3 + entry.mtimeNsec / 1e6 &&
    st.ctimeMs === entry.ctimeSec * 1e3 + entry.ctimeNsec / 1e6 &&
    st.size === entry.size &&
    st.ino % 2 ** 32 === entry.ino &&
    st.uid % 2 ** 32 === entry.uid &&
    st.gid % 2 ** 32 === entry.gid
  );
}

// `git config -z --get-regexp` prints "key\nvalue\0" records; the last value of a key wins,
// as with `git config --get`.
export function parseConfig(text: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const record of text.split('\0')) {
    const nl = record.indexOf('\n');
    if (nl > 0) out.set(record.slice(0, nl).toLowerCase(), record.slice(nl + 1).trim());
    // A key written without `=` is a boolean true to git (`[core] autocrlf`).
    else if (nl === -1 && record) out.set(record.toLowerCase(), 'true');
  }
  return out;
}

/** `dir` and its parents up to and including `top` (an untracked .gitattributes there applies too). */
function ancestors(dir: string, top: string): string[] {
  const out: string[] = [];
  for (let d = dir; ; d = dirname(d)) {
    out.push(d);
    if (d === top || dirname(d) === d) return out;
  }
}
