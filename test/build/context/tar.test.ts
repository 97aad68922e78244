import { execFileSync } from 'node:child_process';
import { createWriteStream, lstatSync, mkdirSync, readFileSync, readlinkSync, symlinkSync, chmodSync } from 'node:fs';
import { pipeline } from 'node:stream/promises';
import { afterEach, describe, expect, it } from 'vitest';
import { readBuildContext } from '../../../src/build/context/read-context.js';
import { packContext, tarSize } from '../../../src/build/context/tar.js';
import { tempDir, writeFiles } from '../helpers.js';

let cleanup = () => {};
afterEach(() => cleanup());

// The tar is read back by GNU tar, an independent reader, and compared with the files.
describe('packContext', () => {
  it('writes a tar GNU tar reads back byte for byte: long and non-ASCII names, modes, links, big files', async () => {
    const t = tempDir();
    cleanup = t.cleanup;
    const src = `${t.dir}/src`;
    const longDir = `${'d'.repeat(60)}/${'e'.repeat(60)}/${'f'.repeat(60)}`;
    const files: Record<string, string> = {
      Dockerfile: 'FROM scratch\n',
      '.dockerignore': 'skip.txt\n',
      'skip.txt': 'not sent',
      'small.txt': 'hello',
      'empty.txt': '',
      [`${longDir}/${'n'.repeat(99)}.txt`]: 'long path via prefix',
      [`${'x'.repeat(120)}.txt`]: 'long name via PAX',
      'ünïcode/名前.txt': 'non-ASCII via PAX',
      'big.bin': 'b'.repeat(3 * 1024 * 1024 + 7),
    };
    writeFiles(src, files);
    chmodSync(`${src}/small.txt`, 0o751);
    symlinkSync(`../${'t'.repeat(150)}`, `${src}/far-link`);
    mkdirSync(`${src}/empty-dir`);

    const context = await readBuildContext(src);
    let reported = 0;
    await pipeline(packContext(context, { onBytes: (n) => (reported = n) }), createWriteStream(`${t.dir}/ctx.tar`));
    expect(reported).toBe(lstatSync(`${t.dir}/ctx.tar`).size);
    // The upload progress's total ("sending context: x / total MB") is the tar's exact length.
    expect(tarSize(context)).toBe(reported);
    mkdirSync(`${t.dir}/out`);
    execFileSync('tar', ['-xf', `${t.dir}/ctx.tar`, '-C', `${t.dir}/out`]);

    // Names as they are: without a UTF-8 locale (LANG unset), tar would print ü as \303\274.
    const listed = execFileSync('tar', ['--quoting-style=literal', '-tf', `${t.dir}/ctx.tar`], { encoding: 'utf8' })
      .trim()
      .split('\n')
      .map((n) => n.replace(/\/$/, ''));
    expect(listed).toEqual(context.entries.map((e) => e.name));
    expect(listed).not.toContain('skip.txt');
    for (const [name, content] of Object.entries(files)) {
      if (name === 'skip.txt') continue;
      expect(readFileSync(`${t.dir}/out/${name}`, 'utf8'), name).toBe(content);
    }
    expect(lstatSync(`${t.dir}/out/small.txt`).mode & 0o777).toBe(0o751);
    expect(lstatSync(`${t.dir}/out/empty-dir`).isDirectory()).toBe(true);
    expect(readlinkSync(`${t.dir}/out/far-link`)).toBe(`../${'t'.repeat(150)}`);
    const verbose = execFileSync('tar', ['-tvf', `${t.dir}/ctx.tar`, 'small.txt'], { encoding: 'utf8' });
    expect(verbose).toMatch(/^-rwxr-x--x root\/root|^-rwxr-x--x 0\/0/);
  });
});
