import { afterAll, describe, expect, it } from 'vitest';
import { connectEngine } from '../../src/docker/engine.js';
import { runBundledAction } from '../support/actions-runner.js';
import { testInfra, uniqueRepo } from '../support/infra.js';
import { gitRepo, removeLocalImages, tempDir } from './helpers.js';
import { servedDigest } from './registry-helpers.js';

const infra = testInfra();
const repos: string[] = [];
afterAll(async () => removeLocalImages(await connectEngine(), repos));

describe('the bundled build action with BuildKit inputs, run as the runner runs it', () => {
  it('mounts a secret (masked in the log), reads cache-from, writes cache-to, sets the usual outputs', async () => {
    const { dir, cleanup } = tempDir();
    const secret = `tok-${Date.now()}-value`;
    try {
      gitRepo(dir, {
        '.dockerignore': '.git\n',
        Dockerfile:
          `FROM ${infra.baseImage}\nRUN --mount=type=secret,id=index-token echo ${Date.now()} && cat ` +
          '/run/secrets/index-token\n',
      });
      const image = uniqueRepo(infra, 'bk-action');
      repos.push(image);
      const run = runBundledAction(
        'build',
        {
          context: '.',
          image,
          username: infra.username,
          password: infra.password,
          builder: 'buildkit',
          network: 'none',
          secrets: 'id=index-token,env=INDEX_TOKEN\n',
          'cache-from': `${image}:no-cache-yet`,
          'cache-to': 'buildcache',
          push: 'true',
        },
        { cwd: dir, env: { INDEX_TOKEN: secret, DOCKER_HOST: process.env.DOCKER_HOST ?? '' } },
      );
      expect(run.status, run.stdout + run.stderr).toBe(0);
      expect(run.stdout).toContain(`::add-mask::${secret}`);
      // The runner masks what ::add-mask:: registered from then on: it comes before the step's own
      // `cat` of the secret, which is the only other line holding it.
      const lines = run.stdout.split('\n');
      const holding = lines.flatMap((l, i) => (l.includes(secret) ? [i] : []));
      expect(holding.map((i) => lines[i]!.replace(/^#\d+/, '#N'))).toEqual([`::add-mask::${secret}`, `#N | ${secret}`]);
      expect(run.stdout).toContain(
        `::warning::cache ${image}:no-cache-yet cannot be used (not found): building without it`,
      );
      expect(run.outputs.skipped).toBe('false');
      expect(run.outputs.ref).toBe(`${image}@${run.outputs.digest}`);
      expect(await servedDigest(image, 'buildcache')).toBe(run.outputs.digest);
      expect(run.outputs.tags?.split('\n')).not.toContain('buildcache');
    } finally {
      cleanup();
    }
  });
});
