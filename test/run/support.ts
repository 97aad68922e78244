import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type Docker from 'dockerode';
import { connectEngine } from '../../src/docker/engine.js';
import { runRecordProblems } from '../../src/record/validate.js';
import type { RunRecord } from '../../src/record/types.js';
import { testInfra, uniqueRepo } from '../support/infra.js';

/** Pushes the base image to a fresh repository of the test registry; returns `repo@sha256:…`. Untag with `untag`. */
export async function pushedBaseImage(docker: Docker, name = 'run'): Promise<string> {
  const infra = testInfra();
  const repo = uniqueRepo(infra, name);
  await docker.getImage(infra.baseImage).tag({ repo, tag: 'v1' });
  const stream = await docker.getImage(`${repo}:v1`).push({
    authconfig: { username: infra.username, password: infra.password, serveraddress: infra.registry },
  });
  const events = await new Promise<{ error?: string; aux?: { Digest?: string } }[]>((resolve, reject) =>
    docker.modem.followProgress(stream, (err: Error | null, out: { error?: string }[]) => (err ? reject(err) : resolve(out))),
  );
  const failed = events.find((e) => e.error);
  if (failed) throw new Error(`push ${repo}: ${failed.error}`);
  const digest = events.find((e) => e.aux?.Digest)?.aux?.Digest;
  if (!digest) throw new Error(`push ${repo}: no digest in the push stream`);
  return `${repo}@${digest}`;
}

/** Containers of one run still in the engine (other helpers' containers are never looked at). */
export async function containersOfRun(docker: Docker, runId: string): Promise<Docker.ContainerInfo[]> {
  return docker.listContainers({ all: true, filters: { label: [`io.pinship.run=${runId}`] } });
}

/** The engine the tests share with the other helpers' tests. */
export async function engine(): Promise<Docker> {
  return connectEngine();
}

export function expectValidRecord(record: unknown): asserts record is RunRecord {
  const problems = runRecordProblems(record);
  if (problems.length) throw new Error(`run record invalid against the schema:\n${problems.join('\n')}`);
}

/** Removes the local tags and digest references of a repository `pushedBaseImage` made (the base image stays). */
export async function untag(docker: Docker, pinned: string): Promise<void> {
  const [name] = pinned.split('@') as [string];
  const images = await docker.listImages({ filters: { reference: [name] } });
  for (const image of images) {
    for (const ref of [...(image.RepoTags ?? []), ...(image.RepoDigests ?? [])].filter((r) => r.startsWith(`${name}:`) || r.startsWith(`${name}@`))) {
      await docker.getImage(ref).remove().catch(() => {});
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
    removeAll(): void {
      for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
    },
  };
}
