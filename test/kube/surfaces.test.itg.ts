import { spawn } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { BatchV1Api } from '@kubernetes/client-node';
import { describe, expect, it } from 'vitest';
import type { RunRecord } from '../../src/record/types.js';
import { runBundledAction } from '../support/actions-runner.js';
import { scratchDir } from '../support/scratch.js';
import { expectValidRecord } from '../run/support.js';
import { adminConfig, clusterKubeconfig, kustomization, pushedImage, testNamespace, writeOverlay } from './support.js';
import { bundled } from '../support/dist.js';

const ROOT = resolve(import.meta.dirname, '../..');

const job = (image: string, command: string) => `apiVersion: batch/v1
kind: Job
metadata: { name: work }
spec:
  completionMode: Indexed
  completions: 2
  parallelism: 2
  template:
    spec:
      restartPolicy: Never
      terminationGracePeriodSeconds: 1
      containers:
        - { name: main, image: ${image}, command: ["sh", "-c", "${command}"] }
`;

describe('run --overlay through the bundled action and CLI', () => {
  it('the action takes the kubeconfig content, masks it, and leaves no copy of it behind', async () => {
    const namespace = await testNamespace('action');
    const image = await pushedImage('kube-action');
    const dir = writeOverlay({
      'kustomization.yaml': kustomization(namespace, ['job.yaml']),
      'job.yaml': job(image, 'echo pinship:result {}'),
    });
    const tmp = scratchDir('pinship-action-tmp-');
    const kubeconfig = readFileSync(clusterKubeconfig(), 'utf8');
    const out = join(scratchDir('pinship-action-'), 'run.json');
    const run = runBundledAction(
      'run',
      { overlay: dir, kubeconfig, timeout: '2m', out },
      { env: { TMPDIR: tmp, KUBECONFIG: '/nonexistent' } },
    );
    expect(run.stderr).toBe('');
    expect(run.outputs.conclusion).toBe('success');
    expect(run.outputs.record).toBe(out);
    const record = JSON.parse(readFileSync(out, 'utf8')) as RunRecord;
    expectValidRecord(record);
    expect(record.backend).toBe('kubernetes');
    expect(run.summary).toContain('pinship run');
    // The key in the kubeconfig is registered as a secret on its own, and the file is gone.
    const key = /client-key-data: (\S+)/.exec(kubeconfig)![1]!;
    expect(run.stdout).toContain(`::add-mask::${key}`);
    expect(readdirSync(tmp)).toEqual([]);
  });

  it('Ctrl-C ends the wait, records cancelled, says what still runs, and leaves the Job in the cluster', async () => {
    const namespace = await testNamespace('sigint');
    const image = await pushedImage('kube-sigint');
    const dir = writeOverlay({
      'kustomization.yaml': kustomization(namespace, ['job.yaml']),
      'job.yaml': job(image, 'exec sleep 300'),
    });
    const out = join(scratchDir('pinship-sigint-'), 'run.json');
    const cli = spawn(
      join(ROOT, 'node_modules/.bin/node'),
      [bundled('cli/index.js'), 'run', '--overlay', dir, '--kubeconfig', clusterKubeconfig(), '--out', out],
      {
        env: { PATH: process.env.PATH, HOME: process.env.HOME },
      },
    );
    let stderr = '';
    const running = new Promise<void>((resolve) =>
      cli.stderr.on('data', (chunk: Buffer) => {
        stderr += chunk.toString();
        if (/2 running/.test(stderr)) resolve();
      }),
    );
    const exited = new Promise<number | null>((resolve) => cli.on('close', resolve));
    await running;
    cli.kill('SIGINT');
    expect(await exited).toBe(1);
    expect(stderr).toMatch(/still running in the cluster: job\/work \(2 pod\(s\) running or pending\)/);
    const record = JSON.parse(readFileSync(out, 'utf8')) as RunRecord;
    expectValidRecord(record);
    expect(record.conclusion).toBe('cancelled');
    expect(record.shards.map((s) => s.attempts.map((a) => a.status))).toEqual([['cancelled'], ['cancelled']]);
    const jobs = await adminConfig().makeApiClient(BatchV1Api).listNamespacedJob({ namespace });
    expect(jobs.items.map((j) => [j.metadata!.name, j.status?.active])).toEqual([['work', 2]]);
  });
});
