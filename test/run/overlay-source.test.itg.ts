import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { pushThroughEngine } from '../../src/docker/image-push.js';
import { silentLogger } from '../../src/log/silent-logger.js';
import { parseImagePins } from '../../src/pin/image-pins.js';
import { pin } from '../../src/pin/pin.js';
import { overlaySource } from '../../src/run/kube/overlay-source.js';
import { sh, writeFiles } from '../git/remote.js';
import { testInfra, uniqueRepo } from '../support/infra.js';
import { scratchDir } from '../support/scratch.js';
import { MemoryLogger } from './support-log.js';
import { engine, pushedBaseImage, untag } from './support.js';

const pushed: string[] = [];
afterAll(async () => {
  const docker = await engine();
  for (const image of pushed) await untag(docker, image);
});

/** The base image with the labels `docker build` would give it, pushed: `repo@sha256:...`. */
async function pushedWithLabel(revision: string): Promise<string> {
  const docker = await engine();
  const infra = testInfra();
  const repo = uniqueRepo(infra, 'labelled');
  const container = await docker.createContainer({ Image: infra.baseImage, Cmd: ['true'] });
  try {
    await container.commit({ repo, tag: 'v1', changes: [`LABEL org.opencontainers.image.revision=${revision}`] });
  } finally {
    await container.remove();
  }
  const auth = { username: infra.username, password: infra.password, serveraddress: infra.registry };
  const ref = `${repo}@${await pushThroughEngine(docker, repo, 'v1', auth, silentLogger)}`;
  pushed.push(ref);
  return ref;
}

/** A Docker config folder holding `docker login` credentials for the test registry. */
function dockerConfig(): string {
  const infra = testInfra();
  const dir = scratchDir('pinship-docker-config-');
  const auth = Buffer.from(`${infra.username}:${infra.password}`).toString('base64');
  writeFileSync(join(dir, 'config.json'), JSON.stringify({ auths: { [infra.registry]: { auth } } }));
  return dir;
}

/** A GitOps work tree with overlays/dev, whose HEAD pins `ref` from `source` (a pin commit). */
async function pinnedRepo(ref: string, source: string): Promise<string> {
  const repo = join(scratchDir('pinship-overlay-source-'), 'gitops');
  mkdirSync(repo);
  execFileSync('git', ['-c', 'init.defaultBranch=main', 'init', '--quiet', repo]);
  writeFiles(repo, { 'overlays/dev/kustomization.yaml': 'images:\n- name: compute\n  newTag: v1\n' });
  sh(repo, 'add', '-A');
  sh(repo, 'commit', '--quiet', '-m', 'overlays');
  await pin({
    repo,
    overlays: ['overlays/dev'],
    images: parseImagePins([`compute=${ref}`]),
    commit: true,
    sourceCommit: source,
    log: silentLogger,
  });
  sh(repo, 'commit', '--quiet', '--allow-empty', '-m', 'a later change');
  return join(repo, 'overlays/dev');
}

describe('the source commit of an overlay run, when --source-commit is absent', () => {
  const SOURCE = 'c0ffee'.repeat(6).slice(0, 40);

  it("the image's org.opencontainers.image.revision label, read from the registry", async () => {
    const ref = await pushedWithLabel(SOURCE);
    const log = new MemoryLogger();
    const dir = scratchDir('pinship-overlay-source-');
    const source = await overlaySource(ref, dir, log, { DOCKER_CONFIG: dockerConfig() });
    expect(source).toEqual({ commit: SOURCE, from: 'image-label' });
    expect(log.lines).toContain(`source commit ${SOURCE}: the image's org.opencontainers.image.revision label`);
  });

  it('no label: the Pinship-Source trailer of the commit that pinned the digest', async () => {
    const ref = await pushedBaseImage(await engine(), 'unlabelled');
    pushed.push(ref);
    const dir = await pinnedRepo(ref, SOURCE);
    const log = new MemoryLogger();
    const source = await overlaySource(ref, dir, log, { DOCKER_CONFIG: dockerConfig() });
    expect(source).toEqual({ commit: SOURCE, from: 'pin-commit' });
    expect(log.lines.at(-1)).toMatch(
      new RegExp(`^source commit ${SOURCE}: the Pinship-Source trailer of pin commit [0-9a-f]{12}$`),
    );
  });

  it('neither (and a registry that refuses): unknown, and the log says how to give it', async () => {
    const ref = await pushedBaseImage(await engine(), 'unlabelled');
    pushed.push(ref);
    const log = new MemoryLogger();
    const dir = scratchDir('pinship-overlay-source-');
    const source = await overlaySource(ref, dir, log, { DOCKER_CONFIG: scratchDir('pinship-docker-config-') });
    expect(source).toBeUndefined();
    expect(log.lines.some((l) => l.startsWith('warning: reading the org.opencontainers.image.revision label'))).toBe(
      true,
    );
    expect(log.lines.at(-1)).toContain('source commit unknown');
    expect(log.lines.at(-1)).toContain('--source-commit');
  });
});
