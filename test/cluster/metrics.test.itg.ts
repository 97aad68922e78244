import { describe, expect, it } from 'vitest';
import { kubectl, podManifest, registryImage, testNamespace } from './support.js';

const namespace = testNamespace('pinship-metrics');
const image = registryImage('cluster-metrics');

interface PodMetrics {
  containers: { name: string; usage: { cpu: string; memory: string } }[];
}

describe('metrics.k8s.io', () => {
  it('is an Available APIService', async () => {
    const service = JSON.parse(await kubectl(['get', 'apiservice', 'v1beta1.metrics.k8s.io', '-o', 'json']));
    const available = service.status.conditions.find((c: { type: string }) => c.type === 'Available');
    expect(available.status).toBe('True');
  });

  it('answers with the usage of a running pod', async () => {
    await kubectl(
      ['apply', '-f', '-'],
      podManifest(namespace(), 'busy', image(), [
        'sh',
        '-c',
        'x=; while true; do x="$x."; [ ${#x} -gt 100000 ] && x=; done',
      ]),
    );
    await kubectl(['wait', '-n', namespace(), 'pod/busy', '--for=condition=Ready', '--timeout=120s']);
    // metrics-server scrapes every 10 s and needs two samples for a CPU rate.
    const path = `/apis/metrics.k8s.io/v1beta1/namespaces/${namespace()}/pods/busy`;
    const deadline = Date.now() + 120_000;
    let metrics: PodMetrics | undefined;
    while (!metrics && Date.now() < deadline) {
      metrics = await kubectl(['get', '--raw', path]).then(
        (out) => JSON.parse(out) as PodMetrics,
        () => undefined,
      );
      if (!metrics) await new Promise((r) => setTimeout(r, 2000));
    }
    expect(metrics?.containers.map((c) => c.name)).toEqual(['main']);
    const usage = metrics!.containers[0]!.usage;
    expect(usage.memory).toMatch(/^\d+Ki$/);
    expect(usage.cpu).toMatch(/^\d+[nmu]?$/);
    expect(Number.parseInt(usage.memory, 10)).toBeGreaterThan(0);
  });
});
