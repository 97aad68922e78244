import { COMMIT_LOG_ARGS, parseCommitInfo, type CommitInfo } from '../git/commit-info.js';
import { runGitBatch } from './git-batch.js';
import { cleanBlobIdsFrom, configQuery, INDEX_QUERIES, parseConfig } from './git-index.js';

/** What the build reads from git: HEAD (undefined outside a work tree) and the index's content ids. */
export interface GitState {
  commit?: CommitInfo;
  /** cleanBlobIds; undefined when not asked for or not usable. */
  known?: Map<string, string>;
}

/**
 * readCommitInfo and (with `index`) cleanBlobIds for `dir`, from one batch of git processes
 * (runGitBatch) sharing one `git config` query: what would be six processes started by Node is
 * one. Never rejects; a git query that fails leaves its part undefined, as the two functions do.
 */
export async function readGitState(dir: string, options: { index: boolean }): Promise<GitState> {
  const [log, config, revParse, listed, dirty] = await runGitBatch(dir, [
    COMMIT_LOG_ARGS,
    configQuery(['remote.origin.url']),
    ...(options.index ? INDEX_QUERIES : []),
  ]);
  const settings = parseConfig(config ?? '');
  const commit = parseCommitInfo(log, settings.get('remote.origin.url'));
  const known = options.index ? await cleanBlobIdsFrom(dir, { revParse, config: settings, listed, dirty }) : undefined;
  return { commit, known };
}
