import { execFile } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { promisify } from 'node:util';
import { afterAll, beforeAll } from 'vitest';
import { buildImage } from '../../src/build/build-image.js';
import { connectEngine } from '../../src/docker/engine.js';
import { RecordingLogger, cleanEnv, projectRepos, removeLocalImages } from '../build/helpers.js';
import { testInfra, uniqueRepo } from '../support/infra.js';

const run = promisify(execFile);

/** The test cluster's kubeconfig, from the env file scripts/dev-infra.sh writes (npm test sources it). */
export function kubeconfig(): string {
  const path = process.env.KUBECONFIG;
  // Fail, never skip: these tests run in CI. `npm test` starts the cluster and sets KUBECONFIG.
  if (!path) throw new Error('KUBECONFIG is not set: run the tests with `npm test` (scripts/dev-infra.sh up)');
  return path;
}

/** Runs the machine's real kubectl against the test cluster; resolves with its stdout. */
export async function kubectl(args: string[], input?: string): Promise<string> {
  const child = run('/usr/bin/kubectl', ['--kubeconfig', kubeconfig(), ...args], { maxBuffer: 16 << 20 });
  if (input !== undefined) {
    child.child.stdin?.end(input);
  }
  return (await child).stdout;
}

/** A namespace of its own for one test file, deleted (without waiting) after its tests. */
export function testNamespace(prefix: string): () => string {
  const name = `${prefix}-${randomBytes(3).toString('hex')}`;
  beforeAll(async () => {
    await kubectl(['create', 'namespace', name]);
  });
  afterAll(async () => {
    await kubectl(['delete', 'namespace', name, '--wait=false']);
  });
  return () => name;
}

/**
 * Builds a small image FROM the dev base image and pushes it to the dev registry through pinship's
 * own build; returns `repository@sha256:...`. The local copy is removed after the file's tests.
 */
export function registryImage(name: string): () => string {
  const infra = testInfra();
  const repos = projectRepos();
  let ref = '';
  let repository = '';
  beforeAll(async () => {
    const docker = await connectEngine();
    const dir = repos.make({
      Dockerfile: `FROM ${infra.baseImage}\nCOPY marker /marker\nCMD ["cat", "/marker"]\n`,
      marker: `pinship cluster test ${randomBytes(8).toString('hex')}\n`,
    });
    repository = uniqueRepo(infra, name);
    const result = await buildImage(
      {
        context: dir,
        image: repository,
        push: true,
        username: infra.username,
        password: infra.password,
        env: cleanEnv(),
      },
      { docker, log: new RecordingLogger() },
    );
    ref = result.ref;
  });
  afterAll(async () => {
    repos.removeAll();
    if (repository) await removeLocalImages(await connectEngine(), [repository]);
  });
  return () => ref;
}

/** A pod that runs `command` once (restartPolicy Never) on the real node. */
export function podManifest(namespace: string, name: string, image: string, command: string[]): string {
  return JSON.stringify({
    apiVersion: 'v1',
    kind: 'Pod',
    metadata: { name, namespace },
    spec: {
      restartPolicy: 'Never',
      terminationGracePeriodSeconds: 1,
      containers: [{ name: 'main', image, command }],
    },
  });
}

/** Creates the pod, waits until it has terminated, and returns its phase and log. */
export async function runPod(namespace: string, name: string, image: string, command: string[]) {
  await kubectl(['apply', '-f', '-'], podManifest(namespace, name, image, command));
  await kubectl([
    'wait',
    '--namespace',
    namespace,
    `pod/${name}`,
    '--timeout=120s',
    '--for=jsonpath={.status.phase}=Succeeded',
  ]).catch(async (err: unknown) => {
    const pod = await kubectl(['get', '--namespace', namespace, `pod/${name}`, '-o', 'json']);
    throw new Error(`pod ${name} did not succeed: ${String(err)}\n${pod}`);
  });
  const log = await kubectl(['logs', '--namespace', namespace, name]);
  return { log };
}
