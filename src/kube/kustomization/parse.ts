import { isMap, parseDocument, type Document } from 'yaml';
import { PinshipError } from '../../errors.js';
import type { ImagesEntry } from './image-pin.js';

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
export function readImages(doc: Document): ImagesEntry[] {
  const js = doc.toJS() as { images?: unknown } | null;
  return Array.isArray(js?.images) ? (js.images as ImagesEntry[]) : [];
}
