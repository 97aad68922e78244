import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  BatchV1Api,
  CoreV1Api,
  PatchStrategy,
  RbacAuthorizationV1Api,
  setHeaderOptions,
} from '@kubernetes/client-node';
import { describe, expect, it } from 'vitest';
import { parseImagePins } from '../../src/pin/image-pins.js';
import { cleanup } from '../../src/run/kube/cleanup.js';
import { runOverlay } from '../../src/run/kube/run-overlay.js';
import { expectValidRecord } from '../run/support.js';
import {
  adminConfig,
  clusterKubeconfig,
  kubeTestLogger,
  kustomization,
  pushedImage,
  testNamespace,
  writeOverlay,
} from './support.js';

const job = (name: string, image: string, extra = '') => `apiVersion: batch/v1
kind: Job
metadata: { name: ${name} }
spec:
  completionMode: Indexed
  completions: 1
  template:
    spec:
      restartPolicy: Never
      terminationGracePeriodSeconds: 1
      containers:
        - name: main
          image: ${image}
          command: ["sh", "-c", "echo 'pinship:result {\\"ok\\": true}'"]
${extra}`;

const run = (overlay: string, more: Partial<Parameters<typeof runOverlay>[0]> = {}) =>
  runOverlay({ overlay, kubeconfig: clusterKubeconfig(), log: kubeTestLogger(), timeoutSeconds: 120, ...more });

const jobNames = async (namespace: string) =>
  (await adminConfig().makeApiClient(BatchV1Api).listNamespacedJob({ namespace })).items.map((j) => j.metadata!.name);

describe('what an overlay may create on a shared cluster', () => {
  it('refuses a ClusterRoleBinding beside the Job and applies nothing', async () => {
    const namespace = await testNamespace('trust-crb');
    const image = await pushedImage('kube-trust');
    const binding = `crb-${namespace}`;
    const dir = writeOverlay({
      'kustomization.yaml': kustomization(namespace, ['job.yaml', 'binding.yaml']),
      'job.yaml': job('work', image),
      'binding.yaml': `apiVersion: rbac.authorization.k8s.io/v1
kind: ClusterRoleBinding
metadata: { name: ${binding} }
roleRef: { apiGroup: rbac.authorization.k8s.io, kind: ClusterRole, name: cluster-admin }
subjects: [{ kind: ServiceAccount, name: default, namespace: ${namespace} }]
`,
    });
    await expect(run(dir)).rejects.toThrow(
      `the overlay holds what a run may not create: ClusterRoleBinding/${binding} (kind not allowed); ` +
        'nothing was applied',
    );
    expect(await jobNames(namespace)).toEqual([]);
    const bindings = await adminConfig().makeApiClient(RbacAuthorizationV1Api).listClusterRoleBinding();
    expect(bindings.items.map((b) => b.metadata!.name)).not.toContain(binding);
  });

  it('refuses an object in a second namespace and applies nothing', async () => {
    const namespace = await testNamespace('trust-ns');
    const other = await testNamespace('trust-other');
    const image = await pushedImage('kube-trust');
    const dir = writeOverlay({
      'kustomization.yaml': kustomization(namespace, ['job.yaml']).replace(`namespace: ${namespace}\n`, ''),
      'job.yaml': `${job('work', image).replace('name: work }', `name: work, namespace: ${namespace} }`)}---
apiVersion: v1
kind: ConfigMap
metadata: { name: settings, namespace: ${other} }
data: { a: b }
`,
    });
    await expect(run(dir)).rejects.toThrow(
      `ConfigMap/${other}/settings (not in the run's namespace ${namespace}); nothing was applied`,
    );
    expect(await jobNames(namespace)).toEqual([]);
  });

  it('leaves a same-named Job that pinship did not create alone, naming its field manager', async () => {
    const namespace = await testNamespace('trust-foreign');
    const image = await pushedImage('kube-trust');
    const batch = adminConfig().makeApiClient(BatchV1Api);
    // As `kubectl create job work --image ...` makes it.
    const foreign = await batch.createNamespacedJob({
      namespace,
      fieldManager: 'kubectl-create',
      body: {
        metadata: { name: 'work' },
        spec: {
          suspend: true,
          template: { spec: { restartPolicy: 'Never', containers: [{ name: 'work', image, command: ['true'] }] } },
        },
      },
    });
    const dir = writeOverlay({
      'kustomization.yaml': kustomization(namespace, ['job.yaml']),
      'job.yaml': job('work', image),
    });
    await expect(run(dir)).rejects.toThrow(
      `not created by pinship, left alone: Job/${namespace}/work (field manager kubectl-create); nothing was applied`,
    );
    const after = await batch.readNamespacedJob({ namespace, name: 'work' });
    expect(after.metadata!.uid).toBe(foreign.metadata!.uid);
    // Its spec as kubectl made it (the Job controller may still write its status).
    expect(after.metadata!.generation).toBe(foreign.metadata!.generation);
    expect(after.spec!.template.spec!.containers[0]!.command).toEqual(['true']);
    expect(after.metadata!.managedFields!.map((f) => f.manager)).not.toContain('pinship');
  });
});

describe('a namespace per pull request', () => {
  it('is created with labels, runs the overridden image without touching the overlay, and is cleaned', async () => {
    const image = await pushedImage('kube-trust-pr');
    const namespace = `pinship-pr-${Math.random().toString(36).slice(2, 8)}`;
    const core = adminConfig().makeApiClient(CoreV1Api);
    // A namespace an earlier run left whose TTL passed: a later run removes it.
    const expired = `${namespace}-old`;
    await core.createNamespace({
      body: {
        metadata: { name: expired, labels: { 'pinship.dev/created-by': 'pinship', 'pinship.dev/expires': '1' } },
      },
    });
    const kustomizationText = `${kustomization('team-exp', ['job.yaml'])}images:
  - name: compute
    newName: 127.0.0.1:5000/team/compute
    newTag: main
`;
    const dir = writeOverlay({ 'kustomization.yaml': kustomizationText, 'job.yaml': job('work', 'compute') });
    try {
      const { record } = await run(dir, {
        namespace,
        images: parseImagePins([`compute=${image}`]),
        pullRequest: 12,
        repository: 'octo/app',
        sourceCommit: 'a'.repeat(40),
      });
      expectValidRecord(record);
      expect(record.conclusion).toBe('success');
      expect(record.image.ref).toBe(image);
      expect(readFileSync(join(dir, 'kustomization.yaml'), 'utf8')).toBe(kustomizationText);
      const ns = await core.readNamespace({ name: namespace });
      expect(ns.metadata!.labels).toMatchObject({
        'pinship.dev/created-by': 'pinship',
        'pinship.dev/pull-request': '12',
        'pinship.dev/repository': 'octo.app',
        'pinship.dev/source-commit': 'a'.repeat(40),
      });
      expect(Number(ns.metadata!.labels!['pinship.dev/expires'])).toBeGreaterThan(Date.now() / 1000);
      expect(await jobNames(namespace)).toEqual(['work']);
      await expect(core.readNamespace({ name: expired })).rejects.toMatchObject({ code: 404 });

      const result = await cleanup({
        pullRequest: 12,
        repository: 'octo/app',
        kubeconfig: clusterKubeconfig(),
        log: kubeTestLogger(),
      });
      expect(result.namespaces).toEqual([namespace]);
      await expect(core.readNamespace({ name: namespace })).rejects.toMatchObject({ code: 404 });
    } finally {
      await core.deleteNamespace({ name: namespace }).catch(() => {});
      await core.deleteNamespace({ name: expired }).catch(() => {});
    }
  });

  it('run --cleanup in a namespace pinship did not create deletes only what pinship created', async () => {
    const namespace = await testNamespace('trust-clean');
    const image = await pushedImage('kube-trust');
    const core = adminConfig().makeApiClient(CoreV1Api);
    await core.createNamespacedConfigMap({
      namespace,
      body: { metadata: { name: 'team-settings' }, data: { a: 'b' } },
    });
    const dir = writeOverlay({
      'kustomization.yaml': kustomization(namespace, ['job.yaml', 'config.yaml']),
      'job.yaml': job('work', image),
      'config.yaml': 'apiVersion: v1\nkind: ConfigMap\nmetadata: { name: run-settings }\ndata: { c: d }\n',
    });
    const { record } = await run(dir, { cleanup: true });
    expect(record.conclusion).toBe('success');
    expect(await jobNames(namespace)).toEqual([]);
    const maps = (await core.listNamespacedConfigMap({ namespace })).items.map((m) => m.metadata!.name);
    expect(maps).toContain('team-settings');
    expect(maps).not.toContain('run-settings');
    expect((await core.readNamespace({ name: namespace })).status?.phase).toBe('Active');
  });
});

describe('two non-indexed Jobs', () => {
  it("record each pod in its own Job's slots, while the other Job still runs", async () => {
    const namespace = await testNamespace('trust-nonindexed');
    const image = await pushedImage('kube-trust');
    const plain = (name: string, completions: number, parallelism: number, script: string) => `apiVersion: batch/v1
kind: Job
metadata: { name: ${name} }
spec:
  completions: ${completions}
  parallelism: ${parallelism}
  backoffLimit: 0
  template:
    spec:
      restartPolicy: Never
      terminationGracePeriodSeconds: 1
      containers:
        - name: main
          image: ${image}
          command: ["sh", "-c", "${script}; echo 'pinship:result {\\"job\\": \\"${name}\\"}'"]
`;
    const dir = writeOverlay({
      'kustomization.yaml': kustomization(namespace, ['slow.yaml', 'quick.yaml']),
      // The slow Job's slots are not settled while the quick one's pods come one after the other.
      'slow.yaml': plain('slow', 3, 3, 'sleep 30'),
      'quick.yaml': plain('quick', 2, 1, 'true'),
    });
    const { record } = await run(dir);
    expectValidRecord(record);
    // The record keeps the rendered order: kustomize sorts the two Jobs by name.
    expect(record.shards.map((s) => [s.status, s.attempts.length, s.results[0]?.value.job])).toEqual([
      ['succeeded', 1, 'quick'],
      ['succeeded', 1, 'quick'],
      ['succeeded', 1, 'slow'],
      ['succeeded', 1, 'slow'],
      ['succeeded', 1, 'slow'],
    ]);
    expect(record.conclusion).toBe('success');
  });
});

describe('a suspended Job', () => {
  it('is waited for until resumed, and its suspended time is recorded apart', async () => {
    const namespace = await testNamespace('trust-suspend');
    const image = await pushedImage('kube-trust');
    const dir = writeOverlay({
      'kustomization.yaml': kustomization(namespace, ['job.yaml']),
      'job.yaml': job('queued', image).replace('completions: 1', 'completions: 1\n  suspend: true'),
    });
    const log = kubeTestLogger();
    const running = run(dir, { log });
    // As a queue admits it: the test resumes the Job once pinship waits on it.
    while (!log.lines.some((l) => l.includes('job/queued is suspended'))) await new Promise((r) => setTimeout(r, 200));
    await new Promise((r) => setTimeout(r, 2000));
    await adminConfig()
      .makeApiClient(BatchV1Api)
      .patchNamespacedJob(
        { namespace, name: 'queued', body: { spec: { suspend: false } } },
        setHeaderOptions('Content-Type', PatchStrategy.MergePatch),
      );
    const { record } = await running;
    expectValidRecord(record);
    expect(record.conclusion).toBe('success');
    expect(record.suspendedSeconds).toBeGreaterThanOrEqual(2);
    expect(record.durationSeconds).toBeGreaterThan(record.suspendedSeconds!);
    expect(log.lines.some((l) => /job\/queued resumed after \d+s suspended/.test(l))).toBe(true);
  });
});
