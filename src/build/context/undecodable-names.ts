import { readdirSync } from 'node:fs';
import { PinshipError } from '../../errors.js';

/**
 * Names in `path` that are not valid UTF-8: Node reads them with U+FFFD in place of the bad
 * bytes, so that no file of that name exists. The docker CLI sends such names as raw bytes;
 * pinship's names are strings, so it refuses them, naming them, unless .dockerignore excludes them.
 */
export function undecodableNames(path: string): Set<string> {
  const out = new Set<string>();
  for (const raw of readdirSync(path, { encoding: 'buffer' })) {
    const text = raw.toString('utf8');
    if (!Buffer.from(text, 'utf8').equals(raw)) out.add(text);
  }
  return out;
}

export function undecodableNameError(dir: string, name: string): PinshipError {
  return new PinshipError(
    `reading the build context ${dir}: the name ${JSON.stringify(name)} is not valid UTF-8 ` +
      '(U+FFFD stands for its undecodable bytes); pinship sends names as UTF-8 text',
    { field: 'context', hint: 'rename it to UTF-8, or exclude it in .dockerignore' },
  );
}
