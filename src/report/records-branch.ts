import { PinshipError, wrapError } from '../errors.js';
import { runGitBatch } from '../git/batch.js';
import { commitFileOnto } from '../git/file-commit.js';
import { GitError } from '../git/git.js';
import { pathsAddedOrModified } from '../git/log.js';
import { pushWithRetries } from '../git/push-retry.js';
import { fetchBranch, isMissingRemoteBranch, type Author } from '../git/repo.js';
import type { Logger } from '../log/logger.js';
import { parseRunRecord } from '../record/read.js';
import type { RunRecord } from '../record/types.js';

/**
 * Where stored run records live: a branch of the repository's own remote (an orphan branch,
 * `pinship-records` by default) holding `<experiment>/<commit>.json`. Read and written through
 * plain Git, so a shallow checkout in Actions and the CLI on a laptop see the same history.
 */
export interface RecordsBranch {
  /** A clone of the repository (any depth). */
  dir: string;
  remote: string;
  branch: string;
}

/** The experiment's stored records, newest store first, read on demand. */
export interface StoredRecords {
  /** Source commits that have a record, in the order they were last stored, newest first. */
  commits: string[];
  has(commit: string): boolean;
  /**
   * Reads and validates records. One that cannot be read or is invalid (the branch is writable by
   * others) is left out of the result and named, with why, in `leftOut`: the entry says so.
   */
  read(commits: string[]): Promise<RunRecord[]>;
  readonly leftOut: string[];
}

const AUTHOR: Author = { name: 'pinship', email: 'pinship@users.noreply.github.com' };

/** Fetches the records branch and resolves to its tip; undefined when the remote has none yet. */
export async function fetchRecordsTip(at: RecordsBranch): Promise<string | undefined> {
  try {
    return await fetchBranch(at.dir, at.remote, at.branch);
  } catch (err) {
    if (isMissingRemoteBranch(err)) return undefined;
    throw wrapError(`fetching ${at.branch} from ${at.remote}`, err, {
      field: '--records-branch',
      hint: pushHint(err),
    });
  }
}

/** Lists the experiment's records on the branch (one `git log`), without reading them. */
export async function openStoredRecords(at: RecordsBranch, experiment: string): Promise<StoredRecords> {
  const tip = await fetchRecordsTip(at);
  const commits: string[] = [];
  if (tip) {
    const seen = new Set<string>();
    for (const path of await pathsAddedOrModified(at.dir, tip, `${experiment}/`)) {
      const commit = new RegExp(`^${experiment.replace(/\./g, '\\.')}/([0-9a-f]{7,64})\\.json$`).exec(path)?.[1];
      if (commit && !seen.has(commit)) {
        seen.add(commit);
        commits.push(commit);
      }
    }
  }
  const known = new Set(commits);
  // The trend and the baseline may read one record twice: it is named once.
  const leftOut: string[] = [];
  const leaveOut = (why: string) => {
    if (!leftOut.includes(why)) leftOut.push(why);
  };
  return {
    commits,
    leftOut,
    has: (commit) => known.has(commit),
    async read(wanted) {
      if (!tip || wanted.length === 0) return [];
      const paths = wanted.map((c) => `${experiment}/${c}.json`);
      const texts = await runGitBatch(
        at.dir,
        paths.map((p) => ['show', `${tip}:${p}`]),
      );
      return texts.flatMap((text, i) => {
        const where = `${at.branch}:${paths[i]}`;
        if (text === undefined) {
          leaveOut(`cannot read ${where}`);
          return [];
        }
        try {
          return [parseRunRecord(text, where)];
        } catch (err) {
          leaveOut(err instanceof PinshipError ? err.format() : String(err));
          return [];
        }
      });
    },
  };
}

export interface StoreOutcome {
  path: string;
  /** The records-branch commit that landed; undefined when the same record was already stored. */
  commit?: string;
  attempts: number;
}

/**
 * Stores the record as `<experiment>/<source commit>.json` on the records branch, through
 * pinship's race-safe write-back: two reports storing at once both land, each retrying on the
 * tip the other pushed. The branch is created (orphan) by the first store.
 */
export async function storeRecord(
  at: RecordsBranch,
  experiment: string,
  record: RunRecord,
  log: Logger,
): Promise<StoreOutcome> {
  const commit = record.source.commit;
  if (!commit || !/^[0-9a-f]{7,64}$/.test(commit)) {
    throw new PinshipError(`the run record has no source commit to store it under (${JSON.stringify(commit)})`, {
      field: '--store',
      hint: 'run with --source-commit (the run action records GITHUB_SHA)',
    });
  }
  const path = `${experiment}/${commit}.json`;
  const text = `${JSON.stringify(record, null, 2)}\n`;
  const message = `pinship report: ${experiment} at ${commit.slice(0, 12)} (run ${record.id}, ${record.conclusion})`;
  try {
    const pushed = await pushWithRetries({
      dir: at.dir,
      remote: at.remote,
      branch: at.branch,
      maxAttempts: 10,
      log,
      fetchTip: () => fetchRecordsTip(at),
      commitOn: async (tip) => ({
        value: undefined,
        commit: await commitFileOnto(at.dir, tip, path, text, message, AUTHOR),
      }),
    });
    return { path, commit: pushed.commit, attempts: pushed.attempts };
  } catch (err) {
    throw new PinshipError(`storing ${path} on ${at.branch}: ${err instanceof Error ? err.message : String(err)}`, {
      field: '--store',
      hint: pushHint(err),
      cause: err,
    });
  }
}

/** A push or fetch GitHub refused for want of permission: name the workflow permission. */
function pushHint(err: unknown): string | undefined {
  const cause = err instanceof PinshipError ? (err.cause as unknown) : err;
  const text = cause instanceof GitError ? `${cause.stderr}\n${cause.stdout}` : String(cause);
  if (/\b403\b|Permission to .* denied|denied to|Authentication failed|could not read Username|\b401\b/i.test(text)) {
    return (
      "the token needs `contents: write` (add it to the job's `permissions:`; " +
      'actions/checkout must keep its credentials)'
    );
  }
  return undefined;
}
