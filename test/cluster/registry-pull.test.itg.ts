import { describe, expect, it } from 'vitest';
import { kubectl, registryImage, runPod, testNamespace } from './support.js';

const namespace = testNamespace('pinship-pull');
const image = registryImage('cluster-pull');

describe('pulling from the dev registry', () => {
  it('runs an image pushed to the dev registry, by digest, without a pull secret', async () => {
    const ref = image();
    expect(ref).toMatch(/^127\.0\.0\.1:5000\/.+@sha256:[0-9a-f]{64}$/);
    const { log } = await runPod(namespace(), 'by-digest', ref, ['cat', '/marker']);
    expect(log).toMatch(/^pinship cluster test [0-9a-f]{16}\n$/);
    const pod = JSON.parse(await kubectl(['get', '-n', namespace(), 'pod/by-digest', '-o', 'json']));
    expect(pod.spec.imagePullSecrets).toBeUndefined();
    // The kubelet reports the digest it actually ran.
    expect(pod.status.containerStatuses[0].imageID).toContain(ref.split('@')[1]);
  });
});
