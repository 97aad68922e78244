import { cpSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { silentLogger } from '../../src/log/silent-logger.js';
import { parseImagePins } from '../../src/pin/image-pins.js';
import { pin } from '../../src/pin/pin.js';
import { render, renderedImages, withoutImages } from './fixtures.js';
import { scratchDir } from '../support/scratch.js';

const OVERLAYS = join(import.meta.dirname, '../../overlays');
const REF = `127.0.0.1:5000/pinship/compute@sha256:${'d'.repeat(64)}`;

// The repository's own example overlays (read-only here: pinned in a copy).
describe('the example overlays', () => {
  it.each(['dev', 'prod', 'kube'])(
    '%s: pins compute in every container, changes nothing else, keeps the comments',
    async (env) => {
      const repo = scratchDir('pinship-example-');
      cpSync(OVERLAYS, join(repo, 'overlays'), { recursive: true });
      const before = render(join(repo, 'overlays', env));
      const original = readFileSync(join(repo, 'overlays', env, 'kustomization.yaml'), 'utf8');
      const result = await pin({
        repo,
        overlays: [`overlays/${env}`],
        images: parseImagePins([`compute=${REF}`]),
        log: silentLogger,
      });
      expect(result.changed).toBe(true);
      const after = render(join(repo, 'overlays', env));
      expect(withoutImages(after)).toEqual(withoutImages(before));
      const images = renderedImages(after);
      expect(images.length).toBeGreaterThan(0);
      for (const { at, image } of images) expect(image, at).toBe(REF);
      const text = readFileSync(join(repo, 'overlays', env, 'kustomization.yaml'), 'utf8');
      for (const comment of original.match(/#.*$/gm) ?? []) expect(text).toContain(comment);
      const again = await pin({
        repo,
        overlays: [`overlays/${env}`],
        images: parseImagePins([`compute=${REF}`]),
        log: silentLogger,
      });
      expect(again.action).toBe('not-updated');
    },
  );
});
