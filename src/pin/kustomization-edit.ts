import { isDeepStrictEqual } from 'node:util';
import {
  isAlias,
  isMap,
  isScalar,
  isSeq,
  parseDocument,
  type Document,
  type Node,
  type Pair,
  type YAMLMap,
} from 'yaml';
import { PinshipError, describeError, wrapError } from '../errors.js';
import type { ImageReference } from '../registry/reference.js';
import { findEntry } from './image-entry.js';
import { addJobRollPatch, hasJobRollPatch, JOB_ROLL_PATCH } from './job-roll.js';
import {
  addFlowPair,
  addPairs,
  appendSeqItem,
  applySplices,
  blockSequenceLines,
  documentEnd,
  formatScalar,
  insertLines,
  lineOf,
  afterLineOf,
  removePair,
  replacePair,
  sequenceIndent,
  setPairValue,
  textStyle,
  type Splice,
} from './yaml-splice.js';

/** One image to pin: `name` as the workloads spell it, `ref` with a digest. */
export interface ImagePin {
  name: string;
  ref: ImageReference;
}

/** What changed for one image in one file: the rendered reference before (null: no entry) and after. */
export interface ImageChange {
  name: string;
  old: string | null;
  new: string;
}

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

/** The kustomize images entry fields pinship reads and writes. */
interface Entry {
  name: string;
  newName?: string;
  newTag?: string;
  digest?: string;
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

/** Parses a kustomization, turning YAML errors into one line naming file and line. */
export function parseKustomization(text: string, file: string): Document {
  // merge: kustomize (go-yaml) resolves `<<: *anchor` merge keys, so they are read the same here.
  const doc = parseDocument(text, { uniqueKeys: true, merge: true });
  const err = doc.errors[0];
  if (err?.code === 'MULTIPLE_DOCS') {
    // kustomize reads the first document and silently ignores the rest: a pin there would not apply.
    throw new PinshipError(
      `a kustomization is one YAML document; another starts at line ${err.linePos?.[0]?.line ?? '?'}`,
      {
        file,
        hint: 'remove the extra `---` document; nothing was written',
      },
    );
  }
  if (err) {
    const line = err.linePos?.[0]?.line;
    const what = err.message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '');
    throw new PinshipError(`invalid YAML${line ? ` at line ${line}` : ''}: ${what}`, {
      file,
      hint: 'fix the YAML syntax; nothing was written',
    });
  }
  if (doc.contents !== null && !isMap(doc.contents)) {
    throw new PinshipError('a kustomization must be a YAML map', { file });
  }
  return doc;
}

/** Reads the images entries of a parsed kustomization (for provenance checks and reports). */
export function readImages(doc: Document): Entry[] {
  const js = doc.toJS() as { images?: unknown } | null;
  return Array.isArray(js?.images) ? (js.images as Entry[]) : [];
}

/** The reference kustomize renders for an entry: `newName ?? name[:newTag][@digest]`. */
function renderEntry(e: Entry): string {
  return `${e.newName ?? e.name}${e.newTag ? `:${e.newTag}` : ''}${e.digest ? `@${e.digest}` : ''}`;
}

function wanted(pin: ImagePin, current?: Entry): Entry {
  const newName = pin.ref.name !== pin.name || current?.newName !== undefined ? pin.ref.name : undefined;
  return { name: pin.name, newName, newTag: pin.ref.tag, digest: pin.ref.digest };
}

function pairOf(map: YAMLMap, key: string): Pair | undefined {
  return map.items.find((p) => isScalar(p.key) && p.key.value === key);
}

/** When there is no `images:` field (or it is empty), one splice that adds it with every pin. */
function createImages(
  text: string,
  doc: Document,
  pins: ImagePin[],
): { splice: Splice; changes: ImageChange[] } | undefined {
  const style = textStyle(text);
  const root = doc.contents as YAMLMap | null;
  const imagesPair = root ? pairOf(root, 'images') : undefined;
  let seq = imagesPair?.value as unknown;
  if (isAlias(seq)) seq = seq.resolve(doc);
  const empty = (isScalar(seq) && seq.value === null) || (isSeq(seq) && seq.items.length === 0);
  if (imagesPair && !empty) return undefined;
  const blocks = pins.map((pin) => entryLines(wanted(pin)));
  const changes = pins.map((pin) => ({ name: pin.name, old: null, new: renderEntry(wanted(pin)) }));
  if (!root || !imagesPair) {
    if (root?.flow)
      return { splice: addFlowPair(root, 'images', `[${blocks.map((b) => `{${b.join(', ')}}`).join(', ')}]`), changes };
    const lines = ['images:', ...blockSequenceLines(blocks, 0, root ? sequenceIndent(text, root) : 0)];
    return { splice: insertLines(text, documentEnd(text, doc), lines, style), changes };
  }
  const scalar = seq as Node;
  const keyNode = imagesPair.key as Node;
  const splice =
    scalar.range && scalar.range[0] !== scalar.range[1]
      ? { start: scalar.range[0], end: scalar.range[1], text: `[${blocks.map((b) => `{${b.join(', ')}}`).join(', ')}]` }
      : insertLines(
          text,
          afterLineOf(text, keyNode.range![1]),
          blockSequenceLines(blocks, columnOfKey(text, keyNode), sequenceIndent(text, root)),
          style,
        );
  return { splice, changes };
}

/** Splices that pin one image into an existing `images:` list. */
function pinOne(
  text: string,
  file: string,
  doc: Document,
  pin: ImagePin,
): { splices: Splice[]; change: ImageChange } | undefined {
  const style = textStyle(text);
  const target = wanted(pin);
  const newText = renderEntry(target);
  const block = entryLines(target);
  const flow = `{${block.join(', ')}}`;
  const imagesPair = pairOf(doc.contents as YAMLMap, 'images')!;
  let seq = imagesPair.value as unknown;
  if (isAlias(seq)) seq = seq.resolve(doc);
  if (!isSeq(seq)) {
    throw new PinshipError(`images must be a list, at line ${lineOf(text, (imagesPair.key as Node).range![0])}`, {
      file,
      field: 'images',
    });
  }
  const match = findEntry(text, file, doc, seq, pin.name);
  if (!match) {
    return {
      splices: [appendSeqItem(text, seq, block, flow, style)],
      change: { name: pin.name, old: null, new: newText },
    };
  }
  const map = match.map;
  const current = (map.toJS(doc) ?? {}) as Entry;
  const want = wanted(pin, current);
  const oldText = renderEntry(current);
  if (renderEntry(want) === oldText && current.newTag === want.newTag) return undefined;

  const splices: Splice[] = [];
  const toAdd: [string, string][] = [];
  const tagPair = pairOf(map, 'newTag');
  const digestPair = pairOf(map, 'digest');
  const namePair = pairOf(map, 'newName');
  if (want.newName !== undefined) {
    if (namePair) {
      if (current.newName !== want.newName) splices.push(setPairValue(text, namePair, want.newName));
    } else toAdd.push(['newName', want.newName]);
  }
  let digestPlaced = false;
  if (want.newTag !== undefined) {
    if (tagPair) {
      if (current.newTag !== want.newTag) splices.push(setPairValue(text, tagPair, want.newTag));
    } else toAdd.push(['newTag', want.newTag]);
  } else if (current.newTag != null && !tagPair) {
    // The tag comes in through a merge key (`<<: *defaults`): it cannot be removed from this
    // entry, and left alone it would render as `repo:stale@digest`.
    throw new PinshipError(
      `images[${match.index}] (${pin.name}) takes newTag ${JSON.stringify(current.newTag)} from a merge key (<<), ` +
        'which would survive the pin',
      {
        file,
        field: `images[${match.index}].newTag`,
        hint: 'write the entry out without the merge key, or drop newTag from the merged map; nothing was written',
      },
    );
  } else if (tagPair) {
    // A stale tag would render as `repo:old@digest`: it must not survive. Where a digest is
    // also to be added, it takes the tag's place, so one line changes instead of two.
    if (!digestPair) {
      splices.push(replacePair(tagPair, 'digest', want.digest!));
      digestPlaced = true;
    } else splices.push(removePair(text, map, tagPair));
  }
  if (!digestPlaced) {
    if (digestPair) {
      if (current.digest !== want.digest) splices.push(setPairValue(text, digestPair, want.digest!));
    } else toAdd.push(['digest', want.digest!]);
  }
  if (toAdd.length > 0) splices.push(addPairs(text, map, toAdd, style));
  return { splices, change: { name: pin.name, old: oldText, new: renderEntry(want) } };
}

function columnOfKey(text: string, key: Node): number {
  return key.range![0] - (text.lastIndexOf('\n', key.range![0] - 1) + 1);
}

function entryLines(e: Entry): string[] {
  const lines = [`name: ${formatScalar(e.name)}`];
  if (e.newName !== undefined) lines.push(`newName: ${formatScalar(e.newName)}`);
  if (e.newTag !== undefined) lines.push(`newTag: ${formatScalar(e.newTag)}`);
  lines.push(`digest: ${formatScalar(e.digest!)}`);
  return lines;
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
  const list = expected.images as Entry[];
  for (const pin of pins) {
    const i = list.findIndex((e) => e?.name === pin.name);
    const want = wanted(pin, list[i]);
    const next: Entry = { ...(list[i] ?? {}), name: pin.name, digest: want.digest };
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
