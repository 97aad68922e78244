/**
 * The keys of a git config file's text that carry a credential: `http.<url>.extraheader` (where
 * actions/checkout puts the job token) and URLs with a user or token in them
 * (`https://x-access-token:…@github.com/…`). E.g. `['http.https://github.com/.extraheader']`.
 */
export function credentialKeys(text: string): string[] {
  const found: string[] = [];
  let section = '';
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.trim();
    const header = /^\[\s*([\w.-]+)(?:\s+"((?:[^"\\]|\\.)*)")?\s*\]/.exec(line);
    if (header) {
      section = header[2] === undefined ? header[1]!.toLowerCase() : `${header[1]!.toLowerCase()}.${header[2]}`;
      continue;
    }
    const entry = /^([A-Za-z][\w-]*)\s*(?:=\s*(.*))?$/.exec(line);
    if (!entry) continue;
    const key = entry[1]!.toLowerCase();
    const value = entry[2] ?? '';
    const secretUrl = /^"?https?:\/\/[^/\s@]+@/i.test(value);
    if (key === 'extraheader' || secretUrl) found.push(`${section}.${key}`);
  }
  return found;
}
