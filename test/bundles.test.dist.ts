import { spawnSync } from 'node:child_process';
import { cpSync, readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import YAML from 'yaml';
import { commentsOn, gitHubWithPull, recordOf, sha, TOKEN, writeRecord } from './report/support.js';
import { runBundledAction, runBundledActionAsync } from './support/actions-runner.js';
import { DIST } from './support/dist.js';
import { bundleFilesLoadedBy, filesCarrying, recordBundleLoads } from './support/loaded-modules.js';
import { scratchDir } from './support/scratch.js';

const ROOT = resolve(import.meta.dirname, '..');

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
    const ssh2 = filesCarrying('ssh2');
    expect(run.files.filter((f) => ssh2.includes(f))).not.toEqual([]);
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

/** Every bundle an action.yml runs as its main or post step: `pipeline`, `build`, `pin-post`... */
function actionBundles(): string[] {
  const files = [
    'action.yml',
    ...readdirSync(join(ROOT, 'actions')).map((verb) => join('actions', verb, 'action.yml')),
  ];
  return files.flatMap((file) => {
    const { runs } = YAML.parse(readFileSync(join(ROOT, file), 'utf8')) as { runs: { main: string; post?: string } };
    return [runs.main, runs.post]
      .filter((step) => step !== undefined)
      .map((step) => dirname(relative(join(ROOT, 'dist'), resolve(ROOT, dirname(file), step))));
  });
}

describe('undici (about 0.8 MB, for a record artifact only) is loaded by no step that moves no artifact', () => {
  const undici = filesCarrying('undici');

  it('is bundled into the artifact client (test/report/action-workflow-run.test.dist.ts has a step load it)', () => {
    expect(undici).toContain('artifact-client/index.js');
    expect(actionBundles().sort()).toEqual(
      ['build', 'pin', 'pin-post', 'pipeline', 'pipeline-post', 'report', 'run', 'run-post'].sort(),
    );
  });

  it.each(actionBundles())('the %s step, started without its inputs, loads no undici', (bundle) => {
    const loads = recordBundleLoads();
    const run = runBundledAction(bundle, {}, { cwd: scratchDir('pinship-action-'), env: loads.env });
    expect(run.stderr).toBe('');
    expect(loads.files()).toContain(`${bundle}/index.js`);
    expect(loads.files().filter((f) => undici.includes(f))).toEqual([]);
  });

  it("the report action posts a pull request's comment and check through the GitHub client, no undici", async () => {
    const { gh, pull, repo } = await gitHubWithPull(sha(3));
    try {
      const loads = recordBundleLoads();
      const run = await runBundledActionAsync(
        'report',
        { run: writeRecord(recordOf(sha(3), 1)), token: TOKEN, check: 'true' },
        {
          cwd: scratchDir('pinship-action-'),
          event: {
            pull_request: {
              number: pull.number,
              head: { sha: sha(3), ref: 'feature', repo: { full_name: 'acme/app' } },
              base: { sha: sha(1), ref: 'main', repo: { full_name: 'acme/app' } },
            },
          },
          env: {
            ...loads.env,
            GITHUB_API_URL: gh.url,
            GITHUB_REPOSITORY: 'acme/app',
            GITHUB_EVENT_NAME: 'pull_request',
          },
        },
      );
      expect(run.status, run.stdout).toBe(0);
      expect(commentsOn(gh, pull.number)).toHaveLength(1);
      expect(repo.checkRuns).toHaveLength(1);
      const octokit = filesCarrying('@octokit/core');
      expect(loads.files().filter((f) => octokit.includes(f))).not.toEqual([]);
      expect(loads.files().filter((f) => undici.includes(f))).toEqual([]);
      expect(gh.problems).toEqual([]);
    } finally {
      await gh.close();
    }
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
