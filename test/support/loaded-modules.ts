import { spawnSync, type SpawnSyncOptions } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { DIST } from './dist.js';
import { writeLoadRecorder } from './load-recorder.js';
import { scratchDir } from './scratch.js';

/** Bundle files (relative to DIST) that carry a package's code: esbuild marks each module's path. */
export function filesCarrying(pkg: string): string[] {
  const files = readdirSync(join(DIST, 'chunks')).map((f) => `chunks/${f}`);
  return files.filter((f) => readFileSync(join(DIST, f), 'utf8').includes(`node_modules/${pkg}/`));
}

export interface LoadedBy {
  status: number | null;
  stdout: string;
  stderr: string;
  /** The bundle files (relative to DIST) Node loaded. */
  files: string[];
}

/** Runs the bundled CLI with `args`; says which bundle files Node loaded. */
export function bundleFilesLoadedBy(args: string[], options: SpawnSyncOptions = {}): LoadedBy {
  const { hook, log } = writeLoadRecorder(scratchDir('pinship-loaded-'));
  const run = spawnSync(process.execPath, ['--import', pathToFileURL(hook).href, join(DIST, 'cli/index.js'), ...args], {
    cwd: scratchDir('pinship-cwd-'),
    env: { PATH: process.env.PATH, HOME: '/nonexistent' },
    ...options,
    encoding: 'utf8',
  });
  const prefix = `${pathToFileURL(DIST).href}/`;
  const urls = readFileSync(log, 'utf8').split('\n');
  const files = urls.filter((u) => u.startsWith(prefix)).map((u) => u.slice(prefix.length));
  return { status: run.status, stdout: run.stdout, stderr: run.stderr, files };
}
