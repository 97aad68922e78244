import { createHash } from 'node:crypto';
import { chmodSync } from 'node:fs';
import { CoreV1Api } from '@kubernetes/client-node';
import { afterAll, describe, expect, it } from 'vitest';
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

const volumes: string[] = [];
afterAll(async () => {
  const core = adminConfig().makeApiClient(CoreV1Api);
  await Promise.all(volumes.map((name) => core.deletePersistentVolume({ name }).catch(() => {})));
});

/** A hostPath PersistentVolume (the single node's disk) reserved for `claim` in `namespace`. */
async function hostPathVolume(namespace: string, claim: string): Promise<void> {
  const path = scratchDir('pinship-pv-');
  chmodSync(path, 0o777);
  const name = `pinship-test-${namespace}`;
  await adminConfig()
    .makeApiClient(CoreV1Api)
    .createPersistentVolume({
      body: {
        metadata: { name },
        spec: {
          capacity: { storage: '64Mi' },
          accessModes: ['ReadWriteOnce'],
          storageClassName: '',
          claimRef: { namespace, name: claim },
          hostPath: { path, type: 'Directory' },
        },
      },
    });
  volumes.push(name);
}

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

describe('output files on a PersistentVolumeClaim', () => {
  it('lists every file each shard wrote under PINSHIP_OUTPUT_DIR, with size and sha256', async () => {
    const namespace = await testNamespace('outputs');
    await hostPathVolume(namespace, 'results');
    const image = await pushedImage('kube-outputs');
    const dir = writeOverlay({
      'kustomization.yaml': kustomization(namespace, ['claim.yaml', 'job.yaml']),
      'claim.yaml': `apiVersion: v1
kind: PersistentVolumeClaim
metadata: { name: results }
spec: { accessModes: [ReadWriteOnce], storageClassName: "", resources: { requests: { storage: 64Mi } } }
`,
      'job.yaml': `apiVersion: batch/v1
kind: Job
metadata: { name: writer }
spec:
  completionMode: Indexed
  completions: 3
  parallelism: 3
  template:
    spec:
      restartPolicy: Never
      containers:
        - name: main
          image: ${image}
          env: [{ name: PINSHIP_OUTPUT_DIR, value: /out }]
          command:
            - sh
            - -c
            - |
              printf 'shard %s\\n' "$JOB_COMPLETION_INDEX" > "$PINSHIP_OUTPUT_DIR/summary.txt"
              if [ "$JOB_COMPLETION_INDEX" = 1 ]; then
                mkdir -p "$PINSHIP_OUTPUT_DIR/deep/er"; printf 'x' > "$PINSHIP_OUTPUT_DIR/deep/er/a file"
              fi
          volumeMounts: [{ name: out, mountPath: /out, subPathExpr: "runs/$(JOB_COMPLETION_INDEX)" }]
      volumes: [{ name: out, persistentVolumeClaim: { claimName: results } }]
`,
    });
    const { record } = await runOverlay({
      overlay: dir,
      kubeconfig: clusterKubeconfig(),
      log: kubeTestLogger(),
      // About 10 s alone; on a loaded CI machine, beside the workflow tests' act runs, one run took
      // over 120 s to bind the volume and finish the three pods.
      timeoutSeconds: 300,
      // The busybox base image, by digest: never the experiment's own.
      collectorImage: await pushedImage('kube-collector'),
    });
    expectValidRecord(record);
    expect(record.conclusion).toBe('success');
    expect(record.shards.map((s) => s.outputs)).toEqual([
      [{ path: 'summary.txt', size: 8, sha256: sha256('shard 0\n') }],
      [
        { path: 'deep/er/a file', size: 1, sha256: sha256('x') },
        { path: 'summary.txt', size: 8, sha256: sha256('shard 1\n') },
      ],
      [{ path: 'summary.txt', size: 8, sha256: sha256('shard 2\n') }],
    ]);
    expect(record.totals).toMatchObject({ outputFiles: 4, outputBytes: 25 });
    // The collector pod is gone.
    const pods = await adminConfig()
      .makeApiClient(CoreV1Api)
      .listNamespacedPod({ namespace, labelSelector: 'io.pinship.role=output-collector' });
    expect(pods.items.filter((p) => !p.metadata?.deletionTimestamp)).toEqual([]);
  }, 360_000);
});

describe('output files when the run times out', () => {
  it('a collector that cannot start ends with the timeout, and its error does not hide the run', async () => {
    const namespace = await testNamespace('outputs-stuck');
    const image = await pushedImage('kube-outputs');
    // No volume for the claim: the shard and the collector both stay Pending.
    const dir = writeOverlay({
      'kustomization.yaml': kustomization(namespace, ['claim.yaml', 'job.yaml']),
      'claim.yaml': `apiVersion: v1
kind: PersistentVolumeClaim
metadata: { name: nowhere }
spec: { accessModes: [ReadWriteOnce], storageClassName: "", resources: { requests: { storage: 64Mi } } }
`,
      'job.yaml': `apiVersion: batch/v1
kind: Job
metadata: { name: writer }
spec:
  completionMode: Indexed
  completions: 1
  template:
    spec:
      restartPolicy: Never
      containers:
        - name: main
          image: ${image}
          env: [{ name: PINSHIP_OUTPUT_DIR, value: /out }]
          command: ["sh", "-c", "date > /out/at.txt"]
          volumeMounts: [{ name: out, mountPath: /out, subPathExpr: "$(JOB_COMPLETION_INDEX)" }]
      volumes: [{ name: out, persistentVolumeClaim: { claimName: nowhere } }]
`,
    });
    const log = kubeTestLogger();
    const { record } = await runOverlay({
      overlay: dir,
      kubeconfig: clusterKubeconfig(),
      log,
      timeoutSeconds: 10,
      collectorImage: image,
    });
    expectValidRecord(record);
    expect(record.conclusion).toBe('timed-out');
    expect(log.lines.some((l) => /^warning: job\/writer: the output files were not listed: /.test(l))).toBe(true);
  });
});
