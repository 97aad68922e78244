import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { BatchV1Api, type V1Job } from '@kubernetes/client-node';
import { describe, expect, it } from 'vitest';
import { PinshipError } from '../../src/errors.js';
import { silentLogger } from '../../src/log/silent-logger.js';
import { parseImagePins } from '../../src/pin/image-pins.js';
import { pin } from '../../src/pin/pin.js';
import { runOverlay } from '../../src/run/kube/run-overlay.js';
import { headline } from '../../src/record/summary.js';
import { sh } from '../git/remote.js';
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

const job = `apiVersion: batch/v1
kind: Job
metadata: { name: sim }
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

describe('run --overlay again with nothing changed', () => {
  it('records the Job as not run again (with when it ran), and --rerun replaces it to run it again', async () => {
    const namespace = await testNamespace('rerun');
    const image = await pushedImage('kube-rerun');
    const dir = writeOverlay({ 'kustomization.yaml': kustomization(namespace, ['job.yaml']), 'job.yaml': job });
    // The overlay lives in a GitOps work tree; pin commits the digest with its source commit.
    execFileSync('git', ['-c', 'init.defaultBranch=main', 'init', '--quiet', dir]);
    sh(dir, 'add', '-A');
    sh(dir, 'commit', '--quiet', '-m', 'overlay');
    const source = 'ab12'.repeat(10);
    await pin({
      repo: dir,
      overlays: ['.'],
      images: parseImagePins([`compute=${image}`]),
      commit: true,
      sourceCommit: source,
      log: silentLogger,
    });
    const options = { overlay: dir, kubeconfig: clusterKubeconfig(), timeoutSeconds: 180, processEnv: {} };
    const first = await runOverlay({ ...options, log: kubeTestLogger() });
    expect(first.record.conclusion).toBe('success');
    expect(first.record.notRerun).toBeUndefined();
    // No label on the image: the source commit is the pin commit's trailer.
    expect(first.record.source).toEqual({ commit: source, from: 'pin-commit' });

    const batch = adminConfig().makeApiClient(BatchV1Api);
    // The run ends once every index succeeded; the Job controller marks the Job Complete after.
    const ran = await completedJob(batch, 'sim', namespace);
    const log = kubeTestLogger();
    const again = await runOverlay({ ...options, log });
    expectValidRecord(again.record);
    expect(again.record.notRerun).toEqual([
      {
        job: 'sim',
        namespace,
        startedAt: ran.status!.startTime!.toISOString(),
        finishedAt: ran.status!.completionTime!.toISOString(),
      },
    ]);
    expect(headline(again.record)).toMatch(/^success: nothing ran: job\/sim \(ran .+\) unchanged, not run again; /);
    expect(log.lines).toContain('job/sim unchanged');

    const rerun = await runOverlay({ ...options, rerun: true, log: kubeTestLogger() });
    expectValidRecord(rerun.record);
    expect(rerun.record.conclusion).toBe('success');
    expect(rerun.record.notRerun).toBeUndefined();
    expect((await batch.readNamespacedJob({ name: 'sim', namespace })).metadata!.uid).not.toBe(ran.metadata!.uid);
    const pods = (r: typeof first.record) => r.shards.flatMap((s) => s.attempts.map((a) => a.runner.id));
    expect(pods(rerun.record).some((id) => pods(first.record).includes(id))).toBe(false);
  });

  it('into a namespace that does not exist: says so, and how to get one', async () => {
    const image = await pushedImage('kube-rerun');
    const dir = writeOverlay({
      'kustomization.yaml': kustomization(
        'pinship-nowhere',
        ['job.yaml'],
        `images:\n- name: compute\n  newName: ${image.split('@')[0]}\n  digest: ${image.split('@')[1]}\n`,
      ),
      'job.yaml': job,
    });
    const out = join(scratchDir('pinship-rerun-'), 'run.json');
    const err = await runOverlay({ overlay: dir, kubeconfig: clusterKubeconfig(), out, log: kubeTestLogger() }).catch(
      (e: unknown) => e,
    );
    expect(err).toBeInstanceOf(PinshipError);
    expect((err as PinshipError).format()).toContain('applying job/sim: namespace pinship-nowhere does not exist');
    expect((err as PinshipError).format()).toContain('kubectl create namespace pinship-nowhere');
  });
});

/** The Job once its controller has marked it Complete (it batches status writes: a second or two). */
async function completedJob(batch: BatchV1Api, name: string, namespace: string): Promise<V1Job> {
  const deadline = Date.now() + 60_000;
  for (;;) {
    const job = await batch.readNamespacedJob({ name, namespace });
    if (job.status?.completionTime) return job;
    if (Date.now() > deadline) throw new Error(`job/${name} was not marked Complete within 60 s`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}
