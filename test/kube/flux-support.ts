import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { createInterface } from 'node:readline';
import { KubernetesObjectApi } from '@kubernetes/client-node';
import { afterAll, beforeAll } from 'vitest';
import { git } from '../../src/git/git.js';
import { scratchDir } from '../support/scratch.js';
import { adminConfig } from './support.js';

const IDENTITY = [
  '-c',
  'user.name=Test Seeder',
  '-c',
  'user.email=seeder@example.com',
  '-c',
  'init.defaultBranch=main',
];

/**
 * A real Git server over HTTP on 127.0.0.1 (git http-backend, test/support/git-http-server.mjs)
 * for the file's tests, run as a child process so that a test blocking on git never blocks it.
 */
export function gitServer(): { url: (repo: string) => string; root: () => string } {
  let child: ChildProcess | undefined;
  let port = 0;
  const root = scratchDir('pinship-gitserver-');
  beforeAll(async () => {
    const script = join(import.meta.dirname, '..', 'support', 'git-http-server.mjs');
    child = spawn(process.execPath, [script, root], { stdio: ['ignore', 'pipe', 'inherit'] });
    const lines = createInterface({ input: child.stdout! });
    port = await new Promise<number>((resolve, reject) => {
      lines.once('line', (line) => resolve(Number(line)));
      child!.once('exit', (code) => reject(new Error(`the git server exited (${code}) before listening`)));
    });
  });
  afterAll(() => {
    child?.kill('SIGTERM');
  });
  return { url: (repo) => `http://127.0.0.1:${port}/${repo}.git`, root: () => root };
}

/** A bare repository `name` on the server seeded with `files` on main; resolves to a clone of it over HTTP. */
export async function seededRepository(
  server: ReturnType<typeof gitServer>,
  name: string,
  files: Record<string, string>,
): Promise<string> {
  const bare = join(server.root(), `${name}.git`);
  await git(server.root(), [...IDENTITY, 'init', '--quiet', '--bare', bare]);
  const clone = join(scratchDir('pinship-gitops-'), name);
  await git(server.root(), [...IDENTITY, 'clone', '--quiet', server.url(name), clone]);
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(clone, path)), { recursive: true });
    writeFileSync(join(clone, path), text);
  }
  await git(clone, ['add', '-A']);
  await git(clone, [...IDENTITY, 'commit', '--quiet', '-m', 'seed']);
  await git(clone, ['push', '--quiet', 'origin', 'HEAD:refs/heads/main']);
  await git(clone, ['branch', '--quiet', '--set-upstream-to', 'origin/main']);
  return clone;
}

/**
 * A GitRepository on `url` (main) and a Kustomization building `path` from it, in `namespace`.
 * Long intervals: only a requested reconcile makes them act, so a test decides when.
 */
export async function fluxKustomization(namespace: string, name: string, url: string, path: string): Promise<void> {
  const api = KubernetesObjectApi.makeApiClient(adminConfig());
  await api.create({
    apiVersion: 'source.toolkit.fluxcd.io/v1',
    kind: 'GitRepository',
    metadata: { name, namespace },
    spec: { url, interval: '1h', ref: { branch: 'main' }, timeout: '60s' },
  } as never);
  await api.create({
    apiVersion: 'kustomize.toolkit.fluxcd.io/v1',
    kind: 'Kustomization',
    metadata: { name, namespace },
    spec: {
      interval: '1h',
      retryInterval: '1h',
      path,
      prune: true,
      timeout: '2m',
      sourceRef: { kind: 'GitRepository', name },
    },
  } as never);
}
