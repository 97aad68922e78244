// Sizes of the bundles for bench/startup.ts: an entry's static import closure (what Node reads
// before the entry's first statement runs) and a folder's total.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';

/** Relative static imports of a bundled ESM file (esbuild writes `import ... from "./x.js"`). */
const STATIC_IMPORT = /^import\s[^'"`;]*?["'](\.{1,2}\/[^"']+)["']/gm;

/** Bytes of `entry` and every bundle file it imports statically, each counted once. */
export function staticClosure(entry: string, seen = new Set<string>()): number {
  const file = resolve(entry);
  if (seen.has(file)) return 0;
  seen.add(file);
  const text = readFileSync(file, 'utf8');
  let bytes = Buffer.byteLength(text);
  for (const m of text.matchAll(STATIC_IMPORT)) bytes += staticClosure(resolve(dirname(file), m[1]!), seen);
  return bytes;
}

/** Bytes of every file under `dir`. */
export function treeBytes(dir: string): number {
  return readdirSync(dir, { withFileTypes: true }).reduce(
    (sum, e) => sum + (e.isDirectory() ? treeBytes(join(dir, e.name)) : statSync(join(dir, e.name)).size),
    0,
  );
}
