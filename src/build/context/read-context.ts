import { createHash } from 'node:crypto';
import { readFileSync, type Stats } from 'node:fs';
import { readFile, realpath, stat } from 'node:fs/promises';
import { isAbsolute, join, posix, relative, resolve, sep } from 'node:path';
import { ignoreMatcher, patternMatcher } from '../../docker/dockerignore.js';
import { PinshipError, describeError } from '../../errors.js';
import { parseIgnoreFile, readDockerfileIgnore, type DockerfileIgnore } from './ignore-file.js';
import { contextReadError, walk } from './walk.js';

/** One entry of the build context, in the order it is sent. */
export interface ContextEntry {
  /** Path inside the context, `/`-separated, no leading `./`. */
  name: string;
  type: 'file' | 'directory' | 'symlink' | 'fifo';
  /** Permission bits (mode & 0o7777). */
  mode: number;
  size: number;
  mtimeMs: number;
  /** Absolute path to read a file's content from; absent for generated entries. */
  source?: string;
  /** Content of a generated entry (a Dockerfile from outside the context). */
  content?: Buffer;
  linkname?: string;
  /** The walk's lstat of `source`, compared with git's cached stat data (git/clean-blob-ids.ts). */
  stat?: Stats;
}

/** The files that survive `.dockerignore`, plus the Dockerfile's name inside the context. */
export interface BuildContext {
  dir: string;
  entries: ContextEntry[];
  /** The `dockerfile` parameter for the engine: a path inside the sent context. */
  dockerfileName: string;
  dockerfileContent: Buffer;
  /** The Dockerfile's absolute path. */
  dockerfilePath: string;
  /** The Dockerfile's stat (links followed) when it was read: BuildKit's file sync sends it. */
  dockerfileStat: Stats;
  /**
   * The context's own `.dockerignore`, as read, when a Dockerfile from outside the context made
   * the tar's `.dockerignore` entry a generated one: BuildKit's file sync sends this one instead.
   */
  ownDockerignore?: { content: Buffer; stat?: Stats };
  /**
   * `<Dockerfile>.dockerignore` beside the Dockerfile, when there is one: BuildKit's per-Dockerfile
   * ignore file, applied instead of the context's `.dockerignore` (the file sync serves it beside
   * the Dockerfile, so that the engine applies the same patterns).
   */
  dockerfileIgnore?: DockerfileIgnore;
  /** The patterns of the ignore file that applies (`.dockerignore` or the Dockerfile's own). */
  ignorePatterns: string[];
  /** Sum of file sizes sent (headers excluded). */
  bytes: number;
  /**
   * Entries sent only so that the engine can read them (the Dockerfile and .dockerignore when
   * .dockerignore excludes them, a Dockerfile from outside the context): the classic builder
   * drops them after reading; BuildKit, given an uploaded tar, does not (its file sync does).
   */
  readOnlyEntries: string[];
  /** `.gitattributes` files in the context that .dockerignore excludes: not sent, yet git applies them. */
  excludedAttributes: string[];
}

/**
 * Lists what `docker build` would send for `contextDir` and `dockerfile` (a path relative to the
 * working directory, or absolute), honouring `.dockerignore` with Docker's own rules.
 */
export async function readBuildContext(contextDir: string, dockerfile?: string): Promise<BuildContext> {
  const dir = resolve(contextDir);
  const dirStat = await stat(dir).catch(() => undefined);
  if (!dirStat?.isDirectory()) {
    throw new PinshipError(`the build context ${contextDir} is not a directory`, { field: 'context' });
  }
  const { dockerfilePath, dockerfileContent, dockerfileStat } = await readDockerfile(dir, contextDir, dockerfile);
  const { outside, dockerfileName } = await placeDockerfile(dir, dockerfilePath, dockerfileContent);
  const rules = await ignoreRules(dir, dockerfilePath, dockerfileName, outside);

  const entries: ContextEntry[] = [];
  const excludedAttributes: string[] = [];
  const root = { prefix: '', depth: 0, ignored: false };
  await walk(dir, root, rules.ignores, rules.exceptions, entries, excludedAttributes);
  const ownDockerignore = outside ? addOutsideDockerfile(entries, dockerfileName, dockerfileContent) : undefined;
  const bytes = entries.reduce((sum, e) => sum + (e.type === 'file' ? e.size : 0), 0);
  const hadDockerignore = entries.some((e) => e.name === '.dockerignore' && e.source);
  const readOnlyEntries: string[] = [];
  if (outside || rules.userIgnores(dockerfileName)) readOnlyEntries.push(dockerfileName);
  // A Dockerfile from outside makes a .dockerignore where there was none.
  if ((outside && !hadDockerignore) || (hadDockerignore && rules.userIgnores('.dockerignore')))
    readOnlyEntries.push('.dockerignore');
  return {
    dir,
    entries,
    dockerfileName,
    dockerfileContent,
    dockerfilePath,
    dockerfileStat,
    ownDockerignore,
    dockerfileIgnore: rules.dockerfileIgnore,
    ignorePatterns: rules.ignorePatterns,
    bytes,
    readOnlyEntries,
    excludedAttributes,
  };
}

/** The Dockerfile's path, content and stat; a missing or unreadable one is an error naming it. */
async function readDockerfile(dir: string, contextDir: string, dockerfile: string | undefined) {
  const dockerfilePath = dockerfile ? resolve(dockerfile) : join(dir, 'Dockerfile');
  try {
    const dockerfileStat = await stat(dockerfilePath);
    const dockerfileContent = await readFile(dockerfilePath);
    return { dockerfilePath, dockerfileContent, dockerfileStat };
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    const why =
      code === 'ENOENT'
        ? 'does not exist'
        : code === 'EACCES' || code === 'EPERM'
          ? 'cannot be read: permission denied'
          : describeError(err);
    throw new PinshipError(`the Dockerfile ${dockerfile ?? join(contextDir, 'Dockerfile')} ${why}`, {
      field: 'file',
      hint: dockerfile ? undefined : 'give its path with --file / the file input',
    });
  }
}

/** Whether the Dockerfile is outside the context, and the name it is sent under. */
async function placeDockerfile(dir: string, dockerfilePath: string, content: Buffer) {
  const inside = relative(dir, dockerfilePath);
  // A Dockerfile inside the context that is a symlink out of it counts as outside: the engine
  // resolves links within the context only, and would not find it.
  const outside = isOutside(inside) || isOutside(relative(await realpath(dir), await realpath(dockerfilePath)));
  // A Dockerfile outside the context is sent inside it, as the docker CLI does
  // (AddDockerfileToBuildContext), under a name derived from its content rather than a random
  // one, so that equal inputs send equal contexts.
  const dockerfileName = outside
    ? `.dockerfile.${createHash('sha256').update(content).digest('hex').slice(0, 20)}`
    : inside.split(sep).join('/');
  return { outside, dockerfileName };
}

/** The ignore file's patterns, as the user wrote them and as the walk applies them. */
async function ignoreRules(dir: string, dockerfilePath: string, dockerfileName: string, outside: boolean) {
  const dockerfileIgnore = await readDockerfileIgnore(dockerfilePath);
  const patterns = dockerfileIgnore
    ? parseIgnoreFile(dockerfileIgnore.content.toString('utf8'))
    : await readDockerignore(dir);
  const ignorePatterns = [...patterns];
  const userIgnores = patternMatcher(patterns);
  // The docker CLI always sends .dockerignore and the Dockerfile (TrimBuildFilesFromExcludes).
  patterns.push('!.dockerignore');
  if (!outside) patterns.push(`!${dockerfileName}`);
  const ignores = ignoreMatcher(patterns);
  const exceptions = patterns.filter((p) => p.startsWith('!')).map((p) => cleanPattern(p.slice(1)));
  return { dockerfileIgnore, ignorePatterns, userIgnores, ignores, exceptions };
}

function isOutside(relativePath: string): boolean {
  return relativePath.startsWith('..') || isAbsolute(relativePath);
}

/**
 * Adds a Dockerfile from outside the context as the docker CLI does (AddDockerfileToBuildContext):
 * the file itself, and its name appended to the `.dockerignore` sent (one made when there is
 * none), so that the engine removes it from the context after reading it and `COPY . …` does
 * not put it in the image. Returns the context's own `.dockerignore` content, if it has one.
 */
function addOutsideDockerfile(
  entries: ContextEntry[],
  name: string,
  content: Buffer,
): { content: Buffer; stat?: Stats } | undefined {
  const generated = (entryName: string, data: Buffer, mode: number): ContextEntry => ({
    name: entryName,
    type: 'file',
    mode,
    size: data.length,
    mtimeMs: 0,
    content: data,
  });
  const at = entries.findIndex((e) => e.name === '.dockerignore');
  const existing = at === -1 ? undefined : entries[at]!;
  if (existing && existing.type !== 'file') {
    throw new PinshipError(
      '.dockerignore is not a regular file, and a Dockerfile from outside the context must be listed in it',
      { field: 'file' },
    );
  }
  // The CLI's text: the file's content, else ".dockerignore", then "\n<name>\n".
  const before = existing ? readFileSync(existing.source!) : Buffer.from('.dockerignore');
  const ignore = generated(
    '.dockerignore',
    Buffer.concat([before, Buffer.from(`\n${name}\n`)]),
    existing?.mode ?? 0o600,
  );
  if (existing) entries[at] = { ...ignore, mtimeMs: existing.mtimeMs };
  else entries.push(ignore);
  entries.push(generated(name, content, 0o600));
  return existing ? { content: before, stat: existing.stat } : undefined;
}

/** Reads `.dockerignore` lines as Docker's ignorefile.ReadAll does (comments and blanks dropped). */
async function readDockerignore(dir: string): Promise<string[]> {
  let text: string;
  try {
    text = await readFile(join(dir, '.dockerignore'), 'utf8');
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw contextReadError(dir, '.dockerignore', err, 'make it readable by this user');
  }
  return parseIgnoreFile(text);
}

function cleanPattern(pattern: string): string {
  const cleaned = posix.normalize(pattern.trim()).replace(/\/+$/, '');
  return cleaned.length > 1 && cleaned.startsWith('/') ? cleaned.slice(1) : cleaned;
}
