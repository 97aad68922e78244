import type { Stats } from 'node:fs';
import { COMMIT_LOG_ARGS, parseCommitInfo, type CommitInfo } from '../git/commit-info.js';
import { runGitBatch } from './git-batch.js';
import { cleanBlobIdsFrom, configQuery, INDEX_QUERIES, parseConfig, type IndexQueryOutputs } from './git-index.js';

/** What the build reads from git: HEAD (undefined outside a work tree) and what the index needs. */
export interface GitState {
  commit?: CommitInfo;
  /** The queries' outputs for cleanBlobIds; undefined when not asked for. */
  index?: IndexQueryOutputs;
}

/**
 * readCommitInfo and the queries of cleanBlobIds (with `index`) for `dir`, in one runGitBatch
 * sharing one `git config` query: one process started by Node instead of five. Never rejects; a
 * query that fails leaves its part undefined, as the two functions do.
 */
export async function readGitState(dir: string, options: { index: boolean }): Promise<GitState> {
  const [log, config, revParse] = await runGitBatch(dir, [
    COMMIT_LOG_ARGS,
    configQuery(['remote.origin.url']),
    ...(options.index ? INDEX_QUERIES : []),
  ]);
  const settings = parseConfig(config ?? '');
  return {
    commit: parseCommitInfo(log, settings.get('remote.origin.url')),
    index: options.index ? { revParse, config: settings } : undefined,
  };
}

/** cleanBlobIds for `dir`, given readGitState's outputs and the lstat of each sent entry. */
export function cleanBlobIdsOf(dir: string, state: GitState, stats: ReadonlyMap<string, Stats>): Promise<Map<string, string> | undefined> {
  return state.index ? cleanBlobIdsFrom(dir, state.index, (name) => stats.get(name)) : Promise.resolve(undefined);
}
