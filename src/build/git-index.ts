import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { runGit, runGitBatch } from './git-batch.js';

// Attributes that make working-tree bytes differ from the blob: filters (LFS), end-of-line
// conversion, $Id$ expansion, re-encoding.
const CONVERTING = ['filter', 'text', 'eol', 'crlf', 'ident', 'working-tree-encoding'];

/**
 * Content ids that git's index already holds for files under `dir`: path (relative to `dir`,
 * `/`-separated) -> blob id, for every tracked regular file that `git diff-files` finds clean.
 * Git compares its cached stat data and re-reads "racily clean" files itself, so a clean entry's
 * blob id is the file's content id without reading the file. Left out, and read instead:
 * - files with an attribute that converts content on checkout (`git check-attr`: filter, text,
 *   eol, ident, working-tree-encoding), since their bytes on disk are not the blob's;
 * - skip-worktree and assume-unchanged entries, which git does not check.
 * Undefined (read everything) outside a git work tree, in a SHA-256 repository (its ids are
 * not ours), and with core.autocrlf, which converts without any attribute.
 */
export async function cleanBlobIds(dir: string): Promise<Map<string, string> | undefined> {
  const [revParse, listed, dirty, config] = await runGitBatch(dir, [...INDEX_QUERIES, configQuery([])]);
  return cleanBlobIdsFrom(dir, { revParse, config: parseConfig(config ?? ''), listed, dirty });
}

/** The queries cleanBlobIdsFrom reads besides configQuery's: rev-parse, ls-files, diff-files. */
export const INDEX_QUERIES: readonly (readonly string[])[] = [
  ['rev-parse', '--show-object-format', '--absolute-git-dir', '--show-toplevel'],
  ['ls-files', '-z', '-s', '-v'],
  ['diff-files', '-z', '--name-only', '--relative'],
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
  listed?: string;
  dirty?: string;
}

/** cleanBlobIds, from the outputs of INDEX_QUERIES and configQuery run in `dir`. */
export async function cleanBlobIdsFrom(dir: string, { revParse, config: settings, listed, dirty }: IndexQueryOutputs): Promise<Map<string, string> | undefined> {
  if (!revParse || listed === undefined || dirty === undefined) return undefined;
  const [format, gitDir, topLevel] = revParse.trim().split('\n');
  if (format !== 'sha1' || !gitDir || !topLevel) return undefined;
  if (['true', 'input'].includes(settings.get('core.autocrlf') ?? '')) return undefined;

  const modified = new Set(dirty.split('\0').filter(Boolean));
  const ids = new Map<string, string>();
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
  if (ids.size === 0) return ids;

  // Without any attributes file nothing converts: no need to ask check-attr about every path.
  const tracked = [...ids.keys()];
  const hasAttributes = settings.has('core.attributesfile')
    || existsSync(join(gitDir, 'info', 'attributes'))
    || listed.includes('.gitattributes\0')
    || ancestors(resolve(dir), topLevel).some((d) => existsSync(join(d, '.gitattributes')));
  if (!hasAttributes) return ids;
  // One check-attr for all candidates; output is "<path>\0<attribute>\0<value>\0" triples.
  const attrs = await runGit(dir, ['check-attr', '-z', '--stdin', ...CONVERTING], `${tracked.join('\0')}\0`);
  if (attrs === undefined) return undefined;
  const fields = attrs.split('\0');
  for (let i = 0; i + 2 < fields.length; i += 3) {
    if (fields[i + 2] !== 'unspecified') ids.delete(fields[i]!);
  }
  return ids;
}

// `git config -z --get-regexp` prints "key\nvalue\0" records; the last value of a key wins,
// as with `git config --get`.
export function parseConfig(text: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const record of text.split('\0')) {
    const nl = record.indexOf('\n');
    if (nl > 0) out.set(record.slice(0, nl).toLowerCase(), record.slice(nl + 1).trim());
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
