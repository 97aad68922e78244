import { spawnSync } from 'node:child_process';
import { cpSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { recordOf, sha, writeRecord } from './report/support.js';
import { DIST } from './support/dist.js';
import { bundleFilesLoadedBy, filesCarrying } from './support/loaded-modules.js';
import { scratchDir } from './support/scratch.js';

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

describe('a verb that talks to the Docker engine loads its client, not BuildKit or ssh', () => {
  const dockerode = filesCarrying('dockerode');
  const unused = [...filesCarrying('@grpc/grpc-js'), ...filesCarrying('protobufjs'), ...filesCarrying('ssh2')];
  const build = (dockerHost: string) =>
    bundleFilesLoadedBy(['build', '--image', '127.0.0.1:5000/team/compute'], {
      env: { PATH: process.env.PATH, HOME: '/nonexistent', DOCKER_HOST: dockerHost },
    });

  it('pinship build reaches for the engine having loaded dockerode but neither gRPC, protobufjs nor ssh2', () => {
    expect(dockerode.length).toBeGreaterThan(0);
    const run = build('unix:///nonexistent/docker.sock');
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('cannot reach the Docker engine at unix:///nonexistent/docker.sock');
    expect(run.files.filter((f) => dockerode.includes(f))).not.toEqual([]);
    expect(run.files.filter((f) => unused.includes(f))).toEqual([]);
  });

  it('an ssh:// DOCKER_HOST loads the ssh transport and connects through it', () => {
    const run = build('ssh://nobody@127.0.0.1:1');
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('cannot reach the Docker engine at ssh://nobody@127.0.0.1:1: connect ECONNREFUSED');
    expect(run.files.filter((f) => filesCarrying('ssh2').includes(f))).not.toEqual([]);
  });
});

describe('a report to a file loads no schema compiler and no GitHub client', () => {
  it('validates the record with the precompiled validator, and refuses a bad one by its field', () => {
    const compiler = filesCarrying('ajv/dist/compile');
    const github = [...filesCarrying('@octokit/core'), ...filesCarrying('@octokit/rest')];
    expect(github.length).toBeGreaterThan(0);
    const good = bundleFilesLoadedBy(['report', '--run', writeRecord(recordOf(sha(1), 1))]);
    expect(good.status, good.stderr).toBe(0);
    expect(good.stdout).toMatch(/^### .* pinship run `default`: failure$/m);
    expect(good.files.filter((f) => compiler.includes(f) || github.includes(f))).toEqual([]);
    const bad = bundleFilesLoadedBy(['report', '--run', writeRecord({ ...recordOf(sha(1), 1), conclusion: 'maybe' })]);
    expect(bad.status).toBe(1);
    expect(bad.stderr).toMatch(/: \/conclusion: not a valid run record: must be equal to one of the allowed values/);
  });
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
