import { isAlias, isScalar, isSeq, type Document, type Node, type Pair, type YAMLMap, type YAMLSeq } from 'yaml';
import { PinshipError } from '../../errors.js';
import { findEntry, type FoundEntry } from './image-entry.js';
import {
  entryLines,
  renderEntry,
  wantedEntry,
  type ImageChange,
  type ImagePin,
  type ImagesEntry,
} from './image-pin.js';
import {
  addFlowPair,
  addPairs,
  afterLineOf,
  appendSeqItem,
  blockSequenceLines,
  documentEnd,
  insertLines,
  lineOf,
  removePair,
  replacePair,
  sequenceIndent,
  setPairValue,
  textStyle,
  type Splice,
} from './yaml-splice.js';

/** The splices for one pinned image and the change they make. */
export interface ImageSplices {
  splices: Splice[];
  change: ImageChange;
}

function pairOf(map: YAMLMap, key: string): Pair | undefined {
  return map.items.find((p) => isScalar(p.key) && p.key.value === key);
}

/** When there is no `images:` field (or it is empty), one splice that adds it with every pin. */
export function createImages(
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
  const blocks = pins.map((pin) => entryLines(wantedEntry(pin)));
  const changes = pins.map((pin) => ({ name: pin.name, old: null, new: renderEntry(wantedEntry(pin)) }));
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

/** Splices that pin one image into an existing `images:` list; undefined when it is already pinned. */
export function pinOne(text: string, file: string, doc: Document, pin: ImagePin): ImageSplices | undefined {
  const style = textStyle(text);
  const seq = imagesSequence(text, file, doc);
  const match = findEntry(text, file, doc, seq, pin.name);
  if (!match) {
    const block = entryLines(wantedEntry(pin));
    return {
      splices: [appendSeqItem(text, seq, block, `{${block.join(', ')}}`, style)],
      change: { name: pin.name, old: null, new: renderEntry(wantedEntry(pin)) },
    };
  }
  const current = (match.map.toJS(doc) ?? {}) as ImagesEntry;
  const want = wantedEntry(pin, current);
  const oldText = renderEntry(current);
  if (renderEntry(want) === oldText && current.newTag === want.newTag) return undefined;
  const edit: EntryEdit = { text, splices: [], toAdd: [] };
  if (want.newName !== undefined) setOrAdd(edit, match.map, 'newName', current.newName, want.newName);
  const digestPlaced = editTag(edit, file, match, pin.name, current, want);
  if (!digestPlaced) setOrAdd(edit, match.map, 'digest', current.digest, want.digest!);
  if (edit.toAdd.length > 0) edit.splices.push(addPairs(text, match.map, edit.toAdd, style));
  return { splices: edit.splices, change: { name: pin.name, old: oldText, new: renderEntry(want) } };
}

/** The `images:` value, which must be a list (an alias to one is resolved). */
function imagesSequence(text: string, file: string, doc: Document): YAMLSeq {
  const imagesPair = pairOf(doc.contents as YAMLMap, 'images')!;
  let seq = imagesPair.value as unknown;
  if (isAlias(seq)) seq = seq.resolve(doc);
  if (!isSeq(seq)) {
    throw new PinshipError(`images must be a list, at line ${lineOf(text, (imagesPair.key as Node).range![0])}`, {
      file,
      field: 'images',
    });
  }
  return seq;
}

/** The splices of one entry's edit so far, and the pairs still to add to its map. */
interface EntryEdit {
  text: string;
  splices: Splice[];
  toAdd: [string, string][];
}

/** Sets the field when its value differs, or queues it to be added when the entry lacks it. */
function setOrAdd(edit: EntryEdit, map: YAMLMap, key: string, current: string | undefined, value: string): void {
  const pair = pairOf(map, key);
  if (!pair) edit.toAdd.push([key, value]);
  else if (current !== value) edit.splices.push(setPairValue(edit.text, pair, value));
}

/**
 * Sets, or removes, the entry's `newTag`. Returns true when the digest took the removed tag's
 * place, so one line changes instead of two.
 */
function editTag(
  edit: EntryEdit,
  file: string,
  match: FoundEntry,
  name: string,
  current: ImagesEntry,
  want: ImagesEntry,
): boolean {
  const tagPair = pairOf(match.map, 'newTag');
  if (want.newTag !== undefined) {
    setOrAdd(edit, match.map, 'newTag', current.newTag, want.newTag);
    return false;
  }
  if (current.newTag != null && !tagPair) {
    // The tag comes in through a merge key (`<<: *defaults`): it cannot be removed from this
    // entry, and left alone it would render as `repo:stale@digest`.
    throw new PinshipError(
      `images[${match.index}] (${name}) takes newTag ${JSON.stringify(current.newTag)} from a merge key (<<), ` +
        'which would survive the pin',
      {
        file,
        field: `images[${match.index}].newTag`,
        hint: 'write the entry out without the merge key, or drop newTag from the merged map; nothing was written',
      },
    );
  }
  if (!tagPair) return false;
  // A stale tag would render as `repo:old@digest`: it must not survive.
  if (!pairOf(match.map, 'digest')) {
    edit.splices.push(replacePair(tagPair, 'digest', want.digest!));
    return true;
  }
  edit.splices.push(removePair(edit.text, match.map, tagPair));
  return false;
}

function columnOfKey(text: string, key: Node): number {
  return key.range![0] - (text.lastIndexOf('\n', key.range![0] - 1) + 1);
}
