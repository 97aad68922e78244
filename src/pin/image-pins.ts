import { PinshipError } from '../errors.js';
import { parseKeyValues } from '../inputs/key-value.js';
import { parseReference } from '../registry/reference.js';
import type { ImagePin } from './kustomization-edit.js';

/**
 * Parses `NAME=REF` lines. `NAME` is the image as the base workloads spell it (`compute`);
 * `REF` must be pinned by digest: `repo[:tag]@sha256:<64 hex>`.
 */
export function parseImagePins(lines: readonly string[], field = 'images'): ImagePin[] {
  const pairs = parseKeyValues(lines, field);
  const pins = Object.entries(pairs).map(([name, value]) => {
    const ref = parseReference(value.trim(), `${field}: ${name}`);
    if (!ref.digest) {
      throw new PinshipError(`${JSON.stringify(value.trim())} has no digest`, {
        field: `${field}: ${name}`,
        hint: 'expected repo[:tag]@sha256:<64 hex>, as build reports it',
      });
    }
    return { name, ref };
  });
  if (pins.length === 0) throw new PinshipError('no image to pin', { field, hint: 'give NAME=repo@sha256:...' });
  return pins;
}
