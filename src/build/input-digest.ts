import { createHash } from 'node:crypto';
import type { BuildContext, ContextEntry } from './context/read-context.js';
import { contextReadError } from './context/walk.js';
import { hashFiles, type FileHashOptions } from '../git/blob-hash.js';

/** Everything besides the context files that decides what the build produces. */
export interface BuildParameters {
  buildArgs: Record<string, string>;
  target?: string;
  platform?: string;
  /** User labels only: the default OCI labels change with every commit and are left out. */
  labels: Record<string, string>;
  /** `classic` or `buildkit`: the two builders make different layers from the same Dockerfile. */
  builder?: string;
  /** Each base image as written (ARGs substituted) -> what it resolved to (registry digest or local id). */
  bases?: Record<string, string>;
  /** Each remote `ADD` source (URL) -> what identifies its content now (remote-sources.ts). */
  remotes?: Record<string, string>;
  /** Ids of the build secrets offered; never their content (see docs/build.md). */
  secretIds?: string[];
}

export type HashOptions = FileHashOptions;

/** Version of the digest's layout: bump it when what is hashed changes. */
const LAYOUT = 'pinship-input-digest/v4';

/**
 * The input digest: sha256 over the sorted (path, type, mode, content id or link target) of
 * every entry sent, the Dockerfile's name and content, build args, target, platform, user labels,
 * the builder, each base image's resolved digest, what each `ADD <url>` serves now and the secret
 * ids offered. A content id is the file's git blob id, read from git's index for clean tracked
 * files (`known`) and computed otherwise: both give the same digest. mtimes, owners and the default
 * OCI labels are not in it, just as the classic builder's cache ignores mtimes: equal inputs from
 * another commit or checkout give the same digest.
 */
export async function computeInputDigest(
  context: BuildContext,
  params: BuildParameters,
  options: HashOptions & { known?: ReadonlyMap<string, string> } = {},
): Promise<string> {
  return inputDigestOf(context, params, await contentIds(context, options));
}

/** hashEntries for a context, with a failed read named as the context entry it is. */
export function contentIds(
  context: BuildContext,
  options: HashOptions & { known?: ReadonlyMap<string, string> } = {},
): Promise<(string | undefined)[]> {
  return hashEntries(context.entries, options).catch((err: unknown) => {
    const path = (err as NodeJS.ErrnoException).path;
    const entry = context.entries.find((e) => e.source === path);
    throw entry ? contextReadError(context.dir, entry.name, err) : err;
  });
}

/** The input digest from the entries' content ids (contentIds, index-aligned with the entries). */
export function inputDigestOf(
  context: BuildContext,
  params: BuildParameters,
  fileHashes: readonly (string | undefined)[],
): string {
  // One update of all lines: the same bytes as one per line, without 7,000 calls into crypto.
  const lines: string[] = [];
  const line = (value: unknown) => lines.push(`${JSON.stringify(value)}\n`);
  line(LAYOUT);
  line(['dockerfile', context.dockerfileName, sha256(context.dockerfileContent)]);
  const order = context.entries
    .map((e, i) => i)
    .sort((a, b) => compare(context.entries[a]!.name, context.entries[b]!.name));
  for (const i of order) {
    const e = context.entries[i]!;
    const id = e.type === 'symlink' ? e.linkname! : (fileHashes[i] ?? '');
    // JSON.stringify(['entry', name, type, mode, id]), without its cost per entry.
    lines.push(`["entry",${quote(e.name)},"${e.type}","${e.mode.toString(8)}",${quote(id)}]\n`);
  }
  for (const [k, v] of sortedPairs(params.buildArgs)) line(['build-arg', k, v]);
  line(['target', params.target ?? '']);
  line(['platform', params.platform ?? '']);
  for (const [k, v] of sortedPairs(params.labels)) line(['label', k, v]);
  line(['builder', params.builder ?? '']);
  for (const [k, v] of sortedPairs(params.bases ?? {})) line(['base', k, v]);
  for (const [k, v] of sortedPairs(params.remotes ?? {})) line(['remote', k, v]);
  for (const id of [...(params.secretIds ?? [])].sort(compare)) line(['secret', id]);
  return `sha256:${createHash('sha256').update(lines.join('')).digest('hex')}`;
}

/**
 * The content id (git blob id) of each file entry, index-aligned with `entries`; others are
 * undefined. Ids in `known` (from git's index) are taken as they are; the rest are read.
 */
export async function hashEntries(
  entries: readonly ContextEntry[],
  options: HashOptions & { known?: ReadonlyMap<string, string> } = {},
): Promise<(string | undefined)[]> {
  const known = options.known;
  const onDisk = entries.flatMap((e, i) => (e.type === 'file' && !e.content && !known?.has(e.name) ? [i] : []));
  const hashes = await hashFiles(
    onDisk.map((i) => ({ path: entries[i]!.source!, size: entries[i]!.size })),
    options,
  );
  const out: (string | undefined)[] = entries.map((e) =>
    e.type !== 'file' ? undefined : e.content ? blobId(e.content) : known?.get(e.name),
  );
  onDisk.forEach((entryIndex, k) => {
    out[entryIndex] = hashes[k];
  });
  return out;
}

/** JSON.stringify(text): the same bytes, taken directly when nothing needs escaping. */
export function quote(text: string): string {
  return NEEDS_ESCAPE.test(text) ? JSON.stringify(text) : `"${text}"`;
}

// What JSON.stringify escapes: quote, backslash, control characters and lone surrogates (any
// surrogate here sends the text to JSON.stringify, which keeps paired ones as they are).
const NEEDS_ESCAPE = /["\\\u0000-\u001f\ud800-\udfff]/;

function sha256(data: Buffer): string {
  return createHash('sha256').update(data).digest('hex');
}

function blobId(data: Buffer): string {
  return createHash('sha1').update(`blob ${data.length}\0`).update(data).digest('hex');
}

function sortedPairs(record: Record<string, string>): [string, string][] {
  return Object.entries(record).sort(([a], [b]) => compare(a, b));
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
