import { CoreV1Api } from '@kubernetes/client-node';
import { describe, expect, it } from 'vitest';
import { runOverlay } from '../../src/run/kube/run-overlay.js';
import { testInfra } from '../support/infra.js';
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

const deployment = (
  name: string,
  image: string,
  command: string,
  probe: string,
  deadline = 8,
  minReady = 0,
) => `apiVersion: apps/v1
kind: Deployment
metadata: { name: ${name} }
spec:
  replicas: 1
  progressDeadlineSeconds: ${deadline}
  minReadySeconds: ${minReady}
  selector: { matchLabels: { app: ${name} } }
  template:
    metadata: { labels: { app: ${name} } }
    spec:
      terminationGracePeriodSeconds: 1
      containers:
        - name: main
          image: ${image}
          command: ["sh", "-c", "${command}"]
          ${probe}
`;

const job = (image: string, command: string, extra = '') => `apiVersion: batch/v1
kind: Job
metadata: { name: work }
spec:${extra}
  completionMode: Indexed
  completions: 1
  backoffLimitPerIndex: 0
  template:
    spec:
      restartPolicy: Never
      terminationGracePeriodSeconds: 1
      containers:
        - name: main
          image: ${image}
          command: ["sh", "-c", "${command}"]
`;

describe('runs that do not get anywhere', () => {
  it('names a readiness probe that never passes, and counts the restarts of a crashing container', async () => {
    const namespace = await testNamespace('stall');
    const image = await pushedImage('kube-stall');
    const dir = writeOverlay({
      'kustomization.yaml': kustomization(namespace, ['never-ready.yaml', 'crashing.yaml']),
      'never-ready.yaml': deployment(
        'never-ready',
        image,
        'exec sleep 3600',
        'readinessProbe: { exec: { command: ["false"] }, periodSeconds: 1 }',
      ),
      // The kubelet backs off 10 s after the second exit: long enough a deadline to see the loop.
      // Without a probe a container is Ready while it runs, so the few milliseconds before its exit
      // could make the rollout complete, as kubectl would judge it; minReadySeconds rules that out.
      'crashing.yaml': deployment(
        'crashing',
        image,
        'echo going down; exit 2',
        'livenessProbe: { exec: { command: ["true"] } }',
        20,
        5,
      ),
    });
    const { record } = await runOverlay({
      overlay: dir,
      kubeconfig: clusterKubeconfig(),
      log: kubeTestLogger(),
      timeoutSeconds: 120,
    });
    expectValidRecord(record);
    expect(record.conclusion).toBe('failure');
    expect(record.parameters.shards).toBe(0);
    const byName = Object.fromEntries(record.rollouts.map((r) => [r.name, r]));
    expect(byName['never-ready']).toMatchObject({
      conclusion: 'failure',
      reason: 'ProgressDeadlineExceeded',
      replicas: { ready: 0 },
    });
    const probe = String.raw`ReadinessProbeFailing \(container main runs but its readiness probe does not pass\)`;
    expect(byName['never-ready']!.message).toMatch(
      new RegExp(String.raw`ProgressDeadlineExceeded: .*; pod never-ready-\S+: ${probe}`),
    );
    expect(byName['never-ready']!.pods).toEqual([
      expect.objectContaining({ ready: false, reason: 'ReadinessProbeFailing' }),
    ]);
    const crashing = byName.crashing!;
    expect(crashing).toMatchObject({ conclusion: 'failure', reason: 'ProgressDeadlineExceeded' });
    expect(crashing.restarts).toBeGreaterThanOrEqual(1);
    expect(crashing.pods![0]).toMatchObject({
      reason: 'CrashLoopBackOff',
      message: expect.stringMatching(/last exit: Error \(exit 2\)/),
    });
  });

  it('stops waiting on an image that cannot be pulled, with ImagePullBackOff', async () => {
    const namespace = await testNamespace('nopull');
    const absent = `${testInfra().registry}/test/never-pushed@sha256:${'0'.repeat(64)}`;
    const dir = writeOverlay({
      'kustomization.yaml': kustomization(namespace, ['job.yaml']),
      'job.yaml': job(absent, 'true'),
    });
    const log = kubeTestLogger();
    const { record } = await runOverlay({ overlay: dir, kubeconfig: clusterKubeconfig(), log, timeoutSeconds: 120 });
    expectValidRecord(record);
    expect(record.conclusion).toBe('failure');
    expect(record.cancellation).toBeNull();
    const [attempt] = record.shards[0]!.attempts;
    expect(attempt).toMatchObject({ status: 'failed', reason: 'ImagePullBackOff', exitCode: null });
    expect(attempt!.message).toMatch(/never-pushed/);
    expect(
      log.lines.some((l) =>
        /^warning: still in the cluster, waiting on what Kubernetes retries: job\/work \(work-0-/.test(l),
      ),
    ).toBe(true);
  });

  it('ends the wait at --timeout with what is known, and leaves the Job running', async () => {
    const namespace = await testNamespace('timeout');
    const image = await pushedImage('kube-timeout');
    const dir = writeOverlay({
      'kustomization.yaml': kustomization(namespace, ['job.yaml']),
      'job.yaml': job(image, 'echo started; exec sleep 300'),
    });
    const log = kubeTestLogger();
    // Long enough for the pod to start on a busy machine: the timeout counts from the apply.
    const { record } = await runOverlay({ overlay: dir, kubeconfig: clusterKubeconfig(), log, timeoutSeconds: 20 });
    expectValidRecord(record);
    expect(record.conclusion).toBe('timed-out');
    const [attempt] = record.shards[0]!.attempts;
    expect(attempt).toMatchObject({ status: 'timed-out', reason: 'DeadlineExceeded' });
    expect(attempt!.message).toMatch(/went over its timeout of 20s; pod work-0-\S+ is still running in the cluster/);
    expect(
      log.lines.some((l) => /still running in the cluster: job\/work \(1 pod\(s\) running or pending\)/.test(l)),
    ).toBe(true);
    const pods = await adminConfig().makeApiClient(CoreV1Api).listNamespacedPod({ namespace });
    expect(pods.items.map((p) => p.status?.phase)).toEqual(['Running']);
  });

  it('names DeadlineExceeded when the Job goes over its activeDeadlineSeconds', async () => {
    const namespace = await testNamespace('deadline');
    const image = await pushedImage('kube-deadline');
    const dir = writeOverlay({
      'kustomization.yaml': kustomization(namespace, ['job.yaml']),
      'job.yaml': job(image, 'echo started; exec sleep 300', '\n  activeDeadlineSeconds: 4'),
    });
    const { record } = await runOverlay({
      overlay: dir,
      kubeconfig: clusterKubeconfig(),
      log: kubeTestLogger(),
      timeoutSeconds: 120,
    });
    expectValidRecord(record);
    expect(record.conclusion).toBe('failure');
    expect(record.cancellation).toBeNull();
    const [attempt] = record.shards[0]!.attempts;
    expect(attempt).toMatchObject({ status: 'failed', reason: 'DeadlineExceeded' });
    expect(attempt!.message).toMatch(/active|deadline/i);
  });
});
