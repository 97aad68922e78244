import { execFileSync } from 'node:child_process';
import { chmodSync, utimesSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { readBuildContext } from '../../src/build/context/read-context.js';
import { computeInputDigest, quote, type BuildParameters } from '../../src/build/input-digest.js';
import { inputDigestTag } from '../../src/build/tags.js';
import { hashFiles } from '../../src/git/blob-hash.js';
import { tempDir, writeFiles } from './helpers.js';

let cleanup = () => {};
afterEach(() => cleanup());

const params: BuildParameters = { buildArgs: { A: '1' }, labels: {} };

async function digestOf(dir: string, p: BuildParameters = params): Promise<string> {
  return computeInputDigest(await readBuildContext(dir), p, { threads: 1 });
}

function fixture(): string {
  const t = tempDir();
  cleanup = t.cleanup;
  writeFiles(t.dir, {
    Dockerfile: 'FROM scratch\nCOPY . /\n',
    '.dockerignore': 'ignored/\n',
    'src/main.sh': 'echo hi\n',
    'src/big.bin': 'x'.repeat(20_000),
    'ignored/cache.txt': 'one',
  });
  return t.dir;
}

describe('computeInputDigest', () => {
  it('is a sha256 digest and stable across runs and mtimes', async () => {
    const dir = fixture();
    const first = await digestOf(dir);
    expect(first).toMatch(/^sha256:[0-9a-f]{64}$/);
    utimesSync(`${dir}/src/main.sh`, new Date(2001, 1, 1), new Date(2001, 1, 1));
    expect(await digestOf(dir)).toBe(first);
    expect(inputDigestTag(first)).toBe(`in-${first.slice(7, 39)}`);
  });

  it('does not change when an ignored file changes', async () => {
    const dir = fixture();
    const first = await digestOf(dir);
    writeFiles(dir, { 'ignored/cache.txt': 'two', 'ignored/new.txt': 'new' });
    expect(await digestOf(dir)).toBe(first);
  });

  it('changes with any byte of a sent file, its mode, a new file, the Dockerfile or a parameter', async () => {
    const dir = fixture();
    const seen = new Set([await digestOf(dir)]);
    const expectNew = async (p: BuildParameters = params) => {
      const d = await digestOf(dir, p);
      expect(seen.has(d)).toBe(false);
      seen.add(d);
    };
    writeFiles(dir, { 'src/big.bin': `${'x'.repeat(19_999)}y` });
    await expectNew();
    chmodSync(`${dir}/src/main.sh`, 0o755);
    await expectNew();
    writeFiles(dir, { 'src/extra.txt': '' });
    await expectNew();
    writeFiles(dir, { Dockerfile: 'FROM scratch\nCOPY . /app/\n' });
    await expectNew();
    await expectNew({ ...params, buildArgs: { A: '2' } });
    await expectNew({ ...params, target: 'runtime' });
    await expectNew({ ...params, platform: 'linux/arm64' });
    await expectNew({ ...params, labels: { team: 'x' } });
  });
});

describe('hashFiles', () => {
  it('gives the same ids on worker threads as on the calling thread, and as git hash-object', async () => {
    const t = tempDir();
    cleanup = t.cleanup;
    const files: Record<string, string> = {};
    for (let i = 0; i < 600; i++) files[`f${i}.txt`] = `file ${i} `.repeat(i % 50);
    files['big.bin'] = 'z'.repeat((1 << 20) * 2 + 3);
    writeFiles(t.dir, files);
    const list = Object.entries(files).map(([name, content]) => ({
      path: `${t.dir}/${name}`,
      size: Buffer.byteLength(content),
    }));
    const single = await hashFiles(list, { threads: 1 });
    const threaded = await hashFiles(list, { threads: 2, threadedAboveBytes: 0 });
    expect(threaded).toEqual(single);
    const ids = execFileSync('git', ['hash-object', 'f7.txt', 'big.bin', 'f0.txt'], { cwd: t.dir, encoding: 'utf8' })
      .trim()
      .split('\n');
    expect([single[7], single[600], single[0]]).toEqual(ids);
  });
});

describe('quote', () => {
  it('writes names exactly as JSON.stringify does, hostile ones included', () => {
    const names = [
      'app/main.py',
      'say "hi".txt',
      'back\\slash',
      'tab\there',
      'bell\u0007',
      'del\u007f',
      'é/ü',
      '😀.txt',
      'lone\ud800',
      'low\udc00end',
      'line\u2028sep',
      '',
    ];
    for (const name of names) expect(quote(name)).toBe(JSON.stringify(name));
  });
});
