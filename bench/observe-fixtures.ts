// Inputs of bench/observe.ts: images to pin, a GitOps repository served over HTTP on 127.0.0.1
// with a staging overlay, the Flux objects that build it, and how requests are counted apart.
import { execFileSync, spawn } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import type { KubeConfig } from '@kubernetes/client-node';
import { buildImage } from '../src/build/build-image.js';
import { connectEngine } from '../src/docker/engine.js';
import { silentLogger } from '../src/log/silent-logger.js';
import { type RequestCategory, serverSideApply } from './kube-identity.js';

const GIT = ['-c', 'user.name=bench', '-c', 'user.email=bench@example.com', '-c', 'init.defaultBranch=main'];

/** Each side's requests counted apart by what they are for; the rest (Jobs, pods, discovery) by the catch-all. */
export const CATEGORIES: RequestCategory[] = [
  {
    name: 'flux',
    resourceRules: [
      {
        verbs: ['*'],
        apiGroups: ['kustomize.toolkit.fluxcd.io', 'source.toolkit.fluxcd.io'],
        resources: ['*'],
        namespaces: ['*'],
      },
    ],
  },
  {
    name: 'metrics',
    resourceRules: [{ verbs: ['*'], apiGroups: ['metrics.k8s.io'], resources: ['*'], namespaces: ['*'] }],
  },
];

/** An overlay with one Indexed Job of one index that sleeps `seconds`, then prints a result. */
function overlayFiles(namespace: string, image: string, seconds: number): Record<string, string> {
  const [repo, digest] = image.split('@') as [string, string];
  return {
    'kustomization.yaml':
      `namespace: ${namespace}\nresources: [job.yaml]\n` +
      `images:\n  - { name: compute, newName: ${repo}, digest: ${digest} }\n`,
    'job.yaml': `apiVersion: batch/v1
kind: Job
metadata: { name: timed }
spec:
  completionMode: Indexed
  completions: 1
  template:
    spec:
      restartPolicy: Never
      containers:
        - name: main
          image: compute
          command: ["sh", "-c", "sleep ${seconds}; echo 'pinship:result {}'"]
`,
  };
}

/** A variant of the base image (a label of its own), pushed to the dev registry: `repo@sha256:...`. */
export async function pushedImage(dir: string, label: string): Promise<string> {
  const context = join(dir, `image-${label}`);
  mkdirSync(context);
  const base = process.env.PINSHIP_TEST_BASE_IMAGE ?? 'pinship/busybox:base';
  writeFileSync(join(context, 'Dockerfile'), `FROM ${base}\nLABEL pinship.bench.variant=${label}\n`);
  const result = await buildImage(
    {
      context,
      image: `${process.env.PINSHIP_TEST_REGISTRY}/bench/observe`,
      push: true,
      username: 'pinship',
      password: readFileSync(process.env.PINSHIP_TEST_REGISTRY_PASSWORD_FILE!, 'utf8').trim(),
      env: {},
    },
    { docker: await connectEngine(), log: silentLogger },
  );
  return result.ref;
}

/** git http-backend serving `root` on 127.0.0.1 (the tests' server). */
export async function gitServer(projectRoot: string, root: string): Promise<{ port: number; stop: () => void }> {
  const child = spawn(process.execPath, [join(projectRoot, 'test/support/git-http-server.mjs'), root], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const line = await new Promise<string>((resolve) => createInterface({ input: child.stdout! }).once('line', resolve));
  return { port: Number(line), stop: () => child.kill('SIGTERM') };
}

/**
 * A bare repository `gitops.git` in `dir` served at `url`, seeded with the staging overlay on
 * `image`, and a clone of it (returned) that pin pushes from.
 */
export function seedGitOps(dir: string, url: string, overlay: { namespace: string; image: string; seconds: number }) {
  execFileSync('git', [...GIT, 'init', '--quiet', '--bare', join(dir, 'gitops.git')]);
  const clone = join(dir, 'clone');
  execFileSync('git', [...GIT, 'clone', '--quiet', url, clone], { stdio: 'ignore' });
  mkdirSync(join(clone, 'staging'));
  const files = overlayFiles(overlay.namespace, overlay.image, overlay.seconds);
  for (const [f, text] of Object.entries(files)) writeFileSync(join(clone, 'staging', f), text);
  execFileSync('git', [...GIT, '-C', clone, 'add', '-A']);
  execFileSync('git', [...GIT, '-C', clone, 'commit', '--quiet', '-m', 'seed']);
  execFileSync('git', [...GIT, '-C', clone, 'push', '--quiet', 'origin', 'HEAD:refs/heads/main']);
  execFileSync('git', [...GIT, '-C', clone, 'branch', '--quiet', '--set-upstream-to', 'origin/main']);
  return clone;
}

/** A GitRepository and a Kustomization `bench` building ./staging, at 1 h intervals: reconcile requests move them. */
export async function fluxObjects(admin: KubeConfig, namespace: string, url: string): Promise<void> {
  const apply = serverSideApply(admin);
  await apply({
    apiVersion: 'source.toolkit.fluxcd.io/v1',
    kind: 'GitRepository',
    metadata: { name: 'bench', namespace },
    spec: { url, interval: '1h', ref: { branch: 'main' } },
  } as never);
  await apply({
    apiVersion: 'kustomize.toolkit.fluxcd.io/v1',
    kind: 'Kustomization',
    metadata: { name: 'bench', namespace },
    spec: { interval: '1h', path: './staging', prune: true, sourceRef: { kind: 'GitRepository', name: 'bench' } },
  } as never);
}

/** Reading and annotating the Flux objects, besides the README's Role (docs/gitops.md, Permissions). */
export async function fluxRole(admin: KubeConfig, namespace: string, name: string): Promise<void> {
  const apply = serverSideApply(admin);
  await apply({
    apiVersion: 'rbac.authorization.k8s.io/v1',
    kind: 'Role',
    metadata: { name: `${name}-flux`, namespace },
    rules: [
      {
        apiGroups: ['kustomize.toolkit.fluxcd.io', 'source.toolkit.fluxcd.io'],
        resources: ['kustomizations', 'gitrepositories'],
        verbs: ['get', 'list', 'watch', 'patch'],
      },
    ],
  } as never);
  await apply({
    apiVersion: 'rbac.authorization.k8s.io/v1',
    kind: 'RoleBinding',
    metadata: { name: `${name}-flux`, namespace },
    roleRef: { apiGroup: 'rbac.authorization.k8s.io', kind: 'Role', name: `${name}-flux` },
    subjects: [{ kind: 'ServiceAccount', name, namespace }],
  } as never);
}
