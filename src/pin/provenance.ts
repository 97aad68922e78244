import { resolve } from 'node:path';
import { commitMessages } from '../git/log.js';
import { fileAt, hasCommit, isAncestor, isShallow } from '../git/repo.js';
import type { Logger } from '../log/logger.js';
import { pinTrailers, SOURCE_TRAILER, sourceTrailer } from '../provenance/pin-trailers.js';
import type { ImagePin } from '../kube/kustomization/image-pin.js';
import { parseKustomization, readImages } from '../kube/kustomization/parse.js';
import type { KeepDecision, KeptPin } from './plan.js';

/** Where the pin now in a file came from: the source commit and the digest it pinned. */
export interface PinRecord {
  source: string;
  digest: string;
}

/**
 * Reads pin records from the commit trailers of the overlay repository's history, newest
 * first: the first record met for a (file, image) is the one that made the current pin.
 */
export async function readPinRecords(repo: string, files: string[], rev = 'HEAD'): Promise<Map<string, PinRecord>> {
  const records = new Map<string, PinRecord>();
  if (files.length === 0) return records;
  for (const message of await commitMessages(repo, rev, files, `^${SOURCE_TRAILER}: `)) {
    const source = sourceTrailer(message);
    if (!source) continue;
    for (const pin of pinTrailers(message)) {
      const key = recordKey(pin.file, pin.image);
      if (!records.has(key)) records.set(key, { source, digest: pin.digest });
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
 * cannot tell (a commit missing: the images are built from another repository and no
 * --source-repo was given, or a shallow clone), we pin and warn, naming the commit and the
 * fix: refusing would block every deploy from such a checkout.
 */
export async function keepNewerPins(options: {
  records: Map<string, PinRecord>;
  sourceRepo: string;
  /** True when the user named the source repository (--source-repo); else it is the overlay repository. */
  sourceRepoGiven?: boolean;
  sourceCommit: string;
  log: Logger;
}): Promise<KeepDecision> {
  const { records, sourceRepo, sourceCommit, log } = options;
  const newer = new Map<string, boolean | undefined>();
  for (const { source } of records.values()) {
    if (newer.has(source) || sameCommit(source, sourceCommit)) continue;
    newer.set(source, await isAncestor(sourceRepo, sourceCommit, source));
  }
  const why = await cannotTellWhy(
    sourceRepo,
    options.sourceRepoGiven ?? false,
    sourceCommit,
    [...newer].filter(([, v]) => v === undefined).map(([s]) => s),
  );
  return (file, pin, currentDigest) => {
    const record = records.get(recordKey(file, pin.name));
    if (!record || record.digest !== currentDigest || sameCommit(record.source, sourceCommit)) return undefined;
    const verdict = newer.get(record.source);
    if (verdict === undefined) {
      log.warn(
        `${file}: ${pin.name} was pinned from ${record.source}; cannot tell whether that is newer than ` +
          `${sourceCommit}: ${why(record.source)}; pinning anyway`,
      );
      return undefined;
    }
    return verdict
      ? `pinned from ${record.source.slice(0, 12)}, which descends from ${sourceCommit.slice(0, 12)}`
      : undefined;
  };
}

/**
 * Why Git could not compare two source commits, and what to do. Usually the commits live in
 * another repository (the app repository, when overlays are kept apart): --source-repo fixes
 * that. In a shallow clone of the right repository, fetching full history does.
 */
async function cannotTellWhy(
  sourceRepo: string,
  given: boolean,
  ours: string,
  recorded: string[],
): Promise<(recorded: string) => string> {
  if (recorded.length === 0) return () => '';
  const present = new Map<string, boolean>();
  for (const c of [ours, ...recorded]) present.set(c, await hasCommit(sourceRepo, c));
  const shallow = await isShallow(sourceRepo);
  const where = `${resolve(sourceRepo)}${given ? '' : ' (the overlay repository)'}`;
  const otherRepo =
    'if the images are built from another repository, ' +
    'pass --source-repo DIR (action input source-repo) with a full clone of it';
  const hint = shallow
    ? 'it is a shallow clone: fetch its full history (git fetch --unshallow; actions/checkout fetch-depth: ' +
      `0)${given ? '' : `, or ${otherRepo}`}`
    : given
      ? 'check that --source-repo (action input source-repo) is a full clone of ' +
        'the repository the images are built from'
      : `${otherRepo}; if they are built here, fetch full history`;
  return (source) => {
    const missing = [source, ours].filter((c) => !present.get(c));
    const what = missing.length ? missing.join(' and ') : 'a commit';
    return `${what} ${missing.length > 1 ? 'are' : 'is'} not in ${where}; ${hint}`;
  };
}

/**
 * The pins at commit `rev` (a pull request's branch) that come from a newer source commit than
 * `sourceCommit`, by the same rule as keepNewerPins: pushing over them would replace a newer pin.
 */
export async function newerPinsAt(options: {
  repo: string;
  rev: string;
  files: string[];
  images: ImagePin[];
  sourceRepo: string;
  sourceRepoGiven: boolean;
  sourceCommit: string;
  log: Logger;
}): Promise<KeptPin[]> {
  const records = await readPinRecords(options.repo, options.files, options.rev);
  if (records.size === 0) return [];
  const keep = await keepNewerPins({ ...options, records });
  const kept: KeptPin[] = [];
  for (const file of options.files) {
    const text = await fileAt(options.repo, options.rev, file);
    if (text === undefined) continue;
    const entries = readImages(parseKustomization(text, file));
    for (const pin of options.images) {
      const reason = keep(file, pin, entries.find((e) => e?.name === pin.name)?.digest);
      if (reason) kept.push({ file, name: pin.name, reason });
    }
  }
  return kept;
}

function sameCommit(a: string, b: string): boolean {
  return a.startsWith(b) || b.startsWith(a);
}
