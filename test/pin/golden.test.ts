import { cpSync, mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { silentLogger } from '../../src/log/silent-logger.js';
import { parseImagePins } from '../../src/pin/image-pins.js';
import { pin } from '../../src/pin/pin.js';
import {
  FIXTURES,
  goldenCases,
  imageName,
  readTree,
  type RenderedImage,
  render,
  renderedImages,
  stageCase,
  withoutImages,
} from './fixtures.js';

// UPDATE_GOLDEN=1 rewrites expected/ from the current code; review the diff before committing it.
const update = process.env.UPDATE_GOLDEN === '1';

// The shared workloads, rendered once for every case: each render starts kubectl.
let baseImages: RenderedImage[] | undefined;
const renderedBase = () => (baseImages ??= renderedImages(render(join(FIXTURES, '_base'))));

describe.each(goldenCases())('golden case $name', (c) => {
  it('rewrites original/ into expected/ byte for byte, and a second run changes nothing', async () => {
    const dir = stageCase(c.name);
    const repo = join(dir, 'overlay');
    const images = parseImagePins(c.images);
    const first = await pin({ repo, overlays: c.overlays, images, log: silentLogger });
    if (update) {
      rmSync(join(FIXTURES, c.name, 'expected'), { recursive: true, force: true });
      mkdirSync(join(FIXTURES, c.name, 'expected'));
      cpSync(repo, join(FIXTURES, c.name, 'expected'), { recursive: true });
    }
    expect(readTree(repo)).toEqual(readTree(join(FIXTURES, c.name, 'expected')));
    expect(first.changed).toBe(c.name !== 'already-pinned');

    const second = await pin({ repo, overlays: c.overlays, images, log: silentLogger });
    expect(second).toMatchObject({ changed: false, action: 'not-updated', files: [] });
    expect(readTree(repo)).toEqual(readTree(join(FIXTURES, c.name, 'expected')));
  });

  it('changes, as kustomize renders it, only the images of the pinned containers', () => {
    const before = render(join(stageCase(c.name), 'overlay'));
    const after = render(join(stageCase(c.name, 'expected'), 'overlay'));
    const base = renderedBase();
    expect(withoutImages(after)).toEqual(withoutImages(before));
    // Jobs running a pinned image carry the annotations that let Argo CD and Flux replace them
    // (docs/pin.md); an overlay whose Jobs run none of them (or that has no Job) gets no patch.
    const pins = parseImagePins(c.images);
    const spelled = (at: string) => imageName(base.find((b) => b.at === at)!.image);
    const jobPinned = renderedImages(after).some(
      ({ at }) => at.startsWith('Job/') && pins.some((p) => p.name === spelled(at)),
    );
    const job = after.find((r) => r.kind === 'Job') as
      | { metadata: { annotations?: Record<string, string> } }
      | undefined;
    // already-pinned changes nothing; a Component's Jobs are its includers': neither gets the patch.
    const expectedPatch = jobPinned && c.name !== 'components' && c.name !== 'already-pinned';
    expect(job?.metadata.annotations?.['kustomize.toolkit.fluxcd.io/force']).toBe(
      expectedPatch ? 'enabled' : undefined,
    );
    if (expectedPatch) {
      expect(job!.metadata.annotations).toMatchObject({
        'argocd.argoproj.io/sync-options': 'Force=true,Replace=true',
        'kustomize.toolkit.fluxcd.io/force': 'enabled',
      });
    }
    const beforeImages = new Map(renderedImages(before).map((i) => [i.at, i.image]));
    for (const { at, image } of renderedImages(after)) {
      const spelled = imageName(base.find((b) => b.at === at)!.image);
      const pinned = pins.find((p) => p.name === spelled);
      if (pinned) {
        const { name, tag, digest } = pinned.ref;
        expect(image, at).toBe(`${name}${tag ? `:${tag}` : ''}@${digest}`);
      } else {
        expect(image, at).toBe(beforeImages.get(at));
      }
    }
  });
});
