import { describe, expect, it } from 'vitest';
import { silentLogger } from '../../src/log/silent-logger.js';
import { parseImagePins } from '../../src/pin/image-pins.js';
import { pin, type PinResult } from '../../src/pin/pin.js';
import { bareRemote, clone, sh, showRemote, sourceHistory } from '../git/remote.js';
import { overlayFiles } from './fixtures.js';

const digest = (n: number) => `sha256:${n.toString(16).padStart(64, '0')}`;
const REPO = '127.0.0.1:5000/team/compute';

/** Starts all pinners at once, each in its own clone, as separate pipelines would. */
async function race(
  remote: string,
  jobs: { overlay: string; image: string; source?: string; sourceRepo?: string }[],
): Promise<PinResult[]> {
  const clones = jobs.map(() => clone(remote));
  return Promise.all(
    jobs.map((job, i) =>
      pin({
        repo: clones[i]!,
        overlays: [job.overlay],
        images: parseImagePins([job.image]),
        push: true,
        sourceCommit: job.source,
        sourceRepo: job.sourceRepo,
        maxAttempts: 20,
        log: silentLogger,
      }),
    ),
  );
}

function history(remote: string): string[] {
  expect(sh(remote, 'rev-list', '--merges', 'main').trim()).toBe('');
  return sh(remote, 'log', '--format=%s', 'main').trim().split('\n');
}

/**
 * The race scenarios for `n` pinners. Two race in the unit tests (test/pin/race.test.ts); eight, in
 * the integration tests (race-eight.test.itg.ts): a push race of eight retries up to 36 pins,
 * hundreds of git processes, too many for the fast loop.
 */
export function describeRaces(n: number): void {
  describe(`${n} pinners racing against one bare repository`, () => {
    it('pinning different overlays: every pin lands, one commit each', async () => {
      const names = Array.from({ length: n }, (_, i) => `env${i}`);
      const remote = bareRemote(overlayFiles(names));
      const results = await race(
        remote,
        names.map((name, i) => ({ overlay: `overlays/${name}`, image: `compute=${REPO}@${digest(i + 1)}` })),
      );
      expect(results.map((r) => r.action)).toEqual(names.map(() => 'pushed'));
      for (const [i, name] of names.entries()) {
        expect(showRemote(remote, `overlays/${name}/kustomization.yaml`)).toContain(`digest: ${digest(i + 1)} # old`);
      }
      expect(history(remote)).toHaveLength(n + 1);
    });

    it('pinning different images into the same overlay: every entry lands', async () => {
      // Every image runs in a Job, so every pinner wants the Job-roll patch: it lands once.
      const remote = bareRemote(
        overlayFiles(
          ['prod'],
          Array.from({ length: n }, (_, i) => `image${i}`),
        ),
      );
      const results = await race(
        remote,
        Array.from({ length: n }, (_, i) => ({
          overlay: 'overlays/prod',
          image: `image${i}=${REPO}-${i}@${digest(i + 1)}`,
        })),
      );
      expect(results.every((r) => r.action === 'pushed')).toBe(true);
      const text = showRemote(remote, 'overlays/prod/kustomization.yaml');
      for (let i = 0; i < n; i++)
        expect(text).toContain(`- name: image${i}\n  newName: ${REPO}-${i}\n  digest: ${digest(i + 1)}\n`);
      expect(text.match(/name: pinship-job-roll/g)).toHaveLength(1);
      expect(history(remote)).toHaveLength(n + 1);
    });

    it('pipelines for the same image finishing out of order: the newest source wins', async () => {
      const remote = bareRemote(overlayFiles(['prod']));
      const source = sourceHistory(n);
      const order = [...source.commits.keys()].reverse();
      const results = await race(
        remote,
        order.map((i) => ({
          overlay: 'overlays/prod',
          image: `compute=${REPO}@${digest(i + 1)}`,
          source: source.commits[i],
          sourceRepo: source.dir,
        })),
      );
      expect(results.every((r) => r.action === 'pushed' || r.action === 'newer-pin-kept')).toBe(true);
      // The newest source has no newer pin to yield to: it always lands.
      expect(results[0]!.action).toBe('pushed');
      expect(showRemote(remote, 'overlays/prod/kustomization.yaml')).toContain(`digest: ${digest(n)} # old`);
    });
  });
}
