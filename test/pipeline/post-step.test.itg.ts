import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CoreV1Api } from '@kubernetes/client-node';
import { describe, expect, it } from 'vitest';
import { ensureNamespace } from '../../src/kube/run-namespace.js';
import { silentLogger } from '../../src/log/silent-logger.js';
import { cleanup } from '../../src/run/kube/cleanup.js';
import { adminConfig, clusterKubeconfig } from '../kube/support.js';
import { runBundledActionAsync } from '../support/actions-runner.js';

/** A pull request's namespace as a run creates it (labelled, with a TTL). */
async function prNamespace(): Promise<string> {
  const number = 90000 + Math.floor(Math.random() * 9000);
  const name = `pinship-pr-${number}`;
  const owner = { pullRequest: number, repository: 'acme/post-app', ttlSeconds: 3600 };
  expect(await ensureNamespace(adminConfig(), name, owner, silentLogger)).toBe(true);
  return name;
}

async function exists(name: string): Promise<boolean> {
  const api = adminConfig().makeApiClient(CoreV1Api);
  return api.readNamespace({ name }).then(
    (ns) => !ns.metadata?.deletionTimestamp,
    (err: { code?: number }) => {
      if (err.code === 404) return false;
      throw err;
    },
  );
}

/** The root action's post step, as the runner runs it after the main step saved `state`. */
function postStep(state: Record<string, string>) {
  const kubeconfig = readFileSync(clusterKubeconfig(), 'utf8');
  const env: Record<string, string> = { GITHUB_REPOSITORY: 'acme/post-app' };
  for (const [name, value] of Object.entries(state)) env[`STATE_${name}`] = value;
  return runBundledActionAsync('pipeline-post', { kubeconfig }, { env });
}

describe("the root action's post step", () => {
  it('a cancelled pull request run (a new push arrived) leaves no namespace behind', async () => {
    const namespace = await prNamespace();
    const post = await postStep({ namespace, ended: 'stopped' });
    expect(post.status, post.stdout + post.stderr).toBe(0);
    expect(post.stdout).toContain(`the run was stopped: deleted namespace ${namespace}`);
    // The key is registered with the runner's mask (which swallows those lines), and never printed.
    const key = /client-key-data: (\S+)/.exec(readFileSync(clusterKubeconfig(), 'utf8'))![1]!;
    const printed = post.stdout.split('\n').filter((l) => !l.startsWith('::add-mask::'));
    expect(post.stdout).toContain(`::add-mask::${key}`);
    expect(printed.join('\n')).not.toContain(key);
    expect(await exists(namespace)).toBe(false);
  });

  it("a main step killed before removing the kubeconfig's private folder: the post step removes it", async () => {
    const folder = mkdtempSync(join(tmpdir(), 'pinship-kubeconfig-'));
    writeFileSync(join(folder, 'kubeconfig'), readFileSync(clusterKubeconfig(), 'utf8'), { mode: 0o600 });
    // Killed (SIGKILL): neither the main step's own removal nor its `ended` state happened.
    const post = await postStep({ 'kubeconfig-dir': folder });
    expect(post.status, post.stdout + post.stderr).toBe(0);
    expect(existsSync(folder)).toBe(false);
  });

  it('a run that ended by itself keeps its namespace until the pull request closes', async () => {
    const namespace = await prNamespace();
    try {
      const post = await postStep({ namespace, ended: 'by itself' });
      expect(post.status, post.stdout + post.stderr).toBe(0);
      expect(await exists(namespace)).toBe(true);
    } finally {
      await cleanup({ namespace, kubeconfig: clusterKubeconfig(), log: silentLogger, processEnv: {} });
    }
  });
});
