import { createHash } from 'node:crypto';
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { listOutputFiles } from '../../src/run/output-files.js';

const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));
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
