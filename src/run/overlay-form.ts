import { PinshipError } from '../errors.js';
import { parseReference } from '../registry/reference.js';

/**
 * The one message for a local-run setting given beside an overlay, from the CLI (`--shards`) or
 * the action (`shards`): the overlay says all of it, so the setting would be silently ignored.
 */
export function besideOverlayError(setting: string, overlay: string, field = setting): PinshipError {
  return new PinshipError(`${overlay} runs what the overlay says: ${setting} cannot be given beside it`, {
    field,
    hint: "set it in the overlay (the Job's completions, parallelism, resources, env)",
  });
}

/** The output collector's image must be named by digest: what lists the outputs is then fixed. */
export function parseCollectorImage(ref: string, field: string): string {
  if (!parseReference(ref, field).digest) {
    throw new PinshipError(`${JSON.stringify(ref)} has no digest`, {
      field,
      hint: 'name the collector image by digest: repo@sha256:<64 hex> (an image with sh, find, stat, sha256sum)',
    });
  }
  return ref;
}
