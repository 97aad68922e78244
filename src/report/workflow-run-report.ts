import { downloadRecordArtifact } from '../github/artifact.js';
import { findRunPullRequest, getWorkflowRun, type WorkflowRunFacts } from '../github/workflow-run.js';
import { MAX_RECORD_BYTES, readRunRecord } from '../record/read.js';
import type { Conclusion } from '../record/types.js';
import { makeReport, type ReportOptions, type ReportOutcome } from './make-report.js';
import type { PublishTarget } from './publish.js';
import { assertRecordOfRun, capConclusion, refuseStore, staleRun } from './run-verification.js';

export interface WorkflowRunReportOptions extends Omit<ReportOptions, 'run' | 'post'> {
  /** The run that uploaded the record: the `workflow_run` event's, never a number from an artifact. */
  runId: number;
  /** The artifact holding the record (`record-artifact`). */
  artifact: string;
  /** Reads the run's artifacts (`actions: read`). */
  token: string;
  post: Omit<PublishTarget, 'context' | 'dir' | 'pr' | 'sha' | 'runConclusion'>;
}

export interface WorkflowRunReportOutcome {
  run: WorkflowRunFacts;
  /** Why nothing was posted: no artifact, no open pull request, a pull request that moved on. */
  skipped?: string;
  report?: ReportOutcome;
  /** The report's conclusion, capped at the run's own. */
  conclusion?: Conclusion;
}

/**
 * A `workflow_run` job's report on a pull request's run, which may be a fork's: reads the run
 * from the API, downloads its record artifact (size-capped, digest-checked), refuses a record
 * that is not of the run's commit, finds the pull request by the run's head through the API, and
 * posts only when that pull request is still at the run's commit; the check is never better than
 * the run's own conclusion. Nothing is stored.
 */
export async function reportWorkflowRun(options: WorkflowRunReportOptions): Promise<WorkflowRunReportOutcome> {
  if (options.store) throw refuseStore();
  const { client, owner, repo } = options.post;
  const run = await getWorkflowRun(client, owner, repo, options.runId);
  const from = { token: options.token, owner, repo, runId: run.id, name: options.artifact };
  const file = await downloadRecordArtifact(from, MAX_RECORD_BYTES);
  if (!file) {
    const skipped =
      `workflow run ${run.id} uploaded no artifact ${JSON.stringify(options.artifact)}: nothing to post ` +
      '(a pull request from this repository posts its own report)';
    return { run, skipped };
  }
  assertRecordOfRun(await readRunRecord(file), run, file);
  const pr = await findRunPullRequest(client, owner, repo, { ...run, pullRequestNumber: run.pullRequestNumbers[0] });
  const stale = staleRun(run, pr);
  if (stale || !pr) return { run, skipped: stale };
  const report = await makeReport({
    ...options,
    run: file,
    context: {
      ...options.context,
      pullRequest: { ...pr, fork: run.headRepository.toLowerCase() !== `${owner}/${repo}`.toLowerCase() },
      workflowRun: {
        headSha: run.headSha,
        headBranch: run.headBranch,
        headOwner: run.headOwner,
        pullRequestNumber: pr.number,
      },
    },
    post: { ...options.post, pr: pr.number, sha: run.headSha, runConclusion: run.conclusion },
  });
  const conclusion = capConclusion(report.prepared.rendered.conclusion, run.conclusion);
  return { run, report, skipped: report.published?.skipped, conclusion };
}
