import { isDeepStrictEqual } from 'node:util';
import type { Document } from 'yaml';
import { PinshipError, describeError, wrapError } from '../../errors.js';
import { wantedEntry, type ImageChange, type ImagePin, type ImagesEntry } from './image-pin.js';
import { createImages, pinOne } from './image-splices.js';
import { addJobRollPatch, hasJobRollPatch, JOB_ROLL_PATCH } from './job-roll-patch.js';
import { parseKustomization } from './parse.js';
import { applySplices, type Splice } from './yaml-splice.js';

export interface EditOptions {
  /** Add the patch that lets Argo CD and Flux replace pinned Jobs (see docs/pin.md). */
  rollJobs: boolean;
}

export interface EditResult {
  text: string;
  images: ImageChange[];
  /** The original, parsed (for further questions about it without parsing again). */
  original: Document;
}

/** Pins `pins` into the kustomization text; a no-op (same text, no images) when already pinned. */
export function editKustomization(source: string, file: string, pins: ImagePin[], options: EditOptions): EditResult {
  // A byte order mark is kept but set aside: the parser's offsets count it, and columns
  // measured from the start of the first line would be off by one.
  const bom = source.startsWith('\ufeff') ? '\ufeff' : '';
  const text = source.slice(bom.length);
  // One parse to locate every node, one (in verify) to check the result: all splices are
  // computed against the original text and applied together.
  const before = parseKustomization(text, file);
  const splices: Splice[] = [];
  const images: ImageChange[] = [];
  const created = createImages(text, before, pins);
  if (created) {
    splices.push(created.splice);
    images.push(...created.changes);
  } else {
    for (const pin of pins) {
      const step = pinOne(text, file, before, pin);
      if (!step) continue;
      images.push(step.change);
      splices.push(...step.splices);
    }
  }
  if (images.length === 0) return { text: source, images, original: before };
  // Listed last: where both land at the end of the file, the patch follows `images:`.
  if (options.rollJobs && !hasJobRollPatch(before)) splices.push(addJobRollPatch(text, before));
  let out: string;
  try {
    out = applySplices(text, splices);
  } catch (err) {
    throw wrapError('cannot edit', err, { file, field: 'images', hint: 'please report this file' });
  }
  verify(before, out, file, pins, options);
  return { text: bom + out, images, original: before };
}

/**
 * Re-parses the edited text and checks that it means exactly the original plus the pins: this
 * catches anchors shared outside the entry, merge keys and any splice that went wrong.
 */
function verify(before: Document, out: string, file: string, pins: ImagePin[], options: EditOptions): void {
  let after: unknown;
  try {
    after = parseKustomization(out, file).toJS();
  } catch (err) {
    throw new PinshipError(
      `the edit produced invalid YAML (${err instanceof PinshipError ? err.detail : describeError(err)}); nothing ` +
        'was written',
      {
        file,
        field: 'images',
        hint: 'please report this file',
      },
    );
  }
  const expected = JSON.parse(JSON.stringify(before.toJS() ?? {})) as Record<string, unknown>;
  if (!Array.isArray(expected.images)) expected.images = [];
  const list = expected.images as ImagesEntry[];
  for (const pin of pins) {
    const i = list.findIndex((e) => e?.name === pin.name);
    const want = wantedEntry(pin, list[i]);
    const next: ImagesEntry = { ...(list[i] ?? {}), name: pin.name, digest: want.digest };
    if (want.newName !== undefined) next.newName = want.newName;
    if (want.newTag !== undefined) next.newTag = want.newTag;
    else delete next.newTag;
    if (i === -1) list.push(next);
    else list[i] = next;
  }
  if (options.rollJobs && !hasJobRollPatch(before)) {
    const patches = Array.isArray(expected.patches) ? expected.patches : [];
    expected.patches = [...patches, JOB_ROLL_PATCH];
  }
  if (!isDeepStrictEqual(after, expected)) {
    throw new PinshipError(
      'the edit would change more than the images entries (an anchor shared through an alias, or a merge key?)',
      {
        file,
        field: 'images',
        hint: 'edit this entry by hand once so that it holds its own values; nothing was written',
      },
    );
  }
}
