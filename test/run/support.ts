import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type Docker from 'dockerode';
import { connectEngine } from '../../src/docker/engine.js';
import { pushThroughEngine } from '../../src/docker/image-push.js';
import { RUN_LABEL } from '../../src/run/local/attempt.js';
import { silentLogger } from '../../src/log/silent-logger.js';
import { runRecordProblems } from '../../src/record/validate.js';
import type { RunRecord } from '../../src/record/types.js';
import { testInfra, uniqueRepo } from '../support/infra.js';

/** Pushes the base image to a fresh repository of the test registry; returns `repo@sha256:…`. Untag with `untag`. */
export async function pushedBaseImage(docker: Docker, name = 'run'): Promise<string> {
  const infra = testInfra();
  const repo = uniqueRepo(infra, name);
  await docker.getImage(infra.baseImage).tag({ repo, tag: 'v1' });
  const digest = await pushThroughEngine(
    docker,
    repo,
    'v1',
    { username: infra.username, password: infra.password, serveraddress: infra.registry },
    silentLogger,
  );
  return `${repo}@${digest}`;
}

/** Containers of one run still in the engine (other helpers' containers are never looked at). */
export async function containersOfRun(docker: Docker, runId: string): Promise<Docker.ContainerInfo[]> {
  return docker.listContainers({ all: true, filters: { label: [`${RUN_LABEL}=${runId}`] } });
}

/** The engine the tests share with the other helpers' tests. */
export async function engine(): Promise<Docker> {
  return connectEngine();
}

export function expectValidRecord(record: unknown): asserts record is RunRecord {
  const problems = runRecordProblems(record, 'writer');
  if (problems.length) throw new Error(`run record invalid against the schema:\n${problems.join('\n')}`);
}

/** Removes the local tags and digest references of a repository `pushedBaseImage` made (the base image stays). */
export async function untag(docker: Docker, pinned: string): Promise<void> {
  const [name] = pinned.split('@') as [string];
  const images = await docker.listImages({ filters: { reference: [name] } });
  for (const image of images) {
    for (const ref of [...(image.RepoTags ?? []), ...(image.RepoDigests ?? [])].filter(
      (r) => r.startsWith(`${name}:`) || r.startsWith(`${name}@`),
    )) {
      await docker
        .getImage(ref)
        .remove()
        .catch(() => {});
    }
  }
}

/** Temporary folders for one test file: `make()` a new one, `removeAll()` in afterAll. */
export function scratchFolders(prefix: string) {
  const dirs: string[] = [];
  return {
    make(): string {
      const dir = mkdtempSync(join(tmpdir(), prefix));
      dirs.push(dir);
      return dir;
    },
    /** Removes `dir` with the others. */
    adopt(dir: string): void {
      dirs.push(dir);
    },
    removeAll(): void {
      for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
    },
  };
}
