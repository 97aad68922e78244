import { PinshipError } from '../errors.js';
import { parseKeyValues } from '../inputs/key-value.js';
import { parseReference } from '../registry/reference.js';
import type { ImagePin } from '../kube/kustomization/image-pin.js';

/**
 * Parses `NAME=REF` lines. `NAME` is the image as the base workloads spell it (`compute`),
 * without tag or digest (kustomize matches entries by name alone); `REF` must be pinned by
 * digest: `repo[:tag]@sha256:<64 hex>`.
 */
export function parseImagePins(lines: readonly string[], field = 'images'): ImagePin[] {
  const pins: ImagePin[] = [];
  for (const line of lines) {
    // One line at a time: a Record would let a repeated NAME silently replace the first.
    const [entry] = Object.entries(parseKeyValues([line], field));
    if (!entry) continue;
    const [name, value] = entry;
    const spelled = parseReference(name, `${field}: ${name}`);
    if (spelled.tag !== undefined || spelled.digest !== undefined || spelled.name !== name) {
      throw new PinshipError(`NAME ${JSON.stringify(name)} must be an image name without tag or digest`, {
        field: `${field}: ${name}`,
        hint: 'kustomize matches images entries by name alone: compute=repo@sha256:...',
      });
    }
    if (pins.some((p) => p.name === name)) {
      throw new PinshipError(`${JSON.stringify(name)} is given twice`, {
        field: `${field}: ${name}`,
        hint: 'give each image once',
      });
    }
    const ref = parseReference(value.trim(), `${field}: ${name}`);
    if (!ref.digest) {
      throw new PinshipError(`${JSON.stringify(value.trim())} has no digest`, {
        field: `${field}: ${name}`,
        hint: 'expected repo[:tag]@sha256:<64 hex>, as build reports it',
      });
    }
    pins.push({ name, ref });
  }
  if (pins.length === 0) throw new PinshipError('no image to pin', { field, hint: 'give NAME=repo@sha256:...' });
  return pins;
}
