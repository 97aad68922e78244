import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { connectEngine } from '../../src/docker/engine.js';
import { testInfra, uniqueRepo } from '../support/infra.js';
import { cleanEnv, commitAll, git, gitRepo, removeLocalImages, tempDir } from './helpers.js';
import { servedDigest } from './registry-helpers.js';
import { bundled } from '../support/dist.js';

const infra = testInfra();
const cleanups: (() => void)[] = [];
const localImages: string[] = [];

afterAll(async () => {
  const docker = await connectEngine();
  await removeLocalImages(docker, localImages);
  for (const c of cleanups) c();
});

function cli(args: string[], options: { input?: string; env?: NodeJS.ProcessEnv } = {}) {
  return spawnSync(process.execPath, [bundled('cli/index.js'), 'build', ...args], {
    encoding: 'utf8',
    input: options.input ?? '',
    env: options.env ?? cleanEnv(),
  });
}

function project(files: Record<string, string>): string {
  const t = tempDir();
  cleanups.push(t.cleanup);
  gitRepo(t.dir, { '.dockerignore': '.git\n', ...files });
  return t.dir;
}

describe('pinship build (bundled CLI)', () => {
  it('--help shows usage and examples', () => {
    const out = cli(['--help']);
    expect(out.status).toBe(0);
    expect(out.stdout).toContain('Usage: pinship build --context DIR --image REPO');
    expect(out.stdout).toContain('Examples:');
  });

  it('--push --password-stdin --json prints one JSON object with the registry digest', async () => {
    const dir = project({ Dockerfile: `FROM ${infra.baseImage}\nARG V\nRUN echo "$V" > /v\n` });
    const image = uniqueRepo(infra, 'cli');
    localImages.push(image);
    const out = cli(
      [
        '--context',
        dir,
        '--image',
        image,
        '--push',
        '--username',
        infra.username,
        '--password-stdin',
        '--build-arg',
        'V=1',
        '--tag',
        'cli',
        '--json',
      ],
      { input: `${infra.password}\n` },
    );
    expect(out.status, out.stderr).toBe(0);
    const lines = out.stdout.trim().split('\n');
    expect(lines).toHaveLength(1);
    const result = JSON.parse(lines[0]!) as {
      image: string;
      digest: string;
      ref: string;
      tags: string[];
      skipped: boolean;
    };
    expect(result.digest).toBe(await servedDigest(image, 'cli'));
    expect(result).toMatchObject({ image, ref: `${image}@${result.digest}`, skipped: false });
    expect(result.tags).toContain(`sha-${git(dir, 'rev-parse', '--short=7', 'HEAD')}`);
    expect(out.stderr).toMatch(/^#\d+ \[2\/2\] RUN echo "1" > \/v( \d+\.\ds| CACHED)$/m);
    expect(out.stderr).not.toContain(infra.password);
  });

  it('takes credentials from DOCKER_CONFIG when no username is given', async () => {
    const dir = project({ Dockerfile: `FROM ${infra.baseImage}\nRUN echo config > /c\n` });
    const config = tempDir();
    cleanups.push(config.cleanup);
    mkdirSync(join(config.dir, 'docker'));
    writeFileSync(
      join(config.dir, 'docker/config.json'),
      JSON.stringify({
        auths: { [infra.registry]: { auth: Buffer.from(`${infra.username}:${infra.password}`).toString('base64') } },
      }),
    );
    const image = uniqueRepo(infra, 'cli-config');
    localImages.push(image);
    const out = cli(['--context', dir, '--image', image, '--push', '--json'], {
      env: cleanEnv({ DOCKER_CONFIG: join(config.dir, 'docker') }),
    });
    expect(out.status, out.stderr).toBe(0);
    expect(JSON.parse(out.stdout).digest).toBe(await servedDigest(image, 'main'));
  });

  it('without --push builds into the engine and skips unchanged inputs there', () => {
    const dir = project({ Dockerfile: `FROM ${infra.baseImage}\nCOPY a.txt /a.txt\n`, 'a.txt': `${Date.now()}` });
    const image = `pinship-test/cli-local-${Date.now().toString(36)}`;
    localImages.push(image);
    const first = cli(['--context', dir, '--image', image, '--json']);
    expect(first.status, first.stderr).toBe(0);
    const one = JSON.parse(first.stdout) as { digest: string; ref: string; skipped: boolean; tags: string[] };
    expect(one.skipped).toBe(false);
    expect(one.digest).toMatch(/^sha256:[0-9a-f]{64}$/);
    expect(one.ref).toBe(`${image}:${one.tags[0]}`);

    const sha2 = commitAll(dir, { 'README.md': 'not copied, but sent: a new input' }, 'docs');
    const second = JSON.parse(cli(['--context', dir, '--image', image, '--json']).stdout) as {
      skipped: boolean;
      digest: string;
    };
    expect(second.skipped).toBe(false);
    commitAll(dir, {}, 'empty commit');
    const third = cli(['--context', dir, '--image', image, '--json']);
    const three = JSON.parse(third.stdout) as { skipped: boolean; digest: string; tags: string[] };
    expect(three.skipped).toBe(true);
    expect(three.digest).toBe(second.digest);
    expect(three.tags[0]).not.toBe(`sha-${sha2.slice(0, 7)}`);
    expect(third.stderr).not.toMatch(/^(Step |#\d+ )/m);
  });

  it('a bad flag or missing --image is one line and exit 1', () => {
    const out = cli(['--context', '.']);
    expect(out.status).toBe(1);
    expect(out.stderr.trim().split('\n')).toEqual([
      'pinship build: error: --image is required (e.g. --image 127.0.0.1:5000/team/compute)',
    ]);
  });
});
