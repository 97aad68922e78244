import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { kubectl, podManifest, testNamespace } from './support.js';

const run = promisify(execFile);
const namespace = testNamespace('pinship-kwok');
const kwokScript = new URL('../../scripts/kube/kwok.sh', import.meta.url).pathname;
// Only stop kwok when this file started it (a benchmark may be using it).
let startedHere = false;

beforeAll(async () => {
  const before = await kubectl(['get', 'nodes', '-l', 'type=kwok', '-o', 'name']);
  startedHere = before.trim() === '';
  await run('bash', [kwokScript, 'up', '2']);
});
afterAll(async () => {
  if (startedHere) await run('bash', [kwokScript, 'down']);
});

const pods = async (selector: string) =>
  (
    JSON.parse(await kubectl(['get', 'pods', '-n', namespace(), '-l', selector, '-o', 'json'])) as {
      items: { spec: { nodeName?: string }; status: { phase: string } }[];
    }
  ).items;

describe('simulated nodes (kwok) for scale benchmarks', () => {
  it('run a Job that tolerates them, and never take a pod that does not', async () => {
    const job = {
      apiVersion: 'batch/v1',
      kind: 'Job',
      metadata: { name: 'fake', namespace: namespace() },
      spec: {
        completionMode: 'Indexed',
        completions: 20,
        parallelism: 10,
        template: {
          metadata: { labels: { run: 'fake' } },
          spec: {
            restartPolicy: 'Never',
            nodeSelector: { type: 'kwok' },
            tolerations: [{ key: 'kwok.x-k8s.io/node', operator: 'Exists', effect: 'NoSchedule' }],
            // Never pulled: kwok runs nothing.
            containers: [{ name: 'main', image: '127.0.0.1:5000/pinship/never-pulled:none' }],
          },
        },
      },
    };
    await kubectl(['apply', '-f', '-'], JSON.stringify(job));
    // A plain pod (pause, already on the node) beside it.
    await kubectl(['apply', '-f', '-'], podManifest(namespace(), 'real', 'pinship.local/pause:1', ['/pause']));
    await kubectl(['wait', '-n', namespace(), 'job/fake', '--for=condition=Complete', '--timeout=120s']);
    await kubectl(['wait', '-n', namespace(), 'pod/real', '--for=condition=Ready', '--timeout=120s']);

    const fake = await pods('run=fake');
    expect(fake.filter((p) => p.status.phase === 'Succeeded').length).toBeGreaterThanOrEqual(20);
    for (const pod of fake) expect(pod.spec.nodeName).toMatch(/^kwok-node-\d+$/);
    const real = JSON.parse(await kubectl(['get', '-n', namespace(), 'pod/real', '-o', 'json']));
    expect(real.spec.nodeName).not.toMatch(/^kwok-/);
  });
});
