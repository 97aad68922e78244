import { build } from 'esbuild';
import { chmodSync, mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connectEngine } from '../../../src/docker/engine.js';
import { Nobody } from '../../support/as-nobody.js';
import { testInfra, uniqueRepo } from '../../support/infra.js';
import { cleanEnv, removeLocalImages, writeFiles } from '../helpers.js';

// Tests run as root, who reads everything: the reads under test run as `nobody` (see
// test/support/as-nobody.ts), in the docker group (as a CI runner's user is) so that the CLI
// reaches the engine.
const infra = testInfra();
const repos: string[] = [];
let nobody: Nobody;
let scratch = '';
let child = '';
let cli = '';

beforeAll(async () => {
  expect(process.getuid?.()).toBe(0); // root makes the entries `nobody` cannot read
  nobody = new Nobody('pinship-unreadable-');
  scratch = nobody.scratch;
  cli = nobody.cli();
  child = join(scratch, 'read-context-child.mjs');
  await build({
    entryPoints: [join(import.meta.dirname, 'read-context-child.ts')],
    outfile: child,
    bundle: true,
    platform: 'node',
    format: 'esm',
    banner: { js: "import { createRequire } from 'node:module'; const require = createRequire(import.meta.url);" },
    logLevel: 'warning',
  });
});

afterAll(async () => {
  rmSync(scratch, { recursive: true, force: true });
  await removeLocalImages(await connectEngine(), repos);
});

function asNobody(args: string[]) {
  return nobody.run(args, { engine: true, env: cleanEnv({ HOME: '/nonexistent' }) });
}

/** A context under the scratch dir, readable by all except what `lock` makes root-only. */
function context(name: string, files: Record<string, string>, lock: Record<string, number>): string {
  const dir = join(scratch, name);
  writeFiles(dir, { Dockerfile: `FROM ${infra.baseImage}\nCOPY . /app\n`, ...files });
  for (const [path, mode] of Object.entries(lock)) {
    if (mode === 0o700) mkdirSync(join(dir, path), { recursive: true });
    chmodSync(join(dir, path), mode);
  }
  return dir;
}

function cliBuild(dir: string) {
  const image = uniqueRepo(infra, 'unreadable');
  repos.push(image);
  const run = asNobody([cli, 'build', '--context', dir, '--image', image]);
  return { ...run, image };
}

async function localImages(image: string): Promise<number> {
  return (await (await connectEngine()).listImages({ filters: { reference: [image] } })).length;
}

function childRead(
  mode: 'digest' | 'tar',
  dir: string,
): { ok: boolean; pinship?: boolean; field?: string; message?: string } {
  const run = asNobody([child, mode, dir]);
  expect(run.status, run.stderr).toBe(0);
  return JSON.parse(run.stdout) as never;
}

const denied = (dir: string, entry: string) =>
  `context: reading the build context ${dir}: cannot read ${entry}: permission denied ` +
  '(make it readable by this user or exclude it in .dockerignore; docker build fails on it too)';

describe('a build context holding entries this user cannot read', () => {
  it('a root-only directory: one error naming the context and the entry, exit 1, nothing built', async () => {
    const dir = context('dir-0700', { 'a.txt': 'a', 'cache/owned-by-root/x': 'x' }, { 'cache/owned-by-root': 0o700 });
    const run = cliBuild(dir);
    expect(run.status).toBe(1);
    expect(run.stderr.trim().split('\n').at(-1)).toBe(`pinship build: error: ${denied(dir, 'cache/owned-by-root')}`);
    expect(run.stderr).not.toContain('EACCES');
    expect(await localImages(run.image)).toBe(0);
  });

  it('a root-only file, hashed for the input digest: the same error naming the file', async () => {
    const dir = context('file-0600', { 'a.txt': 'a', 'secret.key': 'k' }, { 'secret.key': 0o600 });
    const run = cliBuild(dir);
    expect(run.status).toBe(1);
    expect(run.stderr.trim().split('\n').at(-1)).toBe(`pinship build: error: ${denied(dir, 'secret.key')}`);
    expect(await localImages(run.image)).toBe(0);
  });

  it('both excluded by .dockerignore: never opened, and the build succeeds', async () => {
    const dir = context(
      'ignored',
      { '.dockerignore': 'cache\nsecret.key\n', 'a.txt': 'a', 'secret.key': 'k', 'cache/root/x': 'x' },
      {
        'secret.key': 0o600,
        'cache/root': 0o700,
      },
    );
    const run = cliBuild(dir);
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout.trim()).toBe(`${run.image}:latest`);
    expect(await localImages(run.image)).toBe(1);
  });

  it('a root-only Dockerfile or .dockerignore: an error naming it, nothing built', async () => {
    const file = context('dockerfile-0600', { 'a.txt': 'a' }, { Dockerfile: 0o600 });
    const a = cliBuild(file);
    expect(a.status).toBe(1);
    expect(a.stderr.trim().split('\n').at(-1)).toBe(
      `pinship build: error: file: the Dockerfile ${file}/Dockerfile cannot be read: permission denied (give its ` +
        'path with --file / the file input)',
    );
    const ignore = context('dockerignore-0600', { '.dockerignore': 'x\n' }, { '.dockerignore': 0o600 });
    const b = cliBuild(ignore);
    expect(b.status).toBe(1);
    expect(b.stderr.trim().split('\n').at(-1)).toBe(
      `pinship build: error: context: reading the build context ${ignore}: cannot read .dockerignore: permission ` +
        'denied (make it readable by this user)',
    );
    expect(await localImages(a.image)).toBe(0);
    expect(await localImages(b.image)).toBe(0);
  });

  it('hashed in a worker thread: the error crosses the thread and still names the entry', () => {
    const files: Record<string, string> = {};
    for (let i = 0; i < 600; i++) files[`f-${String(i).padStart(3, '0')}`] = `file ${i}`;
    // 256-file batches: the one worker is handed the first two, the calling thread the third, so
    // the unreadable file (in the first) is read by the worker.
    const dir = context('threads', files, { 'f-010': 0o600 });
    expect(childRead('digest', dir)).toEqual({
      ok: false,
      pinship: true,
      field: 'context',
      message: denied(dir, 'f-010'),
    });
  });

  it('streamed as the tar sent to the engine: the same error naming the file', () => {
    const dir = context('tar', { 'a.txt': 'a', 'data/root.bin': 'r' }, { 'data/root.bin': 0o600 });
    expect(childRead('tar', dir)).toEqual({
      ok: false,
      pinship: true,
      field: 'context',
      message: denied(dir, 'data/root.bin'),
    });
  });
});
