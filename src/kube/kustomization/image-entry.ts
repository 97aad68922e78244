import { isAlias, isMap, type Document, type Node, type YAMLMap, type YAMLSeq } from 'yaml';
import { PinshipError } from '../../errors.js';
import { lineOf } from './yaml-splice.js';

/** The `images:` entry for one image name: its index and map node. */
export interface FoundEntry {
  index: number;
  map: YAMLMap;
}

/**
 * Finds the entry named `name` in the `images:` sequence, reading each entry as kustomize does
 * (aliases resolved, `<<` merge keys applied). Every entry must be a map with a string name:
 * kustomize skips a nameless entry silently, which is most likely a typo (`nmae:`), and a pin
 * added beside it would hide the mistake.
 */
export function findEntry(
  text: string,
  file: string,
  doc: Document,
  seq: YAMLSeq,
  name: string,
): FoundEntry | undefined {
  const matches: FoundEntry[] = [];
  seq.items.forEach((raw, index) => {
    const item = isAlias(raw) ? raw.resolve(doc) : raw;
    const at = `at line ${lineOf(text, (item as Node | undefined)?.range?.[0] ?? 0)}`;
    if (!isMap(item))
      throw new PinshipError(`images[${index}] must be a map with a name, ${at}`, { file, field: `images[${index}]` });
    const entryName = (item.toJS(doc) as { name?: unknown } | null)?.name;
    if (typeof entryName !== 'string' || entryName === '') {
      throw new PinshipError(`images[${index}] has no name, ${at}`, {
        file,
        field: `images[${index}].name`,
        hint: 'every images entry needs `name:`; nothing was written',
      });
    }
    if (entryName === name) matches.push({ index, map: item });
  });
  if (matches.length > 1) {
    throw new PinshipError(`images has ${matches.length} entries named ${JSON.stringify(name)}`, {
      file,
      field: `images[${matches[1]!.index}]`,
      hint: 'kustomize applies only one; remove the duplicate',
    });
  }
  return matches[0];
}
