import { join } from 'node:path';
import { BatchV1Api } from '@kubernetes/client-node';
import { describe, expect, it } from 'vitest';
import { silentLogger } from '../../src/log/silent-logger.js';
import { parseImagePins } from '../../src/pin/image-pins.js';
import { pin } from '../../src/pin/pin.js';
import { renderReport } from '../../src/report/render/report.js';
import { observeOverlay } from '../../src/run/kube/observe/observe-overlay.js';
import { expectValidRecord } from '../run/support.js';
import { fluxKustomization, gitServer, seededRepository } from './flux-support.js';
import {
  adminConfig,
  clusterKubeconfig,
  kubeTestLogger,
  pushedImage,
  pushedVariant,
  testNamespace,
} from './support.js';

const server = gitServer();

const job = `apiVersion: batch/v1
kind: Job
metadata: { name: moving }
spec:
  completionMode: Indexed
  completions: 2
  parallelism: 2
  template:
    spec:
      restartPolicy: Never
      terminationGracePeriodSeconds: 1
      containers:
        - name: main
          image: compute
          command: ["sh", "-c", "echo pinship:result {\\\\\\"index\\\\\\": $JOB_COMPLETION_INDEX}"]
`;

const worker = (image: string) => `apiVersion: apps/v1
kind: Deployment
metadata: { name: worker }
spec:
  replicas: 2
  progressDeadlineSeconds: 120
  selector: { matchLabels: { app: worker } }
  template:
    metadata: { labels: { app: worker } }
    spec:
      terminationGracePeriodSeconds: 1
      containers:
        - name: worker
          image: ${image}
          command: ["sh", "-c", "touch /tmp/ready; exec sleep 3600"]
          readinessProbe: { exec: { command: [test, -f, /tmp/ready] }, periodSeconds: 1 }
`;

/** A GitOps repository whose overlays/staging holds an Indexed Job and a Deployment, built by a Flux Kustomization. */
async function gitops(prefix: string, workerImage: string) {
  const namespace = await testNamespace(prefix);
  const image = await pushedImage(`flux-${prefix}`);
  const [repo, digest] = image.split('@') as [string, string];
  const clone = await seededRepository(server, namespace, {
    'overlays/staging/kustomization.yaml': `apiVersion: kustomize.config.k8s.io/v1beta1
kind: Kustomization
namespace: ${namespace}
resources: [job.yaml, worker.yaml]
images:
  - { name: compute, newName: ${repo}, digest: ${digest} }
  - { name: steady, newName: ${repo}, digest: ${digest} }
`,
    'overlays/staging/job.yaml': job,
    'overlays/staging/worker.yaml': worker(workerImage),
  });
  await fluxKustomization(namespace, 'staging', server.url(namespace), './overlays/staging');
  const overlay = join(clone, 'overlays/staging');
  const observe = (revision?: string, kustomization?: string) =>
    observeOverlay({
      overlay,
      revision,
      kustomization,
      reconcile: true,
      kubeconfig: clusterKubeconfig(),
      timeoutSeconds: 300,
      log: kubeTestLogger(),
    });
  const pinPush = async (ref: string, rollJobs = true) =>
    (
      await pin({
        repo: clone,
        overlays: ['overlays/staging'],
        images: parseImagePins([`compute=${ref}`]),
        push: true,
        rollJobs,
        log: silentLogger,
      })
    ).commit!;
  return { namespace, image, clone, observe, pinPush };
}

const jobUid = async (namespace: string) =>
  (await adminConfig().makeApiClient(BatchV1Api).readNamespacedJob({ namespace, name: 'moving' })).metadata!.uid!;

/** Several pushes, reconciles and rollouts per test, on a shared 2-core machine. */
const SLOW = 900_000;

describe('run --observe with Flux on the test cluster', () => {
  it(
    'waits for Flux to apply a pin: Job replaced and done, Deployment rolled, record names Flux',
    async () => {
      const site = await gitops('fluxok', 'compute');
      const seeded = await site.observe();
      expect(seeded.record.conclusion).toBe('success');
      const uidBefore = await jobUid(site.namespace);

      const next = await pushedVariant(site.image, 'v2');
      const commit = await site.pinPush(next);
      // Named: the GitRepository's URL comes from the reconcile request's answer, not a listing.
      const { record } = await site.observe(commit, `${site.namespace}/staging`);
      expectValidRecord(record);
      expect(record.conclusion).toBe('success');
      expect(record.appliedBy).toEqual({
        controller: 'flux',
        kustomization: `${site.namespace}/staging`,
        revision: `main@sha1:${commit}`,
        commit,
        sourceUrl: server.url(site.namespace).replace(/\.git$/, ''),
      });
      expect(await jobUid(site.namespace)).not.toBe(uidBefore);
      const digest = next.split('@')[1]!;
      expect(record.image).toMatchObject({ ref: next, digest });
      expect(record.shards.map((s) => [s.index, s.status, s.results.length])).toEqual([
        [0, 'succeeded', 1],
        [1, 'succeeded', 1],
      ]);
      const oldPods = seeded.record.shards.flatMap((s) => s.attempts.map((a) => a.runner.id));
      expect(record.shards.flatMap((s) => s.attempts.map((a) => a.runner.id)).some((id) => oldPods.includes(id))).toBe(
        false,
      );
      expect(record.rollouts[0]).toMatchObject({ name: 'worker', conclusion: 'success', revision: '2' });
      expect(record.rollouts[0]!.images).toEqual([{ container: 'worker', image: next, digest, pods: 2 }]);

      const report = renderReport({
        record,
        experiment: 'flux',
        baseline: null,
        trend: [],
        metrics: [],
        thresholdPct: 10,
        trendOpen: true,
        summaryUrl: null,
      });
      expect(report.comment).toContain(`- **Applied by**: Flux Kustomization \`${site.namespace}/staging\` at \``);

      // Two pins in quick succession: the first never gets applied on its own.
      const third = await pushedVariant(site.image, 'v3');
      const first = await site.pinPush(site.image);
      const second = await site.pinPush(third);
      await expect(site.observe(first)).rejects.toThrow(
        new RegExp(`commit ${first.slice(0, 12)} was superseded by main@sha1:${second}`),
      );
    },
    SLOW,
  );

  it(
    "fails with the controller's message on a refused Job change; names an unpullable image's pods",
    async () => {
      const site = await gitops('fluxno', 'steady');
      expect((await site.observe()).record.conclusion).toBe('success');
      const next = await pushedVariant(site.image, 'v2');
      const refused = await site.pinPush(next, false);
      await expect(site.observe(refused)).rejects.toThrow(
        new RegExp(`refused commit ${refused.slice(0, 12)} \\(job/moving\\): .*field is immutable`),
      );

      const missing = `${site.image.split('@')[0]}@sha256:${'0'.repeat(64)}`;
      const commit = await site.pinPush(missing);
      const { record } = await site.observe(commit);
      expectValidRecord(record);
      expect(record.conclusion).toBe('failure');
      expect(record.appliedBy?.commit).toBe(commit);
      for (const shard of record.shards) {
        const [attempt] = shard.attempts;
        expect(attempt!.reason).toMatch(/^(ErrImagePull|ImagePullBackOff)$/);
        expect(attempt!.runner.name).toMatch(/^moving-/);
      }
      expect(record.rollouts[0]).toMatchObject({ name: 'worker', conclusion: 'success' });
    },
    SLOW,
  );
});
