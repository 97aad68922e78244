import { createHash } from 'node:crypto';
import { execFileSync } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'esbuild';
import { afterAll, describe, expect, it } from 'vitest';
import { Nobody } from '../support/as-nobody.js';
import type { OutputFile } from '../../src/record/types.js';
import type { RunStop } from '../../src/run/backend.js';
import { listOutputFiles } from '../../src/run/output-files.js';

const dirs: string[] = [];
afterAll(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});
const sha = (text: string) => createHash('sha256').update(text).digest('hex');

describe('listOutputFiles on what a hostile shard leaves', () => {
  it('lists regular files with odd names, by their bytes, and never follows links or special files', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'pinship-outputs-'));
    dirs.push(dir);
    mkdirSync(join(dir, 'a/b'), { recursive: true });
    writeFileSync(join(dir, 'a/b/deep.txt'), 'deep');
    writeFileSync(join(dir, 'with space.txt'), 'sp');
    writeFileSync(join(dir, 'new\nline'), 'nl');
    writeFileSync(join(dir, 'ünï-π.txt'), 'u');
    // A name that is not UTF-8: Node's string paths cannot even open it.
    writeFileSync(Buffer.concat([Buffer.from(`${dir}/bad`), Buffer.from([0xff]), Buffer.from('name')]), 'raw');
    symlinkSync('/etc/passwd', join(dir, 'passwd-link'));
    symlinkSync('/', join(dir, 'root-link'));
    execFileSync('mkfifo', [join(dir, 'fifo')]);

    const files = await listOutputFiles(dir);
    expect(files).toEqual([
      { path: 'a/b/deep.txt', size: 4, sha256: sha('deep') },
      { path: 'bad\uFFFDname', size: 3, sha256: sha('raw') },
      { path: 'new\nline', size: 2, sha256: sha('nl') },
      { path: 'with space.txt', size: 2, sha256: sha('sp') },
      { path: 'ünï-π.txt', size: 1, sha256: sha('u') },
    ]);
  });
});

/**
 * Lists `dir` as uid/gid 65534 with no groups, as pinship runs on a hosted runner while the
 * container wrote as root (the tests run as root, which reads anything). The module is bundled
 * as it is, then run by that user through util-linux's setpriv.
 */
async function listAsNobody(dir: string): Promise<OutputFile[]> {
  const script = join(dir, '..', 'list.mjs');
  await build({
    stdin: {
      contents:
        'import { listOutputFiles } from ' +
        `${JSON.stringify(join(import.meta.dirname, '../../src/run/output-files.ts'))};\n` +
        'process.stdout.write(JSON.stringify(await listOutputFiles(process.argv[2])));',
      resolveDir: import.meta.dirname,
      loader: 'ts',
    },
    bundle: true,
    platform: 'node',
    format: 'esm',
    outfile: script,
    logLevel: 'silent',
  });
  chmodSync(script, 0o644);
  const nobody = new Nobody('pinship-outputs-node-');
  dirs.push(nobody.scratch);
  const run = nobody.run([script, dir]);
  expect(run.status, run.stderr).toBe(0);
  return JSON.parse(run.stdout) as OutputFile[];
}

describe('listOutputFiles as a user that cannot read what root wrote', () => {
  it('lists a 0600 file with its size and no hash, and a 0700 or 0644 folder as unreadable', async () => {
    // A fresh traversable parent: mkdtemp makes 0700, which the unprivileged user could not enter.
    const parent = mkdtempSync(join(tmpdir(), 'pinship-outputs-nobody-'));
    dirs.push(parent);
    chmodSync(parent, 0o755);
    const dir = join(parent, 'shard');
    mkdirSync(join(dir, 'private/inner'), { recursive: true });
    mkdirSync(join(dir, 'noexec'));
    writeFileSync(join(dir, 'open.txt'), 'open');
    writeFileSync(join(dir, 'secret.bin'), 'x'.repeat(1234), { mode: 0o600 });
    writeFileSync(join(dir, 'private/inner/hidden.txt'), 'hidden');
    writeFileSync(join(dir, 'noexec/named.txt'), 'named');
    chmodSync(join(dir, 'secret.bin'), 0o600);
    chmodSync(join(dir, 'private'), 0o700);
    chmodSync(join(dir, 'noexec'), 0o644); // `chmod -R 644`: names readable, sizes not
    chmodSync(dir, 0o755);

    expect(await listAsNobody(dir)).toEqual([
      { path: 'noexec', kind: 'directory', size: 0, sha256: null, unreadable: 'permission denied' },
      { path: 'open.txt', size: 4, sha256: sha('open') },
      { path: 'private', kind: 'directory', size: 0, sha256: null, unreadable: 'permission denied' },
      { path: 'secret.bin', size: 1234, sha256: null, unreadable: 'permission denied' },
    ]);
  });
});

/** A 100 GB file that takes no disk (sparse): hashing it whole would take minutes. */
function hugeSparseFile(dir: string, name: string): number {
  const size = 100 * 1024 ** 3;
  writeFileSync(join(dir, name), '');
  truncateSync(join(dir, name), size);
  return size;
}

function stopped(kind: RunStop['kind']): AbortSignal {
  return AbortSignal.abort({ kind, message: 'test' } satisfies RunStop);
}

describe('listOutputFiles once the run is stopped', () => {
  it('lists every file with its size but hashes none when the grace is over (timeout)', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'pinship-outputs-stopped-'));
    dirs.push(dir);
    const size = hugeSparseFile(dir, 'big.bin');
    writeFileSync(join(dir, 'small.txt'), 'small');

    const files = await listOutputFiles(dir, { stop: stopped('timeout'), graceMs: 0 });
    const unhashed = { sha256: null, unreadable: 'not hashed: the run timed out', notHashed: true };
    expect(files).toEqual([
      { path: 'big.bin', size, ...unhashed },
      { path: 'small.txt', size: 5, ...unhashed },
    ]);
  });

  it('still hashes a small file right after the stop, within the grace', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'pinship-outputs-grace-'));
    dirs.push(dir);
    writeFileSync(join(dir, 'small.txt'), 'small');
    expect(await listOutputFiles(dir, { stop: stopped('signal') })).toEqual([
      { path: 'small.txt', size: 5, sha256: sha('small') },
    ]);
  });

  it('cuts the file being hashed when the stop comes mid-file', { timeout: 30_000 }, async () => {
    const dir = mkdtempSync(join(tmpdir(), 'pinship-outputs-midfile-'));
    dirs.push(dir);
    const size = hugeSparseFile(dir, 'big.bin');
    const stop = new AbortController();
    const listing = listOutputFiles(dir, { stop: stop.signal, graceMs: 100 });
    setTimeout(() => stop.abort({ kind: 'signal', message: 'ctrl-c' } satisfies RunStop), 200);
    expect(await listing).toEqual([
      { path: 'big.bin', size, sha256: null, unreadable: 'not hashed: the run was stopped', notHashed: true },
    ]);
  });
});
