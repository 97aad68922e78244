import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runOverlay } from '../../src/run/kube/run-overlay.js';
import { expectValidRecord } from '../run/support.js';
import { scratchDir } from '../support/scratch.js';
import {
  clusterKubeconfig,
  kubeTestLogger,
  kustomization,
  pushedImage,
  testNamespace,
  writeOverlay,
} from './support.js';

/**
 * Index 2 fails on its first try (exit 3) and succeeds on its retry; index 4 goes over its
 * memory limit on every try. The controller's failure count per index comes in through the
 * downward API.
 */
function shardsJob(image: string): string {
  return `apiVersion: batch/v1
kind: Job
metadata: { name: shards }
spec:
  completionMode: Indexed
  completions: 6
  parallelism: 3
  backoffLimitPerIndex: 1
  ttlSecondsAfterFinished: 300
  template:
    spec:
      restartPolicy: Never
      terminationGracePeriodSeconds: 1
      containers:
        - name: compute
          image: ${image}
          env:
            - name: FAILURES
              valueFrom:
                fieldRef: { fieldPath: "metadata.annotations['batch.kubernetes.io/job-index-failure-count']" }
          command:
            - sh
            - -c
            - |
              echo "shard $JOB_COMPLETION_INDEX try $FAILURES"
              if [ "$JOB_COMPLETION_INDEX" = 2 ] && [ "$FAILURES" = 0 ]; then echo "flaky failure" >&2; exit 3; fi
              if [ "$JOB_COMPLETION_INDEX" = 4 ]; then
                x=$(head -c 67108864 /dev/zero | tr '\\0' a); echo "$x" | wc -c
              fi
              echo "pinship:result {\\"index\\": $JOB_COMPLETION_INDEX, \\"try\\": $FAILURES}"
          resources:
            requests: { cpu: 10m, memory: 16Mi }
            limits: { memory: 24Mi }
`;
}

describe('an Indexed Job on the real cluster', () => {
  it("records one shard per index: a retried index, an OOMKilled one, results from the pods' logs", async () => {
    const namespace = await testNamespace('indexed');
    const image = await pushedImage('kube-indexed');
    const dir = writeOverlay({
      'kustomization.yaml': kustomization(namespace, ['job.yaml']),
      'job.yaml': shardsJob(image),
    });
    const out = join(scratchDir('pinship-kube-'), 'run.json');
    const log = kubeTestLogger();
    const { record } = await runOverlay({
      overlay: dir,
      kubeconfig: clusterKubeconfig(),
      out,
      log,
      timeoutSeconds: 240,
    });
    expectValidRecord(record);
    expect(record.backend).toBe('kubernetes');
    expect(record.image).toMatchObject({ ref: image, digest: image.split('@')[1], resolvedFrom: 'digest' });
    expect(record.parameters).toMatchObject({ shards: 6, parallelism: 3, backoffLimit: 1, memoryBytes: 24 * 2 ** 20 });
    expect(record.shards.map((s) => s.status)).toEqual([
      'succeeded',
      'succeeded',
      'succeeded',
      'succeeded',
      'failed',
      'succeeded',
    ]);
    const flaky = record.shards[2]!;
    expect(flaky.attempts.map((a) => [a.reason, a.exitCode])).toEqual([
      ['Error', 3],
      ['Completed', 0],
    ]);
    expect(flaky.attempts[0]!.logTail).toContain('flaky failure');
    expect(flaky.results.map((r) => r.value)).toEqual([{ index: 2, try: 1 }]);
    const oom = record.shards[4]!;
    expect(oom.attempts.map((a) => [a.reason, a.status])).toEqual([
      ['OOMKilled', 'failed'],
      ['OOMKilled', 'failed'],
    ]);
    expect(oom.results).toEqual([]);
    for (const shard of record.shards.filter((s) => s.index !== 4)) {
      // JOB_COMPLETION_INDEX is the shard's index.
      expect(shard.results.at(-1)?.value.index).toBe(shard.index);
      expect(shard.attempts.every((a) => a.runner.kind === 'pod' && a.runner.name?.startsWith('shards-'))).toBe(true);
    }
    for (const attempt of record.shards.flatMap((s) => s.attempts)) {
      expect(attempt.durationSeconds).not.toBeNull();
      expect(attempt.resources?.summary.memoryLimitBytes).toBe(24 * 2 ** 20);
    }
    expect(record.totals).toMatchObject({ shards: 6, succeeded: 5, failed: 1, attempts: 8, retries: 2, results: 5 });
    expect(record.conclusion).toBe('failure');
  });
});
