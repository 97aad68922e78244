import type Docker from 'dockerode';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connectEngine } from '../../src/docker/engine.js';
import { testInfra, uniqueRepo } from '../support/infra.js';
import { pushingBuild } from './pushing-build.js';
import { commitAll, git, projectRepos, removeLocalImages } from './helpers.js';
import { listTags, servedDigest } from './registry-helpers.js';

const infra = testInfra();
let docker: Docker;
const createdImages = new Set<string>();

beforeAll(async () => {
  docker = await connectEngine();
});

afterAll(async () => {
  await removeLocalImages(docker, createdImages);
  repos.removeAll();
});

const repos = projectRepos();
const project = (files: Record<string, string>) => repos.make(files);

const build = pushingBuild(infra, () => docker, createdImages);

const dockerfile = (base: string) =>
  `FROM ${base}\nCOPY app/ /app/\nRUN cat /app/main.sh > /app/copy.sh\nCMD ["sh", "/app/main.sh"]\n`;

describe('build and push through the engine', () => {
  it('pushes with auth; the digest is the one the registry serves for every tag', async () => {
    const dir = project({ Dockerfile: dockerfile(infra.baseImage), 'app/main.sh': 'echo one\n' });
    const image = uniqueRepo(infra, 'build-push');
    const sha = git(dir, 'rev-parse', 'HEAD');
    const { result, log } = await build({ context: dir, image, tags: ['v1'], labels: { team: 'compute' } });

    expect(result.skipped).toBe(false);
    expect(result.digest).toMatch(/^sha256:[0-9a-f]{64}$/);
    expect(result.ref).toBe(`${image}@${result.digest}`);
    expect(result.tags).toEqual([`sha-${sha.slice(0, 7)}`, 'main', 'v1', `in-${result.inputDigest.slice(7, 39)}`]);
    for (const tag of result.tags) expect(await servedDigest(image, tag), tag).toBe(result.digest);
    expect(await listTags(image)).toEqual([...result.tags].sort());

    const labels = (await docker.getImage(`${image}:${result.tags[0]}`).inspect()).Config.Labels;
    const commitTime = new Date(Number(git(dir, 'log', '-1', '--format=%ct')) * 1000)
      .toISOString()
      .replace('.000Z', 'Z');
    expect(labels).toMatchObject({
      'org.opencontainers.image.source': 'https://github.com/acme/compute',
      'org.opencontainers.image.revision': sha,
      'org.opencontainers.image.created': commitTime,
      team: 'compute',
    });
    // BuildKit's steps, one line each with their time (or CACHED).
    expect(
      log.lines.some((l) => /^#\d+ \[3\/3\] RUN cat \/app\/main.sh > \/app\/copy.sh( \d+\.\ds| CACHED)$/.test(l)),
    ).toBe(true);
    expect(log.secrets).toContain(infra.password);
    expect(log.lines.join('\n')).not.toContain(infra.password);
  });

  it('skips an unchanged build at a new commit, adding the new tags to the same digest', async () => {
    const dir = project({
      Dockerfile: dockerfile(infra.baseImage),
      '.dockerignore': '.git\nnotes/\n',
      'app/main.sh': 'echo two\n',
    });
    const image = uniqueRepo(infra, 'build-skip');
    const first = await build({ context: dir, image });
    const sha2 = commitAll(dir, { 'notes/todo.txt': 'an ignored change' }, 'notes only');
    const second = await build({ context: dir, image, tags: ['again'] });

    expect(second.result.skipped).toBe(true);
    expect(second.result.digest).toBe(first.result.digest);
    expect(second.result.inputDigest).toBe(first.result.inputDigest);
    expect(second.log.lines.some((l) => /^(Step |#\d+ )/.test(l))).toBe(false);
    expect(await servedDigest(image, `sha-${sha2.slice(0, 7)}`)).toBe(first.result.digest);
    expect(await servedDigest(image, 'again')).toBe(first.result.digest);
  });

  it('rebuilds when a sent file changes', async () => {
    const dir = project({ Dockerfile: dockerfile(infra.baseImage), 'app/main.sh': 'echo three\n' });
    const image = uniqueRepo(infra, 'build-change');
    const first = await build({ context: dir, image });
    const sha2 = commitAll(dir, { 'app/main.sh': 'echo three, changed\n' }, 'change');
    const second = await build({ context: dir, image });

    expect(second.result.skipped).toBe(false);
    expect(second.result.digest).not.toBe(first.result.digest);
    expect(await servedDigest(image, `sha-${sha2.slice(0, 7)}`)).toBe(second.result.digest);
    expect(await servedDigest(image, 'main')).toBe(second.result.digest);
  });
});
