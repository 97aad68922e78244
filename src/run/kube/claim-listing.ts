import type { OutputFile } from '../../record/types.js';

/** Parses the collector's lines into files by shard index (`<index>/<path>`), sorted by path. */
export function parseClaimListing(text: string): Map<number, OutputFile[]> {
  const byIndex = new Map<number, OutputFile[]>();
  for (const line of text.split('\n')) {
    const m = /^pinship:file (\d+) ([a-f0-9]{64}|-) (\d+)\/(.+)$/.exec(line);
    if (!m) continue;
    const index = Number(m[3]);
    const file: OutputFile =
      m[2] === '-'
        ? { path: m[4]!, size: Number(m[1]), sha256: null, unreadable: 'permission denied' }
        : { path: m[4]!, size: Number(m[1]), sha256: m[2]! };
    byIndex.set(index, [...(byIndex.get(index) ?? []), file]);
  }
  for (const files of byIndex.values()) files.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  return byIndex;
}
