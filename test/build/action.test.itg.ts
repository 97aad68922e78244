import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { connectEngine } from '../../src/docker/engine.js';
import { testInfra, uniqueRepo } from '../support/infra.js';
import { cleanEnv, git, gitRepo, removeLocalImages, tempDir } from './helpers.js';
import { servedDigest } from './registry-helpers.js';
import { bundled } from '../support/dist.js';

const infra = testInfra();
const repos: string[] = [];
afterAll(async () => removeLocalImages(await connectEngine(), repos));

/** Runs dist/build/index.js as the runner does: INPUT_* env, GITHUB_OUTPUT and step summary files. */
function runAction(inputs: Record<string, string>, extraEnv: Record<string, string> = {}) {
  const { dir, cleanup } = tempDir('pinship-action-');
  const files = { output: join(dir, 'output'), summary: join(dir, 'summary'), event: join(dir, 'event.json') };
  writeFileSync(files.output, '');
  writeFileSync(files.summary, '');
  writeFileSync(files.event, JSON.stringify({ pull_request: { number: 42 } }));
  const env: NodeJS.ProcessEnv = {
    ...cleanEnv(),
    GITHUB_ACTIONS: 'true',
    GITHUB_OUTPUT: files.output,
    GITHUB_STEP_SUMMARY: files.summary,
    GITHUB_EVENT_PATH: files.event,
    GITHUB_EVENT_NAME: 'pull_request',
    GITHUB_REF: 'refs/pull/42/merge',
    ...extraEnv,
  };
  // The runner keeps dashes in input names (INPUT_BUILD-ARGS): only an env object can carry them.
  for (const [name, value] of Object.entries(inputs)) env[`INPUT_${name.toUpperCase()}`] = value;
  const run = spawnSync(process.execPath, [bundled('build/index.js')], { env, encoding: 'utf8' });
  const outputs = parseOutputs(readFileSync(files.output, 'utf8'));
  const summary = readFileSync(files.summary, 'utf8');
  cleanup();
  return { ...run, outputs, summary };
}

function linesWith(text: string, needle: string): string[] {
  return text.split('\n').filter((l) => l.includes(needle));
}

// GITHUB_OUTPUT holds `name<<DELIM\nvalue\nDELIM` blocks (@actions/core's file command format).
function parseOutputs(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  const re = /^([\w-]+)<<(\S+)\n([\s\S]*?)\n\2$/gm;
  for (let m = re.exec(text); m; m = re.exec(text)) out[m[1]!] = m[3]!;
  return out;
}

describe('the bundled build action, run as the runner runs it', () => {
  it('builds, pushes, sets outputs and a summary line, and masks the password', async () => {
    const { dir, cleanup } = tempDir();
    try {
      gitRepo(dir, {
        '.dockerignore': '.git\n',
        'compute/Dockerfile': [
          `FROM ${infra.baseImage}`,
          'ARG GREETING',
          'COPY main.sh /main.sh',
          'RUN echo "$GREETING" > /greeting',
          '',
        ].join('\n'),
        'compute/main.sh': 'echo compute\n',
      });
      const sha = git(dir, 'rev-parse', 'HEAD');
      const image = uniqueRepo(infra, 'action');
      repos.push(image);
      const inputs = {
        context: join(dir, 'compute'),
        image,
        tags: 'v1, stable',
        'build-args': 'GREETING=hello world',
        labels: 'team=compute',
        push: 'true',
        username: infra.username,
        password: infra.password,
      };
      const run = runAction(inputs);
      expect(run.status, run.stdout + run.stderr).toBe(0);
      const digest = await servedDigest(image, `sha-${sha.slice(0, 7)}`);
      expect(digest).toMatch(/^sha256:[0-9a-f]{64}$/);
      expect(run.outputs.image).toBe(image);
      expect(run.outputs.digest).toBe(digest);
      expect(run.outputs.ref).toBe(`${image}@${digest}`);
      expect(run.outputs.skipped).toBe('false');
      expect(run.outputs.tags?.split('\n').slice(0, 4)).toEqual([`sha-${sha.slice(0, 7)}`, 'pr-42', 'v1', 'stable']);
      expect(await servedDigest(image, 'pr-42')).toBe(digest);
      expect(run.summary).toContain(`pinship build: <code>${image}@${digest}</code> (built and pushed)`);
      expect(run.stdout).toContain('::group::building');
      // The password appears only in ::add-mask:: commands, which tell the runner to hide it.
      expect(linesWith(run.stdout, infra.password)).toEqual(expect.arrayContaining([`::add-mask::${infra.password}`]));
      expect(linesWith(run.stdout, infra.password).every((l) => l === `::add-mask::${infra.password}`)).toBe(true);

      const again = runAction(inputs);
      expect(again.status, again.stdout + again.stderr).toBe(0);
      expect(again.outputs.skipped).toBe('true');
      expect(again.outputs.digest).toBe(digest);
      expect(again.summary).toContain('(unchanged inputs, reused)');
    } finally {
      cleanup();
    }
  });

  it('outside a runner (no step summary file, as under act or a shell): builds, sets outputs, exits 0', () => {
    const { dir, cleanup } = tempDir();
    try {
      gitRepo(dir, { '.dockerignore': '.git\n', Dockerfile: `FROM ${infra.baseImage}\n` });
      const image = uniqueRepo(infra, 'action-nosummary');
      repos.push(image);
      const run = runAction({ context: dir, image, push: 'false' }, { GITHUB_STEP_SUMMARY: '' });
      expect(run.status, run.stdout + run.stderr).toBe(0);
      expect(run.outputs.ref).toMatch(new RegExp(`^${image}:`));
      expect(run.stdout).not.toContain('::error::');
    } finally {
      cleanup();
    }
  });

  it('fails the step with one error line when the registry refuses the credentials', () => {
    const { dir, cleanup } = tempDir();
    try {
      gitRepo(dir, { '.dockerignore': '.git\n', Dockerfile: `FROM ${infra.baseImage}\n` });
      const run = runAction({
        context: dir,
        image: uniqueRepo(infra, 'action-auth'),
        username: infra.username,
        password: 'wrong-password-123',
      });
      expect(run.status).toBe(1);
      expect(run.stdout).toContain(
        `::error::registry ${infra.registry} refused the credentials for user ${infra.username}`,
      );
      expect(linesWith(run.stdout, 'wrong-password-123').every((l) => l === '::add-mask::wrong-password-123')).toBe(
        true,
      );
    } finally {
      cleanup();
    }
  });

  it('a failing step: its output is repeated after the collapsed build group, then one error line', () => {
    const { dir, cleanup } = tempDir();
    try {
      gitRepo(dir, {
        '.dockerignore': '.git\n',
        Dockerfile: `FROM ${infra.baseImage}\nRUN echo to-stdout && echo to-stderr >&2 && exit 3\n`,
      });
      const run = runAction({ context: dir, image: uniqueRepo(infra, 'action-fail'), push: 'false' });
      expect(run.status).toBe(1);
      const lines = run.stdout.split('\n');
      const end = lines.lastIndexOf('::endgroup::');
      const failing = lines.findIndex((l) =>
        /^failing step: \[2\/2\] RUN echo to-stdout && echo to-stderr >&2 && exit 3$/.test(l),
      );
      expect(end).toBeGreaterThan(-1);
      expect(failing).toBeGreaterThan(end); // visible without expanding the group
      expect(lines.slice(failing + 1, failing + 3).sort()).toEqual(['  to-stderr', '  to-stdout']);
      expect(lines.slice(failing).some((l) => l.includes('Removing intermediate container'))).toBe(false);
      expect(lines.find((l) => l.startsWith('::error::'))).toMatch(
        /failed at Dockerfile:2: \[2\/2\] RUN echo to-stdout .*exit code: 3$/,
      );
    } finally {
      cleanup();
    }
  });
});
