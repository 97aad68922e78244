import type { ImageReference } from '../../registry/reference.js';
import { formatScalar } from './yaml-splice.js';

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

/** The kustomize images entry fields pinship reads and writes. */
export interface ImagesEntry {
  name: string;
  newName?: string;
  newTag?: string;
  digest?: string;
}

/** The reference kustomize renders for an entry: `newName ?? name[:newTag][@digest]`. */
export function renderEntry(e: ImagesEntry): string {
  return `${e.newName ?? e.name}${e.newTag ? `:${e.newTag}` : ''}${e.digest ? `@${e.digest}` : ''}`;
}

/** The entry a pin asks for; `newName` is kept when the current entry has one. */
export function wantedEntry(pin: ImagePin, current?: ImagesEntry): ImagesEntry {
  const newName = pin.ref.name !== pin.name || current?.newName !== undefined ? pin.ref.name : undefined;
  return { name: pin.name, newName, newTag: pin.ref.tag, digest: pin.ref.digest };
}

/** An entry's lines as a block map (joined with `, ` inside braces for flow style). */
export function entryLines(e: ImagesEntry): string[] {
  const lines = [`name: ${formatScalar(e.name)}`];
  if (e.newName !== undefined) lines.push(`newName: ${formatScalar(e.newName)}`);
  if (e.newTag !== undefined) lines.push(`newTag: ${formatScalar(e.newTag)}`);
  lines.push(`digest: ${formatScalar(e.digest!)}`);
  return lines;
}
