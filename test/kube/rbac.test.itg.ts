import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { CoreV1Api, RbacAuthorizationV1Api, type V1Role } from '@kubernetes/client-node';
import { describe, expect, it } from 'vitest';
import YAML from 'yaml';
import { runOverlay } from '../../src/run/kube/run-overlay.js';
import { scratchDir } from '../support/scratch.js';
import { adminConfig, kubeTestLogger, kustomization, pushedImage, testNamespace, writeOverlay } from './support.js';

const ROLE_FILE = join(import.meta.dirname, '../../docs/kubernetes-role.yaml');

const job = (image: string) => `apiVersion: batch/v1
kind: Job
metadata: { name: small }
spec:
  completionMode: Indexed
  completions: 1
  template:
    spec:
      restartPolicy: Never
      containers:
        - { name: main, image: ${image}, command: ["sh", "-c", "echo pinship:result {}"] }
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
});
