import { execFile } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { createServer, connect, type Server, type Socket } from 'node:net';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { CoreV1Api } from '@kubernetes/client-node';
import { describe, expect, it } from 'vitest';
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

const FAULT = join(import.meta.dirname, '../../scripts/kube/fault.sh');
const fault = (what: string) => promisify(execFile)('bash', [FAULT, what], { timeout: 180_000 });

/** Three shards that each take `seconds`, then print a result. */
const job = (image: string, seconds: number) => `apiVersion: batch/v1
kind: Job
metadata: { name: slow }
spec:
  completionMode: Indexed
  completions: 3
  parallelism: 3
  ttlSecondsAfterFinished: 600
  template:
    spec:
      restartPolicy: Never
      terminationGracePeriodSeconds: 1
      containers:
        - name: main
          image: ${image}
          command: ["sh", "-c", "sleep ${seconds}; echo pinship:result {\\\\\\"index\\\\\\": $JOB_COMPLETION_INDEX}"]
`;

/**
 * A TCP relay between pinship and the API server that can cut every connection and refuse new
 * ones for a while: pinship's watches are away while the cluster goes on.
 */
class Relay {
  private readonly sockets = new Set<Socket>();
  private cut = false;
  readonly server: Server;

  constructor(target: URL) {
    this.server = createServer((client) => {
      if (this.cut) return void client.destroy();
      const upstream = connect(Number(target.port), target.hostname);
      for (const s of [client, upstream]) {
        this.sockets.add(s);
        s.on('close', () => this.sockets.delete(s));
        s.on('error', () => {});
      }
      client.pipe(upstream).pipe(client);
    });
  }

  async listen(): Promise<number> {
    await new Promise<void>((resolve) => this.server.listen(0, '127.0.0.1', resolve));
    return (this.server.address() as { port: number }).port;
  }

  disconnect(): void {
    this.cut = true;
    for (const s of this.sockets) s.destroy();
  }

  reconnect(): void {
    this.cut = false;
  }
}

describe('watches on a cluster that has faults', () => {
  it('resumes its watches when the API server restarts mid-run, and records every shard', async () => {
    const namespace = await testNamespace('restart');
    const image = await pushedImage('kube-restart');
    const dir = writeOverlay({
      'kustomization.yaml': kustomization(namespace, ['job.yaml']),
      'job.yaml': job(image, 6),
    });
    const log = kubeTestLogger();
    const running = log.waitForProgress(/3 running/);
    const run = runOverlay({ overlay: dir, kubeconfig: clusterKubeconfig(), log, timeoutSeconds: 240 });
    await running;
    await fault('restart-apiserver');
    const { record } = await run;
    expectValidRecord(record);
    expect(record.conclusion).toBe('success');
    expect(record.shards.map((s) => s.results.map((r) => r.value))).toEqual([
      [{ index: 0 }],
      [{ index: 1 }],
      [{ index: 2 }],
    ]);
    expect(record.shards.every((s) => s.attempts.length === 1)).toBe(true);
    // The watches were really cut, and came back.
    expect(log.lines.some((l) => /^debug: watch of pods in restart-\S+ .*failed/.test(l))).toBe(true);
  });

  it('re-lists after 410 Gone when etcd was compacted while its watch was away', async () => {
    const namespace = await testNamespace('compact');
    const image = await pushedImage('kube-compact');
    const dir = writeOverlay({
      'kustomization.yaml': kustomization(namespace, ['job.yaml']),
      'job.yaml': job(image, 4),
    });
    const admin = adminConfig();
    const relay = new Relay(new URL(admin.getCurrentCluster()!.server));
    const port = await relay.listen();
    try {
      // pinship talks to the API server through the relay; the test and the cluster do not.
      const kubeconfig = join(scratchDir('pinship-relay-'), 'kubeconfig');
      const exported = JSON.parse(admin.exportConfig()) as { clusters: { cluster: { server: string } }[] };
      for (const c of exported.clusters) c.cluster.server = `https://127.0.0.1:${port}`;
      writeFileSync(kubeconfig, JSON.stringify(exported), { mode: 0o600 });

      const log = kubeTestLogger();
      const running = log.waitForProgress(/3 running/);
      const run = runOverlay({ overlay: dir, kubeconfig, log, timeoutSeconds: 240 });
      await running;
      relay.disconnect();
      // While pinship is away: the pods finish, etcd's history is compacted, and the API server
      // restarts (its watch cache starts again at the current revision).
      const core = admin.makeApiClient(CoreV1Api);
      for (;;) {
        const pods = await core.listNamespacedPod({ namespace });
        if (pods.items.length === 3 && pods.items.every((p) => p.status?.phase === 'Succeeded')) break;
        await new Promise((r) => setTimeout(r, 500));
      }
      await fault('compact-etcd');
      await fault('restart-apiserver');
      relay.reconnect();
      const { record } = await run;
      expectValidRecord(record);
      expect(record.conclusion).toBe('success');
      expect(record.shards.map((s) => s.results.map((r) => r.value))).toEqual([
        [{ index: 0 }],
        [{ index: 1 }],
        [{ index: 2 }],
      ]);
      expect(
        log.lines.some((l) => /^debug: re-listing pods in compact-\S+ .*\(its watch could not resume\)/.test(l)),
      ).toBe(true);
    } finally {
      relay.disconnect();
      relay.server.close();
    }
  });
});
