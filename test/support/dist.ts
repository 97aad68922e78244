import { join, resolve } from 'node:path';

/**
 * The bundles the tests run: scripts/bundle.mjs writes them here from this source once before
 * the tests (test/support/bundle-once.ts), a scratch folder git ignores, so running the tests
 * never rewrites the committed dist/.
 */
export const DIST = resolve(import.meta.dirname, '../../.pinship/test-dist');

/** A bundle of DIST: `cli/index.js`, `run/index.js`... */
export function bundled(path: string): string {
  return join(DIST, path);
}
