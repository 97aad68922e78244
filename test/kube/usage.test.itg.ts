import { ApiregistrationV1Api } from '@kubernetes/client-node';
import { describe, expect, it } from 'vitest';
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

/** One shard that keeps a core busy and holds 16 MB (a tmpfs file, charged to its memory) for `seconds`. */
const busyJob = (image: string, seconds: number) => `apiVersion: batch/v1
kind: Job
metadata: { name: busy }
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
          command:
            - sh
            - -c
            - "head -c 16000000 /dev/zero > /dev/shm/fill; (while :; do :; done) & sleep ${seconds}; kill $!"
          resources:
            requests: { cpu: 100m, memory: 32Mi }
            limits: { cpu: 500m, memory: 96Mi }
`;

const METRICS_API = 'v1beta1.metrics.k8s.io';

async function run(label: string) {
  const namespace = await testNamespace(label);
  const image = await pushedImage('kube-usage');
  const dir = writeOverlay({
    'kustomization.yaml': kustomization(namespace, ['job.yaml']),
    'job.yaml': busyJob(image, 24),
  });
  const log = kubeTestLogger();
  const { record } = await runOverlay({
    overlay: dir,
    kubeconfig: clusterKubeconfig(),
    log,
    timeoutSeconds: 120,
    sampleIntervalMs: 2000,
  });
  expectValidRecord(record);
  expect(record.conclusion).toBe('success');
  return { summary: record.shards[0]!.attempts[0]!.resources!.summary, log };
}

describe('resource usage of a shard', () => {
  it('comes from metrics.k8s.io while the pod runs: peaks, no invented CPU time', async () => {
    const { summary, log } = await run('metrics');
    expect(summary.samples).toBeGreaterThan(0);
    expect(summary.peakMemoryBytes).toBeGreaterThan(15_000_000);
    expect(summary.peakCores).toBeGreaterThan(0.05);
    expect(summary.memoryLimitBytes).toBe(96 * 2 ** 20);
    expect(summary.wallSeconds).toBeGreaterThanOrEqual(20);
    // The metrics API gives rates only: CPU time is not made up from them.
    expect(summary.cpuCoreSeconds).toBeNull();
    expect(log.lines.some((l) => /metrics\.k8s\.io is not available/.test(l))).toBe(false);
  });

  /**
   * The fallback, the kubelet's summary through the API server's node proxy, is refused on this
   * cluster ("address not allowed": its node's address is loopback, which the API server does not
   * proxy to). The record then says there are no figures rather than inventing any.
   */
  it('falls back to the kubelet summary without the metrics API; records none when that is refused too', async () => {
    const apis = adminConfig().makeApiClient(ApiregistrationV1Api);
    const original = await apis.readAPIService({ name: METRICS_API });
    // Point the APIService at a port nothing listens on: the aggregator answers 503, as with no metrics-server.
    const broken = structuredClone(original);
    broken.spec!.service!.port = 4999;
    await apis.replaceAPIService({ name: METRICS_API, body: broken });
    try {
      const { summary, log } = await run('nometrics');
      expect(
        log.lines.some((l) =>
          /metrics\.k8s\.io is not available \(HTTP 503.*\): reading usage from the kubelets' summaries/.test(l),
        ),
      ).toBe(true);
      expect(
        log.lines.some((l) =>
          /^warning: no resource usage is recorded: .*kubelet summary.*\(HTTP 400: address not allowed\)/.test(l),
        ),
      ).toBe(true);
      expect(summary).toMatchObject({
        samples: 0,
        peakMemoryBytes: null,
        peakCores: null,
        cpuCoreSeconds: null,
        memoryLimitBytes: 96 * 2 ** 20,
      });
      expect(summary.wallSeconds).toBeGreaterThanOrEqual(20);
    } finally {
      const current = await apis.readAPIService({ name: METRICS_API });
      current.spec!.service!.port = original.spec!.service!.port;
      await apis.replaceAPIService({ name: METRICS_API, body: current });
      // Leave the cluster as found: wait until the aggregator reaches metrics-server again.
      for (let i = 0; i < 60; i++) {
        const status = await apis.readAPIService({ name: METRICS_API });
        if (status.status?.conditions?.some((c) => c.type === 'Available' && c.status === 'True')) break;
        await new Promise((r) => setTimeout(r, 500));
      }
    }
  });

  it('keeps the metrics API after a passing 503: the sample is retried, not moved to the fallback', async () => {
    const apis = adminConfig().makeApiClient(ApiregistrationV1Api);
    const original = await apis.readAPIService({ name: METRICS_API });
    const setPort = async (port: number | undefined) => {
      const current = await apis.readAPIService({ name: METRICS_API });
      current.spec!.service!.port = port;
      await apis.replaceAPIService({ name: METRICS_API, body: current });
    };
    const namespace = await testNamespace('metrics-503');
    const image = await pushedImage('kube-usage');
    const dir = writeOverlay({
      'kustomization.yaml': kustomization(namespace, ['job.yaml']),
      'job.yaml': busyJob(image, 40),
    });
    const log = kubeTestLogger();
    await setPort(4999);
    try {
      const running = runOverlay({
        overlay: dir,
        kubeconfig: clusterKubeconfig(),
        log,
        timeoutSeconds: 150,
        sampleIntervalMs: 6000,
      });
      // The first sample meets the 503; then metrics-server is reachable again, as after a restart.
      while (!log.lines.some((l) => /usage sample failed: HTTP 503/.test(l)))
        await new Promise((r) => setTimeout(r, 100));
      await setPort(original.spec!.service!.port);
      const { record } = await running;
      expectValidRecord(record);
      expect(log.lines.some((l) => /metrics\.k8s\.io is not available/.test(l))).toBe(false);
      expect(record.shards[0]!.attempts[0]!.resources!.summary.samples).toBeGreaterThan(0);
    } finally {
      await setPort(original.spec!.service!.port);
    }
  });
});
