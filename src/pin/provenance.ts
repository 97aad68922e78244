import { git } from '../git/git.js';
import { isAncestor } from '../git/repo.js';
import type { Logger } from '../log/logger.js';
import { PIN_TRAILER, SOURCE_TRAILER } from './commit-message.js';
import type { KeepDecision } from './plan.js';

/** Where the pin now in a file came from: the source commit and the digest it pinned. */
export interface PinRecord {
  source: string;
  digest: string;
}

/**
 * Reads pin records from the commit trailers of the overlay repository's history, newest
 * first: the first record met for a (file, image) is the one that made the current pin.
 */
export async function readPinRecords(repo: string, files: string[]): Promise<Map<string, PinRecord>> {
  const records = new Map<string, PinRecord>();
  if (files.length === 0) return records;
  const out = await git(repo, ['log', '--format=%x1e%B', `--grep=^${SOURCE_TRAILER}: `, '--', ...files]);
  for (const message of out.split('\x1e')) {
    const source = new RegExp(`^${SOURCE_TRAILER}: *([0-9a-f]{7,64})\\s*$`, 'm').exec(message)?.[1];
    if (!source) continue;
    // The file path may hold spaces; the image name (a reference) and the digest cannot.
    for (const m of message.matchAll(new RegExp(`^${PIN_TRAILER}: (.+) (\\S+) (sha256:[0-9a-f]{64})\\s*$`, 'gm'))) {
      const key = recordKey(m[1]!, m[2]!);
      if (!records.has(key)) records.set(key, { source, digest: m[3]! });
    }
  }
  return records;
}

function recordKey(file: string, image: string): string {
  return `${file}\0${image}`;
}

/**
 * The rule: a pin never replaces a pin made from a newer source commit. "Newer" is asked of
 * Git in the source repository: the recorded source descends from ours. A record only counts
 * while the file still holds the digest it pinned (a hand edit since then wins). When Git
 * cannot tell (commit missing, e.g. a shallow clone), we pin and warn: refusing would block
 * every deploy from such a checkout.
 */
export async function keepNewerPins(options: {
  records: Map<string, PinRecord>;
  sourceRepo: string;
  sourceCommit: string;
  log: Logger;
}): Promise<KeepDecision> {
  const { records, sourceRepo, sourceCommit, log } = options;
  const newer = new Map<string, boolean | undefined>();
  for (const { source } of records.values()) {
    if (newer.has(source) || sameCommit(source, sourceCommit)) continue;
    newer.set(source, await isAncestor(sourceRepo, sourceCommit, source));
  }
  return (file, pin, currentDigest) => {
    const record = records.get(recordKey(file, pin.name));
    if (!record || record.digest !== currentDigest || sameCommit(record.source, sourceCommit)) return undefined;
    const verdict = newer.get(record.source);
    if (verdict === undefined) {
      log.warn(`${file}: ${pin.name} was pinned from ${record.source}; cannot tell whether it is newer than ${sourceCommit} (fetch full history); pinning anyway`);
      return undefined;
    }
    return verdict ? `pinned from ${record.source.slice(0, 12)}, which descends from ${sourceCommit.slice(0, 12)}` : undefined;
  };
}

function sameCommit(a: string, b: string): boolean {
  return a.startsWith(b) || b.startsWith(a);
}
