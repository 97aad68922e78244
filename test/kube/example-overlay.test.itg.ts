import { chmodSync, cpSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { CoreV1Api, PatchStrategy, setHeaderOptions } from '@kubernetes/client-node';
import { afterAll, describe, expect, it } from 'vitest';
import { silentLogger } from '../../src/log/silent-logger.js';
import { parseImagePins } from '../../src/pin/image-pins.js';
import { pin } from '../../src/pin/pin.js';
import { runOverlay } from '../../src/run/kube/run-overlay.js';
import { testInfra, uniqueRepo } from '../support/infra.js';
import { scratchDir } from '../support/scratch.js';
import { expectValidRecord } from '../run/support.js';
import { adminConfig, buildAndPush, clusterKubeconfig, kubeTestLogger, pushedImage, testNamespace } from './support.js';

const ROOT = join(import.meta.dirname, '../..');
const volumes: string[] = [];
afterAll(async () => {
  const core = adminConfig().makeApiClient(CoreV1Api);
  await Promise.all(volumes.map((name) => core.deletePersistentVolume({ name }).catch(() => {})));
});

/** The example compute image (example/compute), built and pushed; `variant` changes its digest. */
function computeImage(repo: string, variant: string): Promise<string> {
  const dir = join(ROOT, 'example/compute');
  const dockerfile = `${readFileSync(join(dir, 'Dockerfile'), 'utf8')}LABEL pinship.test.variant=${variant}\n`;
  return buildAndPush(repo, variant, {
    Dockerfile: dockerfile,
    'compute.sh': readFileSync(join(dir, 'compute.sh'), 'utf8'),
  });
}

describe('the example overlay overlays/kube', () => {
  it('after pin writes a new digest, run replaces the Job, rolls the Deployment; every pod runs it', async () => {
    const namespace = await testNamespace('example');
    // A copy of the example in the test's namespace, with a hostPath volume for its claim.
    const repo = scratchDir('pinship-example-');
    cpSync(join(ROOT, 'overlays'), join(repo, 'overlays'), { recursive: true });
    const kustomization = join(repo, 'overlays/kube/kustomization.yaml');
    writeFileSync(
      kustomization,
      readFileSync(kustomization, 'utf8').replace('namespace: pinship-example', `namespace: ${namespace}`),
    );
    const path = scratchDir('pinship-example-pv-');
    chmodSync(path, 0o777);
    const volume = `pinship-test-${namespace}`;
    await adminConfig()
      .makeApiClient(CoreV1Api)
      .createPersistentVolume({
        body: {
          metadata: { name: volume },
          spec: {
            capacity: { storage: '1Gi' },
            accessModes: ['ReadWriteOnce'],
            storageClassName: '',
            claimRef: { namespace, name: 'pi-results' },
            hostPath: { path, type: 'Directory' },
          },
        },
      });
    volumes.push(volume);

    const name = uniqueRepo(testInfra(), 'compute');
    const first = await computeImage(name, 'one');
    const second = await computeImage(name, 'two');
    const collectorImage = await pushedImage('kube-collector');
    const runIt = async (image: string) => {
      await pin({ repo, overlays: ['overlays/kube'], images: parseImagePins([`compute=${image}`]), log: silentLogger });
      const log = kubeTestLogger();
      const outcome = await runOverlay({
        overlay: join(repo, 'overlays/kube'),
        kubeconfig: clusterKubeconfig(),
        log,
        timeoutSeconds: 240,
        collectorImage,
      });
      expectValidRecord(outcome.record);
      return { ...outcome, log };
    };

    const before = await runIt(first);
    expect(before.record.conclusion).toBe('success');
    const after = await runIt(second);
    const { record } = after;
    expect(record.conclusion).toBe('success');
    expect(after.log.lines).toContain('job/pi-shards replaced');
    const digest = second.split('@')[1];
    expect(record.image.digest).toBe(digest);
    // Six shards of the pi integral; their partial sums add up to pi.
    expect(record.shards).toHaveLength(6);
    const pi = record.shards.reduce((sum, s) => sum + Number(s.results[0]!.value.partial), 0);
    expect(pi).toBeCloseTo(Math.PI, 6);
    expect(record.shards.every((s) => s.outputs.length === 1 && s.outputs[0]!.path === `partial-${s.index}.txt`)).toBe(
      true,
    );
    const [rollout] = record.rollouts;
    expect(rollout).toMatchObject({ name: 'pi-worker', conclusion: 'success', revision: '2' });
    expect(rollout!.images).toEqual([{ container: 'worker', image: second, digest, pods: 2 }]);
    // Every pod of the namespace that is not on its way out runs the new digest.
    const pods = await adminConfig().makeApiClient(CoreV1Api).listNamespacedPod({ namespace });
    const live = pods.items.filter((p) => !p.metadata?.deletionTimestamp && p.metadata?.labels?.app);
    expect(live.length).toBeGreaterThanOrEqual(8);
    for (const pod of live)
      expect(pod.status?.containerStatuses?.[0]?.imageID, pod.metadata!.name).toMatch(new RegExp(`@${digest}$`));
  });

  it('runs where Pod Security restricted is enforced, moved there with its image given; outputs listed', async () => {
    const namespace = await testNamespace('restricted');
    const core = adminConfig().makeApiClient(CoreV1Api);
    await core.patchNamespace(
      {
        name: namespace,
        body: { metadata: { labels: { 'pod-security.kubernetes.io/enforce': 'restricted' } } },
      },
      setHeaderOptions('Content-Type', PatchStrategy.MergePatch),
    );
    const path = scratchDir('pinship-example-pv-');
    chmodSync(path, 0o777);
    const volume = `pinship-test-${namespace}`;
    await core.createPersistentVolume({
      body: {
        metadata: { name: volume },
        spec: {
          capacity: { storage: '1Gi' },
          accessModes: ['ReadWriteOnce'],
          storageClassName: '',
          claimRef: { namespace, name: 'pi-results' },
          hostPath: { path, type: 'Directory' },
        },
      },
    });
    volumes.push(volume);
    const image = await computeImage(uniqueRepo(testInfra(), 'compute'), 'restricted');
    const { record } = await runOverlay({
      overlay: join(ROOT, 'overlays/kube'),
      namespace,
      images: parseImagePins([`compute=${image}`]),
      collectorImage: await pushedImage('kube-collector'),
      kubeconfig: clusterKubeconfig(),
      log: kubeTestLogger(),
      timeoutSeconds: 240,
    });
    expectValidRecord(record);
    expect(record.conclusion).toBe('success');
    expect(record.image.ref).toBe(image);
    expect(record.shards.map((s) => s.outputs.map((o) => o.path))).toEqual(
      record.shards.map((s) => [`partial-${s.index}.txt`]),
    );
    expect(record.rollouts[0]).toMatchObject({ name: 'pi-worker', conclusion: 'success' });
  });
});
