// Sizes of the bundles for bench/startup.ts: an entry's static import closure (what Node reads
// before the entry's first statement runs), what a command loads in all, and a folder's total.
import { spawnSync, type SpawnSyncOptions } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { writeLoadRecorder } from '../test/support/load-recorder.js';

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

/** Bytes of the files under `dist` that Node loads while running `node ARGS` (a module hook lists them). */
export function loadedBytes(dist: string, args: string[], options: SpawnSyncOptions): number {
  const dir = mkdtempSync(join(tmpdir(), 'pinship-bench-loads-'));
  try {
    const { hook, log } = writeLoadRecorder(dir);
    spawnSync(process.execPath, ['--import', pathToFileURL(hook).href, ...args], {
      ...options,
      stdio: ['pipe', 'ignore', 'ignore'],
    });
    const prefix = pathToFileURL(resolve(dist)).href;
    const urls = new Set(readFileSync(log, 'utf8').split('\n'));
    return [...urls].filter((u) => u.startsWith(prefix)).reduce((sum, u) => sum + statSync(fileURLToPath(u)).size, 0);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
