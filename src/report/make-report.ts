import { PinshipError } from '../errors.js';
import { hasRemote, workTreeRoot } from '../git/repo.js';
import type { GitHubContext } from '../github/context.js';
import { prepareReport, type PrepareOptions, type PreparedReport } from './prepare.js';
import { publishReport, type PublishOutcome, type PublishTarget } from './publish.js';
import { refuseStore } from './run-verification.js';
import { storeRecord, type StoreOutcome } from './records-branch.js';

export interface ReportOptions extends Omit<PrepareOptions, 'records' | 'pullRequest' | 'summaryUrl'> {
  /** Store the record on the records branch (`--store`). */
  store: boolean;
  recordsBranch: string;
  /** Where the clone is looked for (default the current folder); its `origin` holds the records branch. */
  cwd?: string;
  remote?: string;
  context: GitHubContext;
  /** Post the comment and the check (`--post`); without it nothing reaches GitHub's API. */
  post?: Omit<PublishTarget, 'context' | 'dir'>;
}

export interface ReportOutcome {
  prepared: PreparedReport;
  stored?: StoreOutcome;
  published?: PublishOutcome;
}

/**
 * `pinship report`: reads the run record, compares it with its baseline and trend from the
 * records branch, stores it there when asked (before posting, so the next run finds it even if
 * posting fails), and posts the sticky comment and the check.
 */
export async function makeReport(options: ReportOptions): Promise<ReportOutcome> {
  const { log, context } = options;
  if (options.store && context.workflowRun) throw refuseStore();
  const dir = await workTreeRoot(options.cwd ?? process.cwd());
  const remote = options.remote ?? 'origin';
  // The records branch is the remote's: a clone without one has no stored records to read.
  const records = dir && (await hasRemote(dir, remote)) ? { dir, remote, branch: options.recordsBranch } : undefined;
  const pr = context.pullRequest;
  const prepared = await prepareReport({
    ...options,
    records,
    // A workflow_run job reports on a pull request too (folded trend); its base is not in the event.
    pullRequest:
      pr || context.workflowRun || options.post?.pr !== undefined
        ? { baseSha: pr?.baseSha, headSha: pr?.headSha }
        : undefined,
    summaryUrl: context.runUrl ?? null,
  });
  const outcome: ReportOutcome = { prepared };
  if (options.store) {
    if (!records) {
      throw new PinshipError(
        `--store needs a clone of the repository with a remote ${remote} (it gets the records branch)`,
        {
          field: '--store',
          hint: 'run in the checkout (actions/checkout) or a clone',
        },
      );
    }
    outcome.stored = await storeRecord(records, options.experiment, prepared.record, log);
    log.info(
      outcome.stored.commit
        ? `stored ${outcome.stored.path} on ${records.branch}`
        : `${outcome.stored.path} was already stored`,
    );
  }
  if (options.post) {
    outcome.published = await publishReport(prepared, { ...options.post, context, dir }, log);
    if (outcome.published.skipped) log.warn(outcome.published.skipped);
  }
  return outcome;
}
