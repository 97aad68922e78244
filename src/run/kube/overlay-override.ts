import { existsSync, readFileSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative, sep } from 'node:path';
import { renderOverlay, type KubeObject } from '../../kube/render.js';
import { editKustomization } from '../../kube/kustomization/edit.js';
import type { ImagePin } from '../../kube/kustomization/image-pin.js';
import { parseKustomization, readImages } from '../../kube/kustomization/parse.js';

/** What a run changes in the overlay as it renders it, in memory: nothing is written to the user's tree. */
export interface OverlayOverrides {
  /** Every namespaced object goes there (kustomize's `namespace:`), the overlay's Namespace renamed to it. */
  namespace?: string;
  /** As `pin --image NAME=REF` would pin them into the overlay. */
  images?: ImagePin[];
}

/**
 * Renders the overlay with the overrides: a kustomization in a temporary folder takes the overlay
 * as its one resource and adds `namespace:` and the images entries, written by the same edit as
 * pin's (kube/kustomization/).
 * An entry the overlay already has for NAME renders as its `newName`: the wrapper matches that.
 */
export async function renderWithOverrides(dir: string, overrides: OverlayOverrides): Promise<KubeObject[]> {
  const images = overrides.images ?? [];
  if (!overrides.namespace && images.length === 0) return renderOverlay(dir);
  const folder = await mkdtemp(join(tmpdir(), 'pinship-render-'));
  try {
    const rendered = renderedNames(dir);
    const pins = images.map((pin) => ({ ...pin, name: rendered.get(pin.name) ?? pin.name }));
    let text = `resources:\n  - ${relative(folder, dir).split(sep).join('/')}\n`;
    if (overrides.namespace) text += `namespace: ${overrides.namespace}\n`;
    const file = join(folder, 'kustomization.yaml');
    if (pins.length) text = editKustomization(text, file, pins, { rollJobs: false }).text;
    await writeFile(file, text);
    return await renderOverlay(folder);
  } finally {
    await rm(folder, { recursive: true, force: true });
  }
}

/** NAME -> what the overlay's images entry for NAME renders as its name (`newName`), when it renames it. */
function renderedNames(dir: string): Map<string, string> {
  const names = new Map<string, string>();
  const file = ['kustomization.yaml', 'kustomization.yml', 'Kustomization']
    .map((name) => join(dir, name))
    .find(existsSync);
  if (!file) return names;
  for (const entry of readImages(parseKustomization(readFileSync(file, 'utf8'), file))) {
    if (typeof entry.name === 'string' && typeof entry.newName === 'string') names.set(entry.name, entry.newName);
  }
  return names;
}
