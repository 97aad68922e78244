import { spawn } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startGitHubStandIn, type GitHubStandIn } from '../standins/github/server.js';
import { bareRemote, clone, sh, showRemote } from '../git/remote.js';
import { overlayFiles, PIN_ACTION_DEFAULTS, readTree } from './fixtures.js';
import { runBundledActionAsync } from '../support/actions-runner.js';
import { scratchDir } from '../support/scratch.js';
import { DIST } from '../support/dist.js';

const NODE = join(import.meta.dirname, '../../node_modules/.bin/node');
const digest = (c: string) => `sha256:${c.repeat(64)}`;
// Bundled from this source once before the tests (test/support/bundle-once.ts).
const out = DIST;

function run(
  args: string[],
  cwd: string,
  env: Record<string, string> = {},
): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(NODE, args, {
      cwd,
      env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', ...env },
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

/** Runs dist/pin/index.js as the Actions runner does (test/support/actions-runner.ts), in `cwd` as its workspace. */
function runAction(cwd: string, inputs: Record<string, string>, env: Record<string, string> = {}) {
  const withDefaults = { ...PIN_ACTION_DEFAULTS, author: 'ci <ci@example.com>', ...inputs };
  return runBundledActionAsync('pin', withDefaults, { cwd, env: { GITHUB_WORKSPACE: cwd, ...env } });
}

describe('the bundled action, as the runner runs it', () => {
  let gh: GitHubStandIn;
  beforeAll(async () => {
    gh = await startGitHubStandIn({ token: 'ghs_test' });
  });
  afterAll(() => gh.close());

  it('pins, pushes and reports outputs and a summary table', async () => {
    const remote = bareRemote(overlayFiles(['prod', 'staging']));
    const repo = clone(remote);
    const r = await runAction(repo, {
      overlays: 'overlays/prod\noverlays/staging',
      images: `compute=127.0.0.1:5000/team/compute@${digest('a')}\n`,
      push: 'true',
    });
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(r.outputs).toMatchObject({
      changed: 'true',
      action: 'pushed',
      files: '["overlays/prod/kustomization.yaml","overlays/staging/kustomization.yaml"]',
    });
    expect(r.outputs.commit).toBe(sh(remote, 'rev-parse', 'main').trim());
    expect(sh(remote, 'log', '-1', '--format=%an <%ae>', 'main').trim()).toBe('ci <ci@example.com>');
    expect(r.summary).toContain('<th>File</th><th>Image</th><th>Old</th><th>New</th>');
    expect(r.summary).toContain(
      '<td>overlays/prod/kustomization.yaml</td><td>compute</td><td>compute:v1</td>' +
        `<td>127.0.0.1:5000/team/compute@${digest('a')}</td>`,
    );
  });

  it('escapes what the overlay held in the summary: a hostile stale tag never becomes HTML', async () => {
    const files = overlayFiles(['prod']);
    files['overlays/prod/kustomization.yaml'] = files['overlays/prod/kustomization.yaml']!.replace(
      'newTag: v1 # old',
      `newTag: "<img src=x onerror=alert(1)>" # old`,
    );
    const repo = clone(bareRemote(files));
    const r = await runAction(repo, {
      overlays: 'overlays/prod',
      images: `compute=127.0.0.1:5000/team/compute@${digest('c')}`,
    });
    expect(r.status, r.stderr).toBe(0);
    expect(r.summary).not.toContain('<img');
    expect(r.summary).toContain('&lt;img src=x onerror=alert(1)&gt;');
  });

  it('opens a pull request through the GitHub API (the stand-in)', async () => {
    const remote = bareRemote(overlayFiles(['prod']));
    const repo = gh.state.addRepo('acme/overlays');
    const r = await runAction(
      clone(remote),
      {
        overlays: 'overlays/prod',
        images: `compute=127.0.0.1:5000/team/compute@${digest('b')}`,
        'pull-request': 'true',
        token: 'ghs_test',
      },
      { GITHUB_REPOSITORY: 'acme/overlays', GITHUB_API_URL: gh.url },
    );
    expect(r.status).toBe(0);
    expect(r.outputs).toMatchObject({
      action: 'pull-request-created',
      'pull-request-url': 'https://github.com/acme/overlays/pull/1',
    });
    const branch = repo.pulls[0]!.head;
    expect(branch).toMatch(/^pinship\/pin-compute-overlays-prod-[0-9a-f]{8}$/);
    expect(showRemote(remote, 'overlays/prod/kustomization.yaml', branch)).toContain(digest('b'));
    expect(gh.problems).toEqual([]);
  });

  it('a reference without a digest fails the step naming the input, and writes nothing', async () => {
    const repo = clone(bareRemote(overlayFiles(['prod'])));
    const before = readTree(join(repo, 'overlays'));
    const r = await runAction(repo, { overlays: 'overlays/prod', images: 'compute=127.0.0.1:5000/team/compute:v2' });
    expect(r.status).toBe(1);
    expect(r.stdout).toContain('::error::images: compute: "127.0.0.1:5000/team/compute:v2" has no digest');
    expect(readTree(join(repo, 'overlays'))).toEqual(before);
  });
});

describe('the bundled CLI', () => {
  // Digests made up for the tests: never asked of a registry.
  const cli = (args: string[], cwd: string) =>
    run([join(out, 'cli/index.js'), 'pin', ...args, '--no-verify-digest'], cwd);

  it('--dry-run prints a unified diff and writes nothing', async () => {
    const repo = clone(bareRemote(overlayFiles(['prod'])));
    const r = await cli(
      ['--overlay', 'overlays/prod', '--image', `compute=127.0.0.1:5000/team/compute@${digest('a')}`, '--dry-run'],
      repo,
    );
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('--- a/overlays/prod/kustomization.yaml\n+++ b/overlays/prod/kustomization.yaml\n');
    expect(r.stdout).toContain(`-  newTag: v1 # old\n+  digest: sha256:${'a'.repeat(64)} # old\n`);
    expect(sh(repo, 'status', '--porcelain')).toBe('');
  });

  it('--json prints the result; a second run says nothing changed and exits 0', async () => {
    const repo = clone(bareRemote(overlayFiles(['prod'])));
    const args = [
      '--overlay',
      'overlays/prod',
      '--image',
      `compute=127.0.0.1:5000/team/compute@${digest('a')}`,
      '--commit',
      '--json',
    ];
    const first = JSON.parse((await cli(args, repo)).stdout);
    expect(first).toMatchObject({
      changed: true,
      action: 'committed',
      files: [{ file: 'overlays/prod/kustomization.yaml', images: [{ name: 'compute', old: 'compute:v1' }] }],
    });
    const second = await cli(args, repo);
    expect(second.code).toBe(0);
    expect(JSON.parse(second.stdout)).toMatchObject({ changed: false, action: 'not-updated' });
    expect(second.stderr).toContain('nothing to change');
  });

  it('--overlay /abs/clone/overlays/prod from another folder: the clone holding it is the repository', async () => {
    const repo = clone(bareRemote(overlayFiles(['prod'])));
    const elsewhere = scratchDir('pinship-elsewhere-');
    const r = await cli(
      [
        '--overlay',
        join(repo, 'overlays/prod'),
        '--image',
        `compute=127.0.0.1:5000/team/compute@${digest('a')}`,
        '--commit',
      ],
      elsewhere,
    );
    expect(r.stderr).not.toContain('outside the repository');
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain('overlays/prod/kustomization.yaml: compute: compute:v1 -> ');
    expect(sh(repo, 'show', 'HEAD:overlays/prod/kustomization.yaml')).toContain(digest('a'));
    expect(sh(repo, 'status', '--porcelain')).toBe('');
  });

  it("without --repo, a second overlay outside the first one's clone is still refused", async () => {
    const repo = clone(bareRemote(overlayFiles(['prod'])));
    const other = clone(bareRemote(overlayFiles(['dev'])));
    const image = `compute=127.0.0.1:5000/team/compute@${digest('a')}`;
    const r = await cli(
      ['--overlay', join(repo, 'overlays/prod'), '--overlay', join(other, 'overlays/dev'), '--image', image],
      scratchDir('pinship-elsewhere-'),
    );
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(`overlay ${JSON.stringify(join(other, 'overlays/dev'))} is outside the repository`);
    expect(sh(repo, 'status', '--porcelain')).toBe('');
  });

  it('malformed YAML: exit 1, the file and line on stderr', async () => {
    const repo = clone(
      bareRemote({
        ...overlayFiles(['prod']),
        'overlays/prod/kustomization.yaml': 'images:\n- name: compute\n  newTag: "v1\n',
      }),
    );
    const r = await cli(['--overlay', 'overlays/prod', '--image', `compute=x@${digest('a')}`], repo);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(
      /^pinship pin: error: overlays\/prod\/kustomization\.yaml: invalid YAML at line \d+: Missing closing "quote/,
    );
  });

  it('two pinner processes racing with --push: both pins land', async () => {
    const remote = bareRemote(overlayFiles(['prod', 'staging']));
    const results = await Promise.all(
      ['prod', 'staging'].map((env, i) =>
        cli(
          [
            '--overlay',
            `overlays/${env}`,
            '--image',
            `compute=127.0.0.1:5000/team/compute@${digest(String(i + 1))}`,
            '--push',
          ],
          clone(remote),
        ),
      ),
    );
    expect(results.map((r) => r.code)).toEqual([0, 0]);
    expect(showRemote(remote, 'overlays/prod/kustomization.yaml')).toContain(digest('1'));
    expect(showRemote(remote, 'overlays/staging/kustomization.yaml')).toContain(digest('2'));
  });

  it('--help shows usage and examples', async () => {
    const r = await cli(['--help'], tmpdir());
    expect(r.stdout).toContain('Usage: pinship pin --overlay DIR... --image NAME=REF...');
    expect(r.stdout).toContain('Examples:');
  });
});
