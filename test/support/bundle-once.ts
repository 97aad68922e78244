import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { DIST } from './dist.js';

/**
 * Vitest global setup: bundles this source once, into the tests' scratch folder, before any test
 * file runs, so the tests that spawn <verb>/index.js run what the runner would run, and no test
 * rebundles while another one executes a bundle.
 */
export default function bundleOnce(): void {
  const root = resolve(import.meta.dirname, '../..');
  const args = ['scripts/bundle.mjs', '--outdir', DIST];
  const out = spawnSync(process.execPath, args, { cwd: root, encoding: 'utf8' });
  if (out.status !== 0) throw new Error(`bundling into ${DIST} failed:\n${out.stderr}`);
}
