import { mkdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { readBuildContext } from '../../../src/build/context/read-context.js';
import { PinshipError } from '../../../src/errors.js';
import { tempDir, writeFiles } from '../helpers.js';

let cleanups: (() => void)[] = [];
afterEach(() => {
  for (const c of cleanups) c();
  cleanups = [];
});

function context(files: Record<string, string>): string {
  const { dir, cleanup } = tempDir();
  cleanups.push(cleanup);
  writeFiles(dir, files);
  return dir;
}

async function sentFiles(dir: string, file?: string): Promise<string[]> {
  const ctx = await readBuildContext(dir, file);
  return ctx.entries.filter((e) => e.type === 'file').map((e) => e.name);
}

describe('readBuildContext: .dockerignore as docker build applies it', () => {
  it('drops ignored files and keeps exceptions (!) re-included under an ignored directory', async () => {
    const dir = context({
      Dockerfile: 'FROM scratch\n',
      '.dockerignore': '# comment\nlogs\n*.tmp\nsecret/**\n!secret/keep.txt\n',
      'app.txt': 'a',
      'x.tmp': 'x',
      'sub/y.tmp': 'y (only top-level *.tmp is ignored)',
      'logs/a.log': 'l',
      'secret/a.txt': 's',
      'secret/keep.txt': 'k',
    });
    expect(await sentFiles(dir)).toEqual(['.dockerignore', 'Dockerfile', 'app.txt', 'secret/keep.txt', 'sub/y.tmp']);
  });

  it('matches ** at any depth and always sends the Dockerfile and .dockerignore', async () => {
    const dir = context({
      Dockerfile: 'FROM scratch\n',
      '.dockerignore': '**/*.md\nDockerfile\n.dockerignore\n',
      'README.md': 'r',
      'a/b/c/NOTES.md': 'n',
      'a/b/c/main.sh': 'm',
    });
    expect(await sentFiles(dir)).toEqual(['.dockerignore', 'Dockerfile', 'a/b/c/main.sh']);
  });

  it('ignoring everything but one directory keeps that directory', async () => {
    const dir = context({
      'build/Dockerfile': 'FROM scratch\n',
      '.dockerignore': '*\n!src\n',
      'src/main.sh': 'm',
      'docs/a.txt': 'd',
      'top.txt': 't',
    });
    expect(await sentFiles(dir, `${dir}/build/Dockerfile`)).toEqual([
      '.dockerignore',
      'build/Dockerfile',
      'src/main.sh',
    ]);
  });

  it('sends a Dockerfile from outside the context under a name derived from its content', async () => {
    const dir = context({ 'ctx/a.txt': 'a', 'elsewhere/Dockerfile': 'FROM scratch\nCOPY a.txt /\n' });
    const one = await readBuildContext(`${dir}/ctx`, `${dir}/elsewhere/Dockerfile`);
    const two = await readBuildContext(`${dir}/ctx`, `${dir}/elsewhere/Dockerfile`);
    expect(one.dockerfileName).toMatch(/^\.dockerfile\.[0-9a-f]{20}$/);
    expect(two.dockerfileName).toBe(one.dockerfileName);
    expect(one.entries.map((e) => e.name)).toEqual(['a.txt', '.dockerignore', one.dockerfileName]);
  });

  it('lists a Dockerfile from outside the context in the .dockerignore it sends, as the docker CLI does', async () => {
    // The engine removes what .dockerignore lists after reading the Dockerfile, so `COPY . /`
    // does not put the Dockerfile into the image.
    const dir = context({ 'ctx/a.txt': 'a', 'elsewhere/Dockerfile': 'FROM scratch\n' });
    const none = await readBuildContext(`${dir}/ctx`, `${dir}/elsewhere/Dockerfile`);
    const made = none.entries.find((e) => e.name === '.dockerignore')!;
    expect(made.content!.toString()).toBe(`.dockerignore\n${none.dockerfileName}\n`);
    expect(made.size).toBe(made.content!.length);

    writeFiles(dir, { 'ctx/.dockerignore': '*.log' });
    const some = await readBuildContext(`${dir}/ctx`, `${dir}/elsewhere/Dockerfile`);
    const kept = some.entries.filter((e) => e.name === '.dockerignore');
    expect(kept).toHaveLength(1);
    expect(kept[0]!.content!.toString()).toBe(`*.log\n${some.dockerfileName}\n`);
    expect(kept[0]!.mode).toBe(0o644);
  });

  it('matches patterns case-sensitively, as Docker does on Linux', async () => {
    const dir = context({
      Dockerfile: 'FROM scratch\n',
      '.dockerignore': 'readme.md\n*.log\n',
      'README.md': 'r',
      'readme.md': 'r',
      'Build.LOG': 'l',
      'build.log': 'l',
    });
    expect(await sentFiles(dir)).toEqual(['.dockerignore', 'Build.LOG', 'Dockerfile', 'README.md']);
  });

  it('names a missing context directory', async () => {
    const err = await readBuildContext('/nonexistent/ctx').catch((e: unknown) => e);
    expect(err).toBeInstanceOf(PinshipError);
    expect((err as PinshipError).format()).toBe('context: the build context /nonexistent/ctx is not a directory');
  });

  it('refuses a name that is not valid UTF-8, naming it, unless .dockerignore excludes it', async () => {
    const dir = context({ Dockerfile: 'FROM scratch\n', 'data/ok.txt': 'ok' });
    // "café.txt" in Latin-1: the byte 0xE9 alone is not UTF-8.
    writeFileSync(Buffer.concat([Buffer.from(`${dir}/data/caf`), Buffer.from([0xe9]), Buffer.from('.txt')]), 'x');
    mkdirSync(`${dir}/data/\ufffd-valid`);
    const err = await readBuildContext(dir).catch((e: unknown) => e);
    expect((err as PinshipError).format()).toBe(
      `context: reading the build context ${dir}: the name "data/caf\ufffd.txt" is not valid UTF-8 (U+FFFD ` +
        'stands for its undecodable bytes); pinship sends names as UTF-8 text (rename it to UTF-8, or exclude ' +
        'it in .dockerignore)',
    );
    writeFileSync(`${dir}/.dockerignore`, 'data/caf*\n');
    const ctx = await readBuildContext(dir);
    // A name that holds U+FFFD itself is valid UTF-8 and is sent.
    expect(ctx.entries.map((e) => e.name)).toEqual([
      '.dockerignore',
      'Dockerfile',
      'data',
      'data/ok.txt',
      'data/\ufffd-valid',
    ]);
  });

  it('takes a Dockerfile that links out of the context as one from outside; a link within stays', async () => {
    const outer = context({
      'ctx/a.txt': 'a',
      'elsewhere/Df': 'FROM scratch\n',
      'ctx/docker/Df.prod': 'FROM scratch\n',
    });
    symlinkSync('../elsewhere/Df', `${outer}/ctx/Dockerfile`);
    const linkedOut = await readBuildContext(`${outer}/ctx`);
    expect(linkedOut.dockerfileName).toMatch(/^\.dockerfile\.[0-9a-f]{20}$/);
    expect(linkedOut.dockerfileContent.toString()).toBe('FROM scratch\n');
    rmSync(`${outer}/ctx/Dockerfile`);
    symlinkSync('docker/Df.prod', `${outer}/ctx/Dockerfile`);
    expect((await readBuildContext(`${outer}/ctx`)).dockerfileName).toBe('Dockerfile');
  });

  it('names a missing Dockerfile', async () => {
    const dir = context({ 'a.txt': 'a' });
    const err = await readBuildContext(dir).catch((e: unknown) => e);
    expect((err as PinshipError).format()).toContain(`file: the Dockerfile ${dir}/Dockerfile does not exist`);
  });
});
