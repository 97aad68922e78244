import { readFileSync, writeFileSync } from 'node:fs';
import { createConnection, createServer, type Server, type Socket } from 'node:net';
import { join } from 'node:path';
import { CoreV1Api, RbacAuthorizationV1Api, type V1Role } from '@kubernetes/client-node';
import { describe, expect, it } from 'vitest';
import YAML from 'yaml';
import { runOverlay } from '../../src/run/kube/run-overlay.js';
import { scratchDir } from '../support/scratch.js';
import { adminConfig, kubeTestLogger, kustomization, pushedImage, testNamespace, writeOverlay } from './support.js';

const ROLE_FILE = join(import.meta.dirname, '../../docs/kubernetes-role.yaml');

const job = (image: string, command = 'echo pinship:result {}') => `apiVersion: batch/v1
kind: Job
metadata: { name: small }
spec:
  completionMode: Indexed
  completions: 1
  template:
    spec:
      restartPolicy: Never
      containers:
        - { name: main, image: ${image}, command: ["sh", "-c", "${command}"] }
`;

/** A ServiceAccount bound to `role` in `namespace`, and a kubeconfig file with a token for it. */
async function identityWith(namespace: string, role: V1Role): Promise<string> {
  const admin = adminConfig();
  const core = admin.makeApiClient(CoreV1Api);
  const rbac = admin.makeApiClient(RbacAuthorizationV1Api);
  await core.createNamespacedServiceAccount({ namespace, body: { metadata: { name: 'ci' } } });
  await rbac.createNamespacedRole({ namespace, body: role });
  await rbac.createNamespacedRoleBinding({
    namespace,
    body: {
      metadata: { name: 'ci' },
      roleRef: { apiGroup: 'rbac.authorization.k8s.io', kind: 'Role', name: role.metadata!.name! },
      subjects: [{ kind: 'ServiceAccount', name: 'ci', namespace }],
    },
  });
  const token = await core.createNamespacedServiceAccountToken({
    name: 'ci',
    namespace,
    body: { spec: { expirationSeconds: 600 } },
  });
  const cluster = admin.getCurrentCluster()!;
  const file = join(scratchDir('pinship-rbac-'), 'kubeconfig');
  const ca = cluster.caData ?? readFileSync(cluster.caFile!).toString('base64');
  writeFileSync(
    file,
    YAML.stringify({
      apiVersion: 'v1',
      kind: 'Config',
      clusters: [{ name: 'c', cluster: { server: cluster.server, 'certificate-authority-data': ca } }],
      users: [{ name: 'ci', user: { token: token.status!.token } }],
      contexts: [{ name: 'ci', context: { cluster: 'c', user: 'ci', namespace } }],
      'current-context': 'ci',
    }),
    { mode: 0o600 },
  );
  return file;
}

/** A TCP relay on 127.0.0.1 to the API server that can be cut (every connection) and resumed. */
class CuttableRelay {
  private server: Server | undefined;
  private readonly sockets = new Set<Socket>();
  port = 0;
  constructor(private readonly target: URL) {}

  async open(): Promise<void> {
    this.server = createServer((client) => {
      const upstream = createConnection(Number(this.target.port), this.target.hostname);
      for (const s of [client, upstream]) {
        this.sockets.add(s);
        s.on('error', () => undefined).on('close', () => this.sockets.delete(s));
      }
      client.pipe(upstream).pipe(client);
    });
    await new Promise<void>((resolve) => this.server!.listen(this.port, '127.0.0.1', resolve));
    this.port = (this.server.address() as { port: number }).port;
  }

  async cut(): Promise<void> {
    const closed = new Promise((resolve) => this.server?.close(resolve));
    for (const s of this.sockets) s.destroy();
    await closed;
  }
}

describe('RBAC', () => {
  const documented = () => YAML.parse(readFileSync(ROLE_FILE, 'utf8')) as V1Role;

  it('the Role the README lists is enough for a run (the namespace comes from the context)', async () => {
    expect(readFileSync(join(import.meta.dirname, '../../README.md'), 'utf8')).toContain(
      readFileSync(ROLE_FILE, 'utf8').trim(),
    );
    const namespace = await testNamespace('rbac-ok');
    const kubeconfig = await identityWith(namespace, documented());
    const image = await pushedImage('kube-rbac');
    const dir = writeOverlay({
      'kustomization.yaml': kustomization(namespace, ['job.yaml']).replace(/^namespace: .*\n/m, ''),
      'job.yaml': job(image),
    });
    const { record } = await runOverlay({ overlay: dir, kubeconfig, log: kubeTestLogger(), timeoutSeconds: 120 });
    expect(record.conclusion).toBe('success');
    expect(record.shards[0]!.results).toHaveLength(1);
  });

  it('a Role without watch on Jobs: the error names the verb, the resource and the namespace', async () => {
    const namespace = await testNamespace('rbac-nowatch');
    const role = documented();
    role.rules = role.rules!.map((r) =>
      r.resources?.includes('jobs') ? { ...r, verbs: r.verbs.filter((v) => v !== 'watch') } : r,
    );
    const kubeconfig = await identityWith(namespace, role);
    const image = await pushedImage('kube-rbac');
    const dir = writeOverlay({ 'kustomization.yaml': kustomization(namespace, ['job.yaml']), 'job.yaml': job(image) });
    const run = runOverlay({
      overlay: dir,
      kubeconfig,
      log: kubeTestLogger(),
      timeoutSeconds: 60,
      out: join(scratchDir('pinship-rbac-'), 'run.json'),
    });
    await expect(run).rejects.toThrow(
      new RegExp(`forbidden: cannot watch jobs\\.batch in namespace ${namespace}: Forbidden`),
    );
  });

  it('a 403 right after the API server came back is waited out, not taken for a refusal', async () => {
    const namespace = await testNamespace('rbac-restart');
    const kubeconfig = await identityWith(namespace, documented());
    const relay = new CuttableRelay(new URL(adminConfig().getCurrentCluster()!.server));
    await relay.open();
    writeFileSync(
      kubeconfig,
      readFileSync(kubeconfig, 'utf8').replace(/server: .*/, `server: https://127.0.0.1:${relay.port}`),
    );
    const image = await pushedImage('kube-rbac');
    const dir = writeOverlay({
      'kustomization.yaml': kustomization(namespace, ['job.yaml']),
      'job.yaml': job(image, 'sleep 12; echo pinship:result {}'),
    });
    const log = kubeTestLogger();
    const running = log.waitForProgress(/1 running/);
    const run = runOverlay({ overlay: dir, kubeconfig, log, timeoutSeconds: 120 });
    try {
      await running;
      // As an API server restart looks to a client: the connection goes, and when it is back the
      // authorizer refuses the identity for a while (here: its RoleBinding, gone, then restored).
      await relay.cut();
      const rbac = adminConfig().makeApiClient(RbacAuthorizationV1Api);
      const binding = await rbac.readNamespacedRoleBinding({ name: 'ci', namespace });
      await rbac.deleteNamespacedRoleBinding({ name: 'ci', namespace });
      await relay.open();
      const refused = () => log.lines.some((l) => /^debug: watch of .* failed .*forbidden/i.test(l));
      for (let i = 0; i < 200 && !refused(); i++) await new Promise((r) => setTimeout(r, 100));
      expect(refused(), log.lines.join('\n')).toBe(true);
      await rbac.createNamespacedRoleBinding({
        namespace,
        body: { metadata: { name: 'ci' }, roleRef: binding.roleRef, subjects: binding.subjects },
      });
      const { record } = await run;
      expect(record.conclusion).toBe('success');
      expect(record.shards[0]!.results).toHaveLength(1);
    } finally {
      await relay.cut();
    }
  });
});
