import { spawnSync, type SpawnSyncOptions } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { DIST } from './dist.js';
import { writeLoadRecorder } from './load-recorder.js';
import { scratchDir } from './scratch.js';

/** Bundle files (relative to DIST) that carry a package's code: esbuild marks each module's path. */
export function filesCarrying(pkg: string): string[] {
  const files = readdirSync(DIST, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.js'));
  return files.filter((f) => readFileSync(join(DIST, f), 'utf8').includes(`node_modules/${pkg}/`));
}

export interface LoadedBy {
  status: number | null;
  stdout: string;
  stderr: string;
  /** The bundle files (relative to DIST) Node loaded. */
  files: string[];
}

export interface BundleLoads {
  /** Node's argument that preloads the hook. */
  importArg: string;
  /** The same through the environment, for a process started as the runner starts an action. */
  env: { NODE_OPTIONS: string };
  /** The bundle files (relative to DIST) loaded so far. */
  files: () => string[];
}

/** A module hook that records which bundle files a Node process loads. */
export function recordBundleLoads(): BundleLoads {
  const { hook, log } = writeLoadRecorder(scratchDir('pinship-loaded-'));
  const prefix = `${pathToFileURL(DIST).href}/`;
  const importArg = `--import=${pathToFileURL(hook).href}`;
  return {
    importArg,
    env: { NODE_OPTIONS: importArg },
    files: () => {
      const urls = readFileSync(log, 'utf8').split('\n');
      return urls.filter((u) => u.startsWith(prefix)).map((u) => u.slice(prefix.length));
    },
  };
}

/** Runs the bundled CLI with `args`; says which bundle files Node loaded. */
export function bundleFilesLoadedBy(args: string[], options: SpawnSyncOptions = {}): LoadedBy {
  const loads = recordBundleLoads();
  const run = spawnSync(process.execPath, [loads.importArg, join(DIST, 'cli/index.js'), ...args], {
    cwd: scratchDir('pinship-cwd-'),
    env: { PATH: process.env.PATH, HOME: '/nonexistent' },
    ...options,
    encoding: 'utf8',
  });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr, files: loads.files() };
}
