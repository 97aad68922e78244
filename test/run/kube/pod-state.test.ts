import type { V1Pod } from '@kubernetes/client-node';
import { describe, expect, it } from 'vitest';
import { completionIndex, podState } from '../../../src/run/kube/pod-state.js';

/** A pod as the API server reports it, with one container `main`. */
function pod(phase: string, state: object, extra: { reason?: string; message?: string } = {}): V1Pod {
  return {
    metadata: { name: 'p', annotations: { 'batch.kubernetes.io/job-completion-index': '4' } },
    spec: { restartPolicy: 'Never', containers: [{ name: 'main', image: 'x' }] },
    status: {
      phase,
      ...extra,
      containerStatuses: [{ name: 'main', image: 'x', imageID: '', ready: false, restartCount: 0, state }],
    },
  } as V1Pod;
}
const ran = { startedAt: '2026-11-30T10:00:00Z', finishedAt: '2026-11-30T10:00:02Z' };

describe('podState', () => {
  it('reads a success as Completed with the container times', () => {
    const state = podState(pod('Succeeded', { terminated: { exitCode: 0, reason: 'Completed', ...ran } }));
    expect(state).toEqual({
      kind: 'ended',
      end: {
        status: 'succeeded',
        reason: 'Completed',
        exitCode: 0,
        message: null,
        startedAt: '2026-11-30T10:00:00.000Z',
        finishedAt: '2026-11-30T10:00:02.000Z',
      },
    });
  });

  it('names OOMKilled, and Error with its exit code and signal', () => {
    const oom = podState(pod('Failed', { terminated: { exitCode: 137, reason: 'OOMKilled', ...ran } }));
    expect(oom.kind === 'ended' && [oom.end.reason, oom.end.exitCode]).toEqual(['OOMKilled', 137]);
    const err = podState(pod('Failed', { terminated: { exitCode: 143, reason: 'Error', ...ran } }));
    expect(err.kind === 'ended' && [err.end.reason, err.end.exitCode, err.end.message]).toEqual([
      'Error',
      143,
      'killed by signal 15 (SIGTERM)',
    ]);
  });

  it('names Evicted and DeadlineExceeded from the pod status', () => {
    const evicted = podState(
      pod('Failed', {}, { reason: 'Evicted', message: 'The node was low on resource: memory.' }),
    );
    expect(evicted.kind === 'ended' && [evicted.end.reason, evicted.end.message]).toEqual([
      'Evicted',
      'The node was low on resource: memory.',
    ]);
    const late = podState(
      pod('Failed', { terminated: { exitCode: 137, reason: 'Error', ...ran } }, { reason: 'DeadlineExceeded' }),
    );
    expect(late.kind === 'ended' && late.end.reason).toBe('DeadlineExceeded');
  });

  it('calls an image that cannot be pulled stuck, not pending', () => {
    const state = podState(
      pod('Pending', { waiting: { reason: 'ImagePullBackOff', message: 'Back-off pulling image "x"' } }),
    );
    expect(state).toEqual({ kind: 'stuck', reason: 'ImagePullBackOff', message: 'Back-off pulling image "x"' });
    expect(podState(pod('Pending', { waiting: { reason: 'ContainerCreating' } }))).toEqual({ kind: 'pending' });
  });

  it('reads the completion index the Job controller annotates', () => {
    expect(completionIndex(pod('Running', {}))).toBe(4);
  });
});
