import { mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { parseImagePins } from '../../src/pin/image-pins.js';
import { planPins, writePlan } from '../../src/pin/plan.js';
import { writeFiles } from '../git/remote.js';
import { overlayFiles } from './fixtures.js';
import { scratchDir } from '../support/scratch.js';

const images = parseImagePins([`compute=127.0.0.1:5000/team/compute@sha256:${'a'.repeat(64)}`]);

it('a write failing half-way puts the files already written back as they were', async () => {
  const repo = scratchDir('pinship-plan-');
  writeFiles(repo, overlayFiles(['a', 'b']));
  const original = readFileSync(join(repo, 'overlays/a/kustomization.yaml'), 'utf8');
  const plan = await planPins({ repo, overlays: ['overlays/a', 'overlays/b'], images, rollJobs: true });
  // The second target turns into a directory after planning: its rename must fail.
  rmSync(join(repo, 'overlays/b/kustomization.yaml'));
  mkdirSync(join(repo, 'overlays/b/kustomization.yaml'));
  await expect(writePlan(plan)).rejects.toThrow(/^overlays\/b\/kustomization.yaml: writing the pin: /);
  expect(readFileSync(join(repo, 'overlays/a/kustomization.yaml'), 'utf8')).toBe(original);
});

it('the same overlay named twice is pinned once', async () => {
  const repo = scratchDir('pinship-plan-');
  writeFiles(repo, overlayFiles(['a']));
  const plan = await planPins({
    repo,
    overlays: ['overlays/a', './overlays/a/', 'overlays/../overlays/a'],
    images,
    rollJobs: true,
  });
  expect(plan.files.map((f) => f.overlay.file)).toEqual(['overlays/a/kustomization.yaml']);
});
