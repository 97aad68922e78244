import { describe, expect, it } from 'vitest';
import type { KubeObject } from '../../../src/kube/render.js';
import { planOverlay } from '../../../src/run/kube/overlay-plan.js';

function job(name: string, extra: Record<string, unknown> = {}, container: Record<string, unknown> = {}): KubeObject {
  return {
    apiVersion: 'batch/v1',
    kind: 'Job',
    metadata: { name, namespace: 'exp' },
    spec: {
      completions: 6,
      parallelism: 3,
      completionMode: 'Indexed',
      backoffLimitPerIndex: 1,
      ...extra,
      template: {
        spec: {
          containers: [
            {
              name: 'compute',
              image: `r/c@sha256:${'a'.repeat(64)}`,
              args: ['--n', '3'],
              env: [{ name: 'SEED', value: '1' }],
              resources: { limits: { cpu: '500m', memory: '64Mi' } },
              ...container,
            },
          ],
          volumes: [{ name: 'out', persistentVolumeClaim: { claimName: 'results' } }],
        },
      },
    },
  };
}

describe('planOverlay', () => {
  it('reads shards, parallelism, limits and retries from the Job', () => {
    const plan = planOverlay([job('compute')], { contextNamespace: 'default', dir: 'o' });
    expect(plan.namespace).toBe('exp');
    expect(plan.parameters).toEqual({
      shards: 6,
      parallelism: 3,
      cpus: 0.5,
      memoryBytes: 64 * 2 ** 20,
      backoffLimit: 1,
      args: ['--n', '3'],
      envNames: ['SEED'],
    });
    expect(plan.jobs[0]).toMatchObject({ indexed: true, container: 'compute', output: null });
    expect(plan.shardJobs).toBeUndefined();
  });

  it("names each shard's Job when there are several", () => {
    const plan = planOverlay([job('a', { completions: 2 }), job('b', { completions: 1 })], {
      contextNamespace: 'default',
      dir: 'o',
    });
    expect(plan.shardJobs).toEqual([
      { job: 'a', index: 0 },
      { job: 'a', index: 1 },
      { job: 'b', index: 0 },
    ]);
  });

  it('refuses --namespace when the overlay names another', () => {
    expect(() => planOverlay([job('a')], { namespace: 'prod', contextNamespace: 'default', dir: 'o' })).toThrow(
      /^o: --namespace: Job\/a names namespace exp, not prod/,
    );
  });

  it('finds the output claim mounted at PINSHIP_OUTPUT_DIR with one folder per index', () => {
    const container = {
      env: [{ name: 'PINSHIP_OUTPUT_DIR', value: '/out' }],
      volumeMounts: [{ name: 'out', mountPath: '/out', subPathExpr: 'runs/$(JOB_COMPLETION_INDEX)' }],
    };
    const plan = planOverlay([job('a', {}, container)], { contextNamespace: 'default', dir: 'o' });
    expect(plan.jobs[0]!.output).toEqual({ claim: 'results', base: 'runs' });
    const flat = { ...container, volumeMounts: [{ name: 'out', mountPath: '/out' }] };
    const warned = planOverlay([job('a', {}, flat)], { contextNamespace: 'default', dir: 'o' });
    expect(warned.jobs[0]!.output).toBeNull();
    expect(warned.warnings[0]).toMatch(/needs subPathExpr: <folder>\/\$\(JOB_COMPLETION_INDEX\)/);
  });
});
