import { mkdirSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { CoreV1Api, KubeConfig } from '@kubernetes/client-node';
import { afterAll } from 'vitest';
import { encodeHeader, padding } from '../../src/build/context/tar-header.js';
import { pushThroughEngine } from '../../src/docker/image-push.js';
import { silentLogger } from '../../src/log/silent-logger.js';
import { MemoryLogger } from '../run/support-log.js';
import { engine, pushedBaseImage, untag } from '../run/support.js';
import { testInfra } from '../support/infra.js';
import { scratchDir } from '../support/scratch.js';

/** The kubeconfig of the real test cluster that `scripts/dev-infra.sh up kube` starts. */
export function clusterKubeconfig(): string {
  const path = process.env.KUBECONFIG || join(process.env.TMPDIR || tmpdir(), 'pinship-dev', 'kubeconfig');
  // Fail, never skip: these tests run in CI, where `npm test` starts the cluster.
  if (!existsSync(path))
    throw new Error(`no test cluster kubeconfig at ${path}: start it with scripts/dev-infra.sh up kube`);
  return path;
}

export function adminConfig(): KubeConfig {
  const config = new KubeConfig();
  config.loadFromFile(clusterKubeconfig());
  return config;
}

const namespaces: string[] = [];
/** Images this file pushed: their local tags are removed afterwards (the registry keeps them). */
const pushed: string[] = [];
afterAll(async () => {
  const core = adminConfig().makeApiClient(CoreV1Api);
  await Promise.all(namespaces.splice(0).map((name) => core.deleteNamespace({ name }).catch(() => {})));
  const docker = await engine();
  for (const image of pushed.splice(0)) await untag(docker, image);
});

/** A fresh namespace for one test, deleted after the file's tests. */
export async function testNamespace(prefix: string): Promise<string> {
  const name = `${prefix}-${Math.random().toString(36).slice(2, 8)}`;
  await adminConfig()
    .makeApiClient(CoreV1Api)
    .createNamespace({ body: { metadata: { name, labels: { 'pinship.dev/test': 'true' } } } });
  namespaces.push(name);
  return name;
}

/** Writes an overlay (kustomization.yaml and resources) to a scratch folder; returns its path. */
export function writeOverlay(files: Record<string, string>, dir = scratchDir('pinship-overlay-')): string {
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, name)), { recursive: true });
    writeFileSync(join(dir, name), text);
  }
  return dir;
}

/** A kustomization in `namespace` listing `resources`. */
export function kustomization(namespace: string, resources: string[], extra = ''): string {
  const list = resources.map((r) => `  - ${r}`).join('\n');
  return (
    `apiVersion: kustomize.config.k8s.io/v1beta1\nkind: Kustomization\nnamespace: ${namespace}\n` +
    `resources:\n${list}\n${extra}`
  );
}

/** The busybox base image pushed to the dev registry under a fresh name: `repo@sha256:...`. */
export async function pushedImage(name: string): Promise<string> {
  const image = await pushedBaseImage(await engine(), name);
  pushed.push(image);
  return image;
}

/** A logger that also keeps debug lines (watch resumes and re-lists are logged at debug). */
export function kubeTestLogger(): MemoryLogger {
  const log = new MemoryLogger();
  Object.assign(log, { debug: (message: string) => void log.lines.push(`debug: ${message}`) });
  return log;
}

/**
 * Another image in the same repository as `pinned` (the base image with a label, so its digest
 * differs), pushed to the dev registry: `repo@sha256:...`.
 */
export async function pushedVariant(pinned: string, label: string): Promise<string> {
  const infra = testInfra();
  const [repo] = pinned.split('@') as [string];
  return buildAndPush(repo, label, { Dockerfile: `FROM ${infra.baseImage}\nLABEL pinship.test.variant=${label}\n` });
}

/** Builds a context of `files` on the engine as `repo:tag` and pushes it: `repo@sha256:...`. */
export async function buildAndPush(
  repo: string,
  tag: string,
  files: Record<string, string>,
  buildargs: Record<string, string> = {},
): Promise<string> {
  const docker = await engine();
  const infra = testInfra();
  const stream = await docker.buildImage(contextTar(files) as never, {
    t: `${repo}:${tag}`,
    buildargs: { BASE: infra.baseImage, ...buildargs },
  });
  await new Promise((resolve, reject) =>
    docker.modem.followProgress(stream, (err) => (err ? reject(err) : resolve(undefined))),
  );
  pushed.push(`${repo}@`);
  const digest = await pushThroughEngine(
    docker,
    repo,
    tag,
    { username: infra.username, password: infra.password, serveraddress: infra.registry },
    silentLogger,
  );
  return `${repo}@${digest}`;
}

/** A tar archive of small files: a build context for the engine. */
function contextTar(files: Record<string, string>): Buffer {
  const parts = Object.entries(files).flatMap(([name, text]) => {
    const body = Buffer.from(text);
    return [
      encodeHeader({ name, type: 'file', mode: 0o644, size: body.length, mtimeMs: Date.now() }),
      body,
      Buffer.alloc(padding(body.length)),
    ];
  });
  return Buffer.concat([...parts, Buffer.alloc(1024)]);
}
