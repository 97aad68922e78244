import { afterAll, describe, expect, it } from 'vitest';
import { connectEngine } from '../../src/docker/engine.js';
import { testInfra, uniqueRepo } from '../support/infra.js';
import { bundleFilesLoadedBy, filesCarrying } from '../support/loaded-modules.js';
import { cleanEnv, gitRepo, removeLocalImages, tempDir } from './helpers.js';

const infra = testInfra();
const context = tempDir();
const image = uniqueRepo(infra, 'skip-start-up');

afterAll(async () => {
  await removeLocalImages(await connectEngine(), [image]);
  context.cleanup();
});

describe('a build that skips (inputs unchanged) loads only what the skip uses', () => {
  const build = () =>
    bundleFilesLoadedBy(
      ['build', '--context', context.dir, '--image', image, '--push', '--username', infra.username, '--password-stdin'],
      { input: `${infra.password}\n`, env: cleanEnv() },
    );

  it('neither BuildKit (gRPC, protobufjs), ssh2, the GitHub client nor the Kubernetes client', () => {
    gitRepo(context.dir, { '.dockerignore': '.git\n', Dockerfile: `FROM ${infra.baseImage}\nCOPY . /app\n` });
    const first = build();
    expect(first.status, first.stderr).toBe(0);
    const again = build();
    expect(again.status, again.stderr).toBe(0);
    expect(again.stderr).toContain('inputs unchanged, adding this build');
    expect(again.stdout.trim()).toBe(first.stdout.trim());
    const unused = ['@grpc/grpc-js', 'protobufjs', 'ssh2', '@octokit/core', '@kubernetes/client-node'].flatMap(
      filesCarrying,
    );
    expect(unused.length).toBeGreaterThan(0);
    expect(again.files.filter((f) => unused.includes(f))).toEqual([]);
    // The first build did build, with BuildKit: the skip is what left it out.
    const grpc = filesCarrying('@grpc/grpc-js');
    expect(first.files.filter((f) => grpc.includes(f))).not.toEqual([]);
  });
});
