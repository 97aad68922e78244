import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { DIST } from './dist.js';

const ROOT = resolve(import.meta.dirname, '../..');
/** What the bundles are made of: the source, the bundler script and the locked dependencies. */
const INPUTS = ['src', 'scripts/bundle.mjs', 'package.json', 'package-lock.json'];
/** Written beside the bundles: the hash of INPUTS they were made from. */
const STAMP = join(DIST, '.inputs-hash');

/**
 * Vitest global setup: bundles this source once, into the tests' scratch folder, before any test
 * file runs, so the tests that spawn <verb>/index.js run what the runner would run, and no test
 * rebundles while another one executes a bundle. Skipped when the bundles there were made from
 * these very inputs (a contributor's next run without changes); dependencies count by the lock
 * file, as `npm ci` installs them.
 */
export default function bundleOnce(): void {
  const hash = inputsHash();
  if (existsSync(STAMP) && readFileSync(STAMP, 'utf8') === hash) return;
  const out = spawnSync(process.execPath, ['scripts/bundle.mjs', '--outdir', DIST], { cwd: ROOT, encoding: 'utf8' });
  if (out.status !== 0) throw new Error(`bundling into ${DIST} failed:\n${out.stderr}`);
  writeFileSync(STAMP, hash);
}

function inputsHash(): string {
  const hash = createHash('sha256');
  for (const file of INPUTS.flatMap((path) => filesUnder(join(ROOT, path))))
    hash.update(`${file}\0`).update(readFileSync(file)).update('\0');
  return hash.digest('hex');
}

/** `path` itself when it is a file, else every file below it, sorted. */
function filesUnder(path: string): string[] {
  if (!statSync(path).isDirectory()) return [path];
  return readdirSync(path, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile())
    .map((e) => join(e.parentPath, e.name))
    .sort();
}
