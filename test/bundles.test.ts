import { spawnSync } from 'node:child_process';
import { cpSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { recordOf, sha, writeRecord } from './report/support.js';
import { DIST } from './support/dist.js';
import { scratchDir } from './support/scratch.js';

/** Bundle files (relative to DIST) that carry a package's code: esbuild marks each module's path. */
function filesCarrying(pkg: string): string[] {
  const files = readdirSync(join(DIST, 'chunks')).map((f) => `chunks/${f}`);
  return files.filter((f) => readFileSync(join(DIST, f), 'utf8').includes(`node_modules/${pkg}/`));
}

/** A module hook, preloaded with --import, that writes the URL of every module Node loads to a file. */
function loadRecorder(): { hook: string; log: string } {
  const dir = scratchDir('pinship-loaded-');
  const hook = join(dir, 'record-loads.mjs');
  const log = join(dir, 'loaded.txt');
  writeFileSync(
    hook,
    "import { registerHooks } from 'node:module';\nimport { appendFileSync } from 'node:fs';\n" +
      `registerHooks({ load(url, context, next) { appendFileSync(${JSON.stringify(log)}, url + '\\n'); ` +
      'return next(url, context); } });\n',
  );
  writeFileSync(log, '');
  return { hook, log };
}

/** Runs the bundled CLI; returns the bundle files (relative to DIST) Node loaded. */
function bundleFilesLoadedBy(args: string[]): { status: number | null; files: string[] } {
  const { hook, log } = loadRecorder();
  const run = spawnSync(process.execPath, ['--import', pathToFileURL(hook).href, join(DIST, 'cli/index.js'), ...args], {
    cwd: scratchDir('pinship-cwd-'),
    env: { PATH: process.env.PATH, HOME: '/nonexistent' },
    encoding: 'utf8',
  });
  const prefix = `${pathToFileURL(DIST).href}/`;
  const urls = readFileSync(log, 'utf8').split('\n');
  return { status: run.status, files: urls.filter((u) => u.startsWith(prefix)).map((u) => u.slice(prefix.length)) };
}

describe('start-up loads what the verb needs', () => {
  const kubernetes = filesCarrying('@kubernetes/client-node');
  const grpc = filesCarrying('@grpc/grpc-js');

  it('finds the Kubernetes client and BuildKit gRPC in chunks, and run --overlay loads the client', () => {
    expect(kubernetes.length).toBeGreaterThan(0);
    expect(grpc.length).toBeGreaterThan(0);
    const run = bundleFilesLoadedBy(['run', '--overlay', '.', '--kubeconfig', '/nonexistent/kubeconfig']);
    expect(run.status).toBe(1);
    expect(run.files.filter((f) => kubernetes.includes(f))).not.toEqual([]);
  });

  it.each(['--version', '--help', 'build --help', 'pin --help', 'run --help', 'report --help'])(
    'pinship %s loads neither the Kubernetes client nor BuildKit gRPC',
    (line) => {
      const run = bundleFilesLoadedBy(line.split(' '));
      expect(run.status).toBe(0);
      expect(run.files).toContain('cli/index.js');
      expect(run.files.filter((f) => kubernetes.includes(f) || grpc.includes(f))).toEqual([]);
    },
  );
});

describe('the bundles in a clone without node_modules, as GitHub runs an action', () => {
  const clone = scratchDir('pinship-clone-');
  cpSync(DIST, join(clone, 'dist'), { recursive: true });
  const node = (args: string[], cwd = clone) =>
    spawnSync(process.execPath, args, { cwd, env: { PATH: process.env.PATH }, encoding: 'utf8' });

  it('has no node_modules to find', () => {
    expect(() => createRequire(join(clone, 'dist/cli/index.js')).resolve('yaml')).toThrow(/Cannot find module/);
  });

  it.each([
    ['build', 'image'],
    ['pin', 'overlays'],
    ['run', 'image'],
    ['report', 'run'],
  ])('the %s action starts and fails on its missing input %s', (verb, input) => {
    const run = node([join(clone, 'dist', verb, 'index.js')]);
    expect(run.status).toBe(1);
    expect(run.stdout).toMatch(new RegExp(`^::error::.*\\b${input}\\b`, 'm'));
  });

  it('reports a record as markdown', () => {
    const record = writeRecord(recordOf(sha(1), 1));
    const run = node([join(clone, 'dist/cli/index.js'), 'report', '--run', record]);
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/^### .* pinship run `default`: failure$/m);
  });

  it('refuses --format html at once, naming the packages the preview needs', () => {
    const record = writeRecord(recordOf(sha(1), 1));
    const run = node([join(clone, 'dist/cli/index.js'), 'report', '--run', record, '--format', 'html']);
    expect(run.status).toBe(1);
    expect(run.stdout).toBe('');
    expect(run.stderr).toContain('--format');
    for (const pkg of ['cmark-gfm', 'hast-util-from-html', 'hast-util-sanitize', 'hast-util-to-html', 'mermaid'])
      expect(run.stderr).toContain(pkg);
    expect(run.stderr).toContain('npm install');
  });
});
