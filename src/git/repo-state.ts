import type { Stats } from 'node:fs';
import { runGitBatch } from './batch.js';
import { COMMIT_LOG_ARGS, parseCommitInfo, type CommitInfo } from './commit-info.js';
import { cleanBlobIdsFrom, configQuery, INDEX_QUERIES, parseConfig, type IndexQueryOutputs } from './clean-blob-ids.js';

/** What is read from a work tree in one go: HEAD (undefined outside one) and what the index needs. */
export interface RepoState {
  commit?: CommitInfo;
  /** The queries' outputs for cleanBlobIdsFrom; undefined when not asked for. */
  index?: IndexQueryOutputs;
}

/**
 * HEAD and (with `index`) the queries of cleanBlobIdsFrom for `dir`, in one runGitBatch sharing
 * one `git config` query: one process started by Node instead of several. Never rejects; a query
 * that fails leaves its part undefined.
 */
export async function readRepoState(dir: string, options: { index: boolean }): Promise<RepoState> {
  const [log, config, ...index] = await runGitBatch(dir, [
    COMMIT_LOG_ARGS,
    configQuery(['remote.origin.url']),
    ...(options.index ? INDEX_QUERIES : []),
  ]);
  const settings = parseConfig(config ?? '');
  const [revParse, execPath] = index;
  return {
    commit: parseCommitInfo(log, settings.get('remote.origin.url')),
    index: options.index ? { revParse, config: settings, execPath } : undefined,
  };
}

/**
 * Content ids from git's index for files under `dir`, given the lstat of each file a walk found
 * (and the `.gitattributes` files it saw but left out).
 */
export function cleanBlobIds(
  dir: string,
  state: RepoState,
  files: ReadonlyMap<string, Stats>,
  otherAttributeFiles: readonly string[] = [],
): Promise<Map<string, string> | undefined> {
  if (!state.index) return Promise.resolve(undefined);
  return cleanBlobIdsFrom(dir, state.index, files, otherAttributeFiles);
}
