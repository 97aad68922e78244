import { PinshipError } from '../errors.js';
import type { Conclusion, RunRecord } from '../record/types.js';
import type { RunPullRequest, WorkflowRunFacts } from '../github/workflow-run.js';

/*
 * What a `workflow_run` job checks before it posts a record that another, untrusted run uploaded
 * (a fork's pull request): the run is GitHub's word (read through the API), the record is not.
 */

/** Throws when the record is not of the commit the workflow run ran: a tampered or mixed-up artifact. */
export function assertRecordOfRun(
  record: RunRecord,
  run: Pick<WorkflowRunFacts, 'id' | 'headSha'>,
  file: string,
): void {
  const commit = record.source.commit;
  if (commit === run.headSha) return;
  throw new PinshipError(
    `refusing to post: the record is of commit ${JSON.stringify(commit ?? 'none')}, but workflow run ${run.id} ` +
      `ran commit ${run.headSha}`,
    {
      file,
      field: '/source/commit',
      hint: "a record is posted only for the commit its run ran; this artifact was altered or is another run's",
    },
  );
}

/**
 * Why the run is not posted although its record is sound: the pull request moved on to another
 * commit (its own run will post), or no open pull request has the run's head. Undefined: post.
 */
export function staleRun(run: Pick<WorkflowRunFacts, 'headSha' | 'headOwner' | 'headBranch'>, pr?: RunPullRequest) {
  if (!pr) return `no open pull request has head ${run.headOwner}:${run.headBranch} at ${run.headSha}`;
  if (pr.headSha === run.headSha) return undefined;
  return (
    `not posted: pull request #${pr.number} is now at ${pr.headSha}, the run was of ${run.headSha} ` +
    "(the newer commit's run posts its own)"
  );
}

const FROM_RUN: Record<string, Conclusion> = { timed_out: 'timed-out', cancelled: 'cancelled' };

/**
 * The check's conclusion: the record's, but never better than the workflow run's own (a record
 * saying success from a run GitHub saw fail is reported as a failure).
 */
export function capConclusion(own: Conclusion, runConclusion: string | null | undefined): Conclusion {
  if (runConclusion === undefined || runConclusion === 'success' || own !== 'success') return own;
  return FROM_RUN[runConclusion ?? ''] ?? 'failure';
}

/** `store` is refused for a record from another run: only the default branch's own runs are baselines. */
export function refuseStore(): PinshipError {
  return new PinshipError(
    'store (--store) is refused in a workflow_run job: a record from another run is never stored',
    {
      hint: "stored records are the next pull requests' baselines: only the default branch's own runs store them",
    },
  );
}
