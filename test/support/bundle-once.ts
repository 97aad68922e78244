import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';

/**
 * Vitest global setup: bundles dist/ once before any test file runs, so the tests that spawn
 * dist/<verb>/index.js run what the runner would run from this source, and no test rewrites
 * dist/ while another one executes it.
 */
export default function bundleOnce(): void {
  const root = resolve(import.meta.dirname, '../..');
  const out = spawnSync(process.execPath, ['scripts/bundle.mjs'], { cwd: root, encoding: 'utf8' });
  if (out.status !== 0) throw new Error(`bundling dist/ failed:\n${out.stderr}`);
}
