import { BatchV1Api } from '@kubernetes/client-node';
import { describe, expect, it } from 'vitest';
import { silentLogger } from '../../src/log/silent-logger.js';
import { parseImagePins } from '../../src/pin/image-pins.js';
import { pin } from '../../src/pin/pin.js';
import { runOverlay } from '../../src/run/kube/run-overlay.js';
import { expectValidRecord } from '../run/support.js';
import {
  adminConfig,
  clusterKubeconfig,
  kubeTestLogger,
  pushedImage,
  pushedVariant,
  testNamespace,
  writeOverlay,
} from './support.js';

const job = (name: string, image: string) => `apiVersion: batch/v1
kind: Job
metadata: { name: ${name} }
spec:
  completionMode: Indexed
  completions: 2
  parallelism: 2
  ttlSecondsAfterFinished: 300
  template:
    spec:
      restartPolicy: Never
      terminationGracePeriodSeconds: 1
      containers:
        - name: main
          image: ${image}
          command: ["sh", "-c", "echo pinship:result {\\\\\\"index\\\\\\": $JOB_COMPLETION_INDEX}"]
`;

const deployment = `apiVersion: apps/v1
kind: Deployment
metadata: { name: worker }
spec:
  replicas: 2
  progressDeadlineSeconds: 60
  selector: { matchLabels: { app: worker } }
  template:
    metadata: { labels: { app: worker } }
    spec:
      terminationGracePeriodSeconds: 1
      containers:
        - name: worker
          image: compute
          command: ["sh", "-c", "touch /tmp/ready; exec sleep 3600"]
          readinessProbe: { exec: { command: [test, -f, /tmp/ready] }, periodSeconds: 1 }
`;

describe('pin, then run --overlay', () => {
  it('replaces the Job with a new image, leaves the other alone, rolls the Deployment to the new digest', async () => {
    const namespace = await testNamespace('pinrun');
    const first = await pushedImage('kube-pin');
    const second = await pushedVariant(first, 'v2');
    const [repo, firstDigest] = first.split('@') as [string, string];
    const secondDigest = second.split('@')[1]!;
    const dir = writeOverlay({
      'kustomization.yaml': `apiVersion: kustomize.config.k8s.io/v1beta1
kind: Kustomization
namespace: ${namespace}
resources: [moving.yaml, steady.yaml, worker.yaml]
images:
  - name: compute
    newName: ${repo}
    digest: ${firstDigest}
  - name: steady
    newName: ${repo}
    digest: ${firstDigest}
`,
      'moving.yaml': job('moving', 'compute'),
      'steady.yaml': job('steady', 'steady'),
      'worker.yaml': deployment,
    });
    const options = { overlay: dir, kubeconfig: clusterKubeconfig(), timeoutSeconds: 180 };
    const before = await runOverlay({ ...options, log: kubeTestLogger() });
    expect(before.record.conclusion).toBe('success');
    const batch = adminConfig().makeApiClient(BatchV1Api);
    const uids = async () =>
      Object.fromEntries(
        (await batch.listNamespacedJob({ namespace })).items.map((j) => [j.metadata!.name!, j.metadata!.uid!]),
      );
    const uidsBefore = await uids();

    const pinned = await pin({
      repo: dir,
      overlays: ['.'],
      images: parseImagePins([`compute=${second}`]),
      log: silentLogger,
    });
    expect(pinned.changed).toBe(true);
    const log = kubeTestLogger();
    const { record } = await runOverlay({ ...options, log });
    expectValidRecord(record);
    expect(record.conclusion).toBe('success');
    expect(log.lines).toContain('job/moving replaced');
    // pin also marks every Job for GitOps tools (an annotation): applied in place, not replaced.
    expect(log.lines).toContain('job/steady configured');
    const uidsAfter = await uids();
    expect(uidsAfter.steady).toBe(uidsBefore.steady);
    expect(uidsAfter.moving).not.toBe(uidsBefore.moving);

    // The record: shards of both Jobs; the moving one ran the new digest in new pods.
    expect(record.image).toMatchObject({ digest: secondDigest, resolvedFrom: 'digest' });
    expect(record.shards.map((s) => [s.job, s.index, s.status])).toEqual([
      ['moving', 0, 'succeeded'],
      ['moving', 1, 'succeeded'],
      ['steady', 0, 'succeeded'],
      ['steady', 1, 'succeeded'],
    ]);
    const podsOf = (r: typeof record, name: string) =>
      r.shards.filter((s) => s.job === name).flatMap((s) => s.attempts.map((a) => a.runner.id));
    expect(podsOf(record, 'steady')).toEqual(podsOf(before.record, 'steady'));
    expect(podsOf(record, 'moving').some((id) => podsOf(before.record, 'moving').includes(id))).toBe(false);

    // The rollout: every current pod runs the digest pin wrote.
    const [rollout] = record.rollouts;
    expect(rollout).toMatchObject({
      name: 'worker',
      conclusion: 'success',
      revision: '2',
      replicas: { desired: 2, updated: 2, ready: 2, available: 2 },
    });
    expect(rollout!.images).toEqual([{ container: 'worker', image: second, digest: secondDigest, pods: 2 }]);
    expect(rollout!.durationSeconds).toBeGreaterThan(0);

    // Nothing changed since: nothing is re-applied or re-run.
    const again = kubeTestLogger();
    const third = await runOverlay({ ...options, log: again });
    expect(again.lines.filter((l) => /^(job|deployment)\/[\w-]+ unchanged$/.test(l))).toEqual([
      'deployment/worker unchanged',
      'job/moving unchanged',
      'job/steady unchanged',
    ]);
    // ...and the run says that its Jobs did not run again.
    expect(again.lines.filter((l) => /^job\/[\w-]+: not run again \(unchanged\)/.test(l))).toHaveLength(2);
    expect(await uids()).toEqual(uidsAfter);
    expect(podsOf(third.record, 'moving')).toEqual(podsOf(record, 'moving'));
  });
});
