import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';

function git(cwd: string, args: string[], input?: string): Promise<string | undefined> {
  return new Promise((resolve) => {
    const child = execFile('git', args, { cwd, maxBuffer: 1 << 28, encoding: 'utf8' }, (err, stdout) => resolve(err ? undefined : stdout));
    if (input !== undefined) child.stdin?.end(input);
  });
}

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
  // Four processes at once: each costs 20-30 ms to start on a busy CI machine.
  const [revParse, config, listed, dirty] = await Promise.all([
    git(dir, ['rev-parse', '--show-object-format', '--absolute-git-dir', '--show-toplevel']),
    git(dir, ['config', '-z', '--get-regexp', '^core\\.(autocrlf|attributesfile)$']),
    git(dir, ['ls-files', '-z', '-s', '-v']),
    git(dir, ['diff-files', '-z', '--name-only', '--relative']),
  ]);
  if (!revParse || listed === undefined || dirty === undefined) return undefined;
  const [format, gitDir, topLevel] = revParse.trim().split('\n');
  if (format !== 'sha1' || !gitDir || !topLevel) return undefined;
  const settings = parseConfig(config ?? '');
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
  const attrs = await git(dir, ['check-attr', '-z', '--stdin', ...CONVERTING], `${tracked.join('\0')}\0`);
  if (attrs === undefined) return undefined;
  const fields = attrs.split('\0');
  for (let i = 0; i + 2 < fields.length; i += 3) {
    if (fields[i + 2] !== 'unspecified') ids.delete(fields[i]!);
  }
  return ids;
}

// `git config -z --get-regexp` prints "key\nvalue\0" records.
function parseConfig(text: string): Map<string, string> {
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
