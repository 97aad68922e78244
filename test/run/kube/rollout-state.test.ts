import type { V1Deployment, V1Pod } from '@kubernetes/client-node';
import { describe, expect, it } from 'vitest';
import { currentPods, podHealth, rolloutState, runningImages } from '../../../src/run/kube/rollout-state.js';

const digest = `sha256:${'d'.repeat(64)}`;
function deployment(status: V1Deployment['status'], generation = 2): V1Deployment {
  return {
    metadata: { name: 'web', generation },
    spec: {
      replicas: 2,
      selector: {},
      template: { spec: { containers: [{ name: 'web', image: `r/web@${digest}` }] } },
    },
    status,
  };
}

describe('rolloutState', () => {
  it('waits until the controller saw the generation and every replica is updated and available', () => {
    expect(rolloutState(deployment({ observedGeneration: 1 })).kind).toBe('progressing');
    expect(
      rolloutState(deployment({ observedGeneration: 2, replicas: 3, updatedReplicas: 2, availableReplicas: 2 })),
    ).toEqual({
      kind: 'progressing',
      message: '1 old replica(s) pending termination',
    });
    expect(
      rolloutState(deployment({ observedGeneration: 2, replicas: 2, updatedReplicas: 2, availableReplicas: 2 })).kind,
    ).toBe('done');
  });

  it('fails on ProgressDeadlineExceeded with the controller message', () => {
    const conditions = [
      {
        type: 'Progressing',
        status: 'False',
        reason: 'ProgressDeadlineExceeded',
        message: 'ReplicaSet "web-1" has timed out progressing.',
      },
    ];
    expect(rolloutState(deployment({ observedGeneration: 2, conditions }))).toEqual({
      kind: 'failed',
      reason: 'ProgressDeadlineExceeded',
      message: 'ReplicaSet "web-1" has timed out progressing.',
    });
  });
});

describe('pod health', () => {
  const pod = (name: string, image: string, status: object, ready = false): V1Pod =>
    ({
      metadata: { name },
      spec: { containers: [{ name: 'web', image, readinessProbe: { exec: { command: ['true'] } } }] },
      status: {
        phase: 'Running',
        conditions: [{ type: 'Ready', status: ready ? 'True' : 'False' }],
        containerStatuses: [{ name: 'web', image, ready, ...status }],
      },
    }) as V1Pod;

  it('names a readiness probe that does not pass, and CrashLoopBackOff with its last exit', () => {
    expect(podHealth(pod('a', 'i', { restartCount: 0, state: { running: {} } }))).toMatchObject({
      reason: 'ReadinessProbeFailing',
      ready: false,
    });
    const crash = podHealth(
      pod('b', 'i', {
        restartCount: 3,
        state: { waiting: { reason: 'CrashLoopBackOff', message: 'back-off 40s' } },
        lastState: { terminated: { exitCode: 1, reason: 'Error' } },
      }),
    );
    expect(crash).toEqual({
      name: 'b',
      ready: false,
      restarts: 3,
      reason: 'CrashLoopBackOff',
      message: 'back-off 40s; last exit: Error (exit 1)',
    });
  });

  it('takes the running digest from the container status of the current pods only', () => {
    const d = deployment({});
    const image = `r/web@${digest}`;
    const pods = [
      pod('new-1', image, { restartCount: 0, imageID: `r/web@${digest}`, state: { running: {} } }, true),
      pod(
        'old-1',
        `r/web@sha256:${'e'.repeat(64)}`,
        { restartCount: 0, imageID: `r/web@sha256:${'e'.repeat(64)}` },
        true,
      ),
    ];
    const current = currentPods(d, pods);
    expect(current.map((p) => p.metadata!.name)).toEqual(['new-1']);
    expect(runningImages(current)).toEqual([{ container: 'web', image, digest, pods: 1 }]);
  });
});
