import type { Stats } from 'node:fs';
import { runGitBatch } from '../git/batch.js';
import { COMMIT_LOG_ARGS, parseCommitInfo, type CommitInfo } from '../git/commit-info.js';
import type { BuildContext } from './context.js';
import { cleanBlobIdsFrom, configQuery, INDEX_QUERY, parseConfig, type IndexQueryOutputs } from './git-index.js';

/** What the build reads from git: HEAD (undefined outside a work tree) and what the index needs. */
export interface GitState {
  commit?: CommitInfo;
  /** The queries' outputs for cleanBlobIdsFrom; undefined when not asked for. */
  index?: IndexQueryOutputs;
}

/**
 * HEAD and (with `index`) the queries of cleanBlobIdsFrom for `dir`, in one runGitBatch sharing
 * one `git config` query: one process started by Node instead of five. Never rejects; a query
 * that fails leaves its part undefined.
 */
export async function readGitState(dir: string, options: { index: boolean }): Promise<GitState> {
  const [log, config, revParse] = await runGitBatch(dir, [
    COMMIT_LOG_ARGS,
    configQuery(['remote.origin.url']),
    ...(options.index ? [INDEX_QUERY] : []),
  ]);
  const settings = parseConfig(config ?? '');
  return {
    commit: parseCommitInfo(log, settings.get('remote.origin.url')),
    index: options.index ? { revParse, config: settings } : undefined,
  };
}

/** Content ids from git's index for the context's files, using the stat data its walk took. */
export function cleanBlobIdsOf(context: BuildContext, state: GitState): Promise<Map<string, string> | undefined> {
  if (!state.index) return Promise.resolve(undefined);
  const stats = new Map<string, Stats>();
  for (const e of context.entries) if (e.stat) stats.set(e.name, e.stat);
  return cleanBlobIdsFrom(context.dir, state.index, (name) => stats.get(name));
}
