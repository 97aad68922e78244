import type Docker from 'dockerode';
import { connectEngine } from '../../src/docker/engine.js';
import { runRecordProblems } from '../../src/record/validate.js';
import type { RunRecord } from '../../src/record/types.js';
import { testInfra, uniqueRepo } from '../support/infra.js';

/** Pushes the base image to a fresh repository of the test registry; returns `repo@sha256:…`. */
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

/** Every container any pinship run of ours left, by label value prefix is not filterable: list and filter. */
export async function engine(): Promise<Docker> {
  return connectEngine();
}

export function expectValidRecord(record: unknown): asserts record is RunRecord {
  const problems = runRecordProblems(record);
  if (problems.length) throw new Error(`run record invalid against the schema:\n${problems.join('\n')}`);
}
