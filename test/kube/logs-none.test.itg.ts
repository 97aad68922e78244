import { join } from 'node:path';
import { BatchV1Api } from '@kubernetes/client-node';
import { describe, expect, it } from 'vitest';
import { PinshipError } from '../../src/errors.js';
import { runOverlay } from '../../src/run/kube/run-overlay.js';
import { expectValidRecord } from '../run/support.js';
import { scratchDir } from '../support/scratch.js';
import {
  adminConfig,
  clusterKubeconfig,
  kubeTestLogger,
  kustomization,
  pushedImage,
  testNamespace,
  writeOverlay,
} from './support.js';

/** Index 1 exits 3; every index prints a result line that must not be read. */
function unreadJob(image: string, logs: string): string {
  return `apiVersion: batch/v1
kind: Job
metadata:
  name: unread
  annotations: { pinship.dev/logs: "${logs}" }
spec:
  completionMode: Indexed
  completions: 3
  parallelism: 3
  backoffLimitPerIndex: 0
  ttlSecondsAfterFinished: 300
  template:
    spec:
      restartPolicy: Never
      terminationGracePeriodSeconds: 1
      containers:
        - name: compute
          image: ${image}
          command:
            - sh
            - -c
            - |
              echo "pinship:result {\\"index\\": $JOB_COMPLETION_INDEX}"
              if [ "$JOB_COMPLETION_INDEX" = 1 ]; then exit 3; fi
`;
}

describe('a Job annotated pinship.dev/logs: none', () => {
  it('is recorded from container exits alone: attempts with exit codes, no results, logsRead false', async () => {
    const namespace = await testNamespace('logs-none');
    const image = await pushedImage('kube-logs-none');
    const dir = writeOverlay({
      'kustomization.yaml': kustomization(namespace, ['job.yaml']),
      'job.yaml': unreadJob(image, 'none'),
    });
    const log = kubeTestLogger();
    const { record } = await runOverlay({
      overlay: dir,
      kubeconfig: clusterKubeconfig(),
      out: join(scratchDir('pinship-kube-'), 'run.json'),
      log,
      timeoutSeconds: 180,
    });
    expectValidRecord(record);
    expect(record.conclusion).toBe('failure');
    expect(record.shards.map((s) => s.status)).toEqual(['succeeded', 'failed', 'succeeded']);
    for (const shard of record.shards) {
      expect(shard.results).toEqual([]);
      expect(shard.attempts).toHaveLength(1);
      expect(shard.attempts[0]).toMatchObject({ logsRead: false, logLines: 0, logTail: [], resultCount: 0 });
    }
    expect(record.shards[1]!.attempts[0]).toMatchObject({ status: 'failed', reason: 'Error', exitCode: 3 });
    expect(record.shards[0]!.attempts[0]).toMatchObject({ status: 'succeeded', reason: 'Completed', exitCode: 0 });
    expect(record.totals).toMatchObject({ results: 0, succeeded: 2, failed: 1 });
    expect(log.lines.join('\n')).toContain("job/unread: pinship.dev/logs is none: its pods' logs are not read");
    expect(log.lines.join('\n')).not.toMatch(/log could not be read/);
  });

  it('with any other value is refused before anything is applied, naming the Job and the value', async () => {
    const namespace = await testNamespace('logs-bad');
    const dir = writeOverlay({
      'kustomization.yaml': kustomization(namespace, ['job.yaml']),
      'job.yaml': unreadJob('127.0.0.1:5000/pinship/never-pulled:none', 'off'),
    });
    const err = await runOverlay({
      overlay: dir,
      kubeconfig: clusterKubeconfig(),
      out: join(scratchDir('pinship-kube-'), 'run.json'),
      log: kubeTestLogger(),
    }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(PinshipError);
    expect((err as PinshipError).format()).toContain(
      'metadata.annotations.pinship.dev/logs: job/unread: annotation pinship.dev/logs is "off", not "none"',
    );
    const jobs = await adminConfig().makeApiClient(BatchV1Api).listNamespacedJob({ namespace });
    expect(jobs.items).toEqual([]);
  });
});
