import { chmodSync, readFileSync, rmSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { readBuildContext } from '../../src/build/context/read-context.js';
import { cleanBlobIds, readRepoState } from '../../src/git/repo-state.js';
import { computeInputDigest } from '../../src/build/input-digest.js';
import { git, gitRepo, tempDir, writeFiles } from '../build/helpers.js';

let cleanup = () => {};
afterEach(() => cleanup());

const params = { buildArgs: {}, labels: {} };

/** The digest with git's index and by reading every file; they must always agree. */
async function both(dir: string) {
  const context = await readBuildContext(dir);
  const known = await knownIds(dir);
  const withIndex = await computeInputDigest(context, params, { known, threads: 1 });
  const full = await computeInputDigest(context, params, { threads: 1 });
  return { withIndex, full, known };
}

/** The ids a build takes from git's index: the same queries and walk stats as buildImage. */
async function knownIds(dir: string) {
  const context = await readBuildContext(dir);
  const stats = new Map(context.entries.flatMap((e) => (e.stat ? [[e.name, e.stat] as const] : [])));
  return cleanBlobIds(context.dir, await readRepoState(dir, { index: true }), stats, context.excludedAttributes);
}

function repo(): string {
  const t = tempDir();
  cleanup = t.cleanup;
  gitRepo(t.dir, {
    '.dockerignore': '.git\n',
    '.gitignore': 'build/\n',
    'ctx/Dockerfile': 'FROM scratch\nCOPY . /\n',
    'ctx/a.txt': 'aaaa',
    'ctx/b.txt': 'bbbb',
    'ctx/sub/c.sh': 'echo c\n',
  });
  return t.dir;
}

describe('content ids from git index give the same decisions as reading every file', () => {
  it('a clean checkout: every tracked file comes from the index, same digest', async () => {
    const dir = repo();
    const r = await both(`${dir}/ctx`);
    expect(r.withIndex).toBe(r.full);
    expect([...r.known!.keys()].sort()).toEqual(['Dockerfile', 'a.txt', 'b.txt', 'sub/c.sh']);
  });

  it('a same-size edit right after the commit (racily clean), an untracked and a git-ignored file', async () => {
    const dir = repo();
    const before = (await both(`${dir}/ctx`)).full;
    writeFiles(dir, {
      'ctx/a.txt': 'AAAA',
      'ctx/new.txt': 'new',
      'ctx/build/out.bin': 'ignored by git, sent by docker',
    });
    const r = await both(`${dir}/ctx`);
    expect(r.withIndex).toBe(r.full);
    expect(r.full).not.toBe(before);
    expect(r.known!.has('a.txt')).toBe(false);
  });

  it('staged then edited again, a mode change, and a deleted file', async () => {
    const dir = repo();
    writeFiles(dir, { 'ctx/a.txt': 'staged' });
    git(dir, 'add', 'ctx/a.txt');
    writeFiles(dir, { 'ctx/a.txt': 'edited after staging' });
    chmodSync(`${dir}/ctx/sub/c.sh`, 0o755);
    rmSync(`${dir}/ctx/b.txt`);
    const r = await both(`${dir}/ctx`);
    expect(r.withIndex).toBe(r.full);
  });

  // pinship reads git's index file itself (src/git/index-file.ts); each format git writes
  // must give the ids git would, and one it does not read must fall back to asking git.
  it.each(['2', '3', '4'])('index version %s: the same ids as git reports, the same digest', async (version) => {
    const dir = repo();
    git(dir, 'update-index', '--index-version', version);
    writeFiles(dir, { 'ctx/new.txt': 'intent to add' });
    git(dir, 'add', '-N', 'ctx/new.txt'); // an extended flag: needs version 3 or later
    const r = await both(`${dir}/ctx`);
    expect(r.withIndex).toBe(r.full);
    expect([...r.known!.keys()].sort()).toEqual(['Dockerfile', 'a.txt', 'b.txt', 'sub/c.sh']);
    expect(r.known!.get('a.txt')).toBe(git(dir, 'rev-parse', 'HEAD:ctx/a.txt').trim());
  });

  it('a split index falls back to git ls-files and gives the same ids', async () => {
    const dir = repo();
    git(dir, 'update-index', '--split-index');
    writeFiles(dir, { 'ctx/a.txt': 'changed' });
    const r = await both(`${dir}/ctx`);
    expect(r.withIndex).toBe(r.full);
    expect([...r.known!.keys()].sort()).toEqual(['Dockerfile', 'b.txt', 'sub/c.sh']);
  });

  it('skip-worktree and assume-unchanged entries are read, not trusted', async () => {
    const dir = repo();
    git(dir, 'update-index', '--skip-worktree', 'ctx/a.txt');
    git(dir, 'update-index', '--assume-unchanged', 'ctx/b.txt');
    writeFiles(dir, { 'ctx/a.txt': 'changed behind git', 'ctx/b.txt': 'changed too' });
    const r = await both(`${dir}/ctx`);
    expect(r.withIndex).toBe(r.full);
    expect(r.known!.has('a.txt')).toBe(false);
    expect(r.known!.has('b.txt')).toBe(false);
  });

  it('is not used with core.autocrlf, in any spelling git reads as true, or outside a repository', async () => {
    const dir = repo();
    for (const value of ['input', 'true', 'yes', 'On', '1', 'TRUE']) {
      git(dir, 'config', 'core.autocrlf', value);
      expect(await knownIds(`${dir}/ctx`), value).toBeUndefined();
    }
    for (const value of ['false', 'no', '0']) {
      git(dir, 'config', 'core.autocrlf', value);
      expect(await knownIds(`${dir}/ctx`), value).toBeDefined();
    }
    // `[core] autocrlf` with no value is a boolean true.
    git(dir, 'config', '--unset', 'core.autocrlf');
    writeFiles(dir, { '.git/config': `${readFileSync(`${dir}/.git/config`, 'utf8')}[core]\n\tautocrlf\n` });
    expect(await knownIds(`${dir}/ctx`)).toBeUndefined();
    const plain = tempDir();
    const prev = cleanup;
    cleanup = () => (prev(), plain.cleanup());
    writeFiles(plain.dir, { Dockerfile: 'FROM scratch\n' });
    expect(await knownIds(plain.dir)).toBeUndefined();
  });
});

describe('attributes', () => {
  it('reads files whose attributes convert content, and trusts the index for the rest', async () => {
    const t = tempDir();
    cleanup = t.cleanup;
    gitRepo(t.dir, {
      Dockerfile: 'FROM scratch\n',
      '.gitattributes': '*.crlf text eol=crlf\n',
      'a.crlf': 'one\ntwo\n',
      'b.txt': 'plain\n',
    });
    const r = await both(t.dir);
    expect(r.withIndex).toBe(r.full);
    expect(r.known!.has('a.crlf')).toBe(false);
    expect(r.known!.has('b.txt')).toBe(true);
  });
});

describe('attributes of a linked worktree', () => {
  it("the main repository's info/attributes applies in a worktree (git reads $GIT_COMMON_DIR's)", async () => {
    const dir = repo();
    writeFiles(dir, { '.git/info/attributes': 'a.txt text eol=crlf\n' });
    const worktree = `${dir}-wt`;
    git(dir, 'worktree', 'add', '-q', worktree, 'HEAD');
    const prev = cleanup;
    cleanup = () => (prev(), rmSync(worktree, { recursive: true, force: true }));
    const r = await both(`${worktree}/ctx`);
    expect(r.withIndex).toBe(r.full);
    expect(r.known!.has('a.txt')).toBe(false);
    expect(r.known!.has('b.txt')).toBe(true);
  });
});

describe('attributes above the context', () => {
  it('a .gitattributes at the repository root applies to a context in a subdirectory', async () => {
    const dir = repo();
    writeFiles(dir, { '.gitattributes': 'ctx/a.txt filter=lfs\n' });
    const r = await both(`${dir}/ctx`);
    expect(r.withIndex).toBe(r.full);
    expect(r.known!.has('a.txt')).toBe(false);
    expect(r.known!.has('b.txt')).toBe(true);
  });
});

describe('attributes the context does not send', () => {
  it('an untracked .gitattributes that .dockerignore excludes still applies to the files beside it', async () => {
    const dir = repo();
    writeFiles(dir, { 'ctx/.dockerignore': 'sub/.gitattributes\n', 'ctx/sub/.gitattributes': 'c.sh ident\n' });
    const r = await both(`${dir}/ctx`);
    expect(r.withIndex).toBe(r.full);
    expect(r.known!.has('sub/c.sh')).toBe(false);
    expect(r.known!.has('a.txt')).toBe(true);
  });
});

describe('attributes outside the work tree', () => {
  it('a global attributes file (~/.config/git/attributes): the index stands aside for what it converts', async () => {
    const dir = repo();
    const config = tempDir();
    const prev = cleanup;
    const saved = process.env.XDG_CONFIG_HOME;
    cleanup = () => {
      prev();
      config.cleanup();
      if (saved === undefined) delete process.env.XDG_CONFIG_HOME;
      else process.env.XDG_CONFIG_HOME = saved;
    };
    // git reads $XDG_CONFIG_HOME/git/attributes when core.attributesFile is unset.
    process.env.XDG_CONFIG_HOME = config.dir;
    writeFiles(config.dir, { 'git/attributes': 'a.txt filter=lfs\n' });
    const r = await both(`${dir}/ctx`);
    expect(r.withIndex).toBe(r.full);
    expect(r.known!.has('a.txt')).toBe(false);
    expect(r.known!.has('b.txt')).toBe(true);
  });

  it('core.attributesFile names the global file', async () => {
    const dir = repo();
    const config = tempDir();
    const prev = cleanup;
    cleanup = () => (prev(), config.cleanup());
    writeFiles(config.dir, { attrs: '*.sh ident\n' });
    git(dir, 'config', 'core.attributesFile', `${config.dir}/attrs`);
    const r = await both(`${dir}/ctx`);
    expect(r.known!.has('sub/c.sh')).toBe(false);
    expect(r.known!.has('a.txt')).toBe(true);
  });
});
