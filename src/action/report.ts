import * as core from '@actions/core';
import { writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { PinshipError } from '../errors.js';
import { uploadForkRecord } from '../github/artifact.js';
import { type GitHubContext, readGitHubContext } from '../github/context.js';
import { readInputs } from '../inputs/action-options.js';
import type { Logger } from '../log/logger.js';
import { type ReportOptions, reportRunOptions, reportSchema, requireRun } from '../options/report.js';
import { gateFailure, leftOutWarnings } from '../report/options.js';
import type { PreparedReport } from '../report/prepare.js';
import { requirePostTarget } from '../report/publish.js';
import { runAction } from './run-action.js';

// The report step: inputs -> makeReport() (comment, check, stored record) -> outputs, comment file and summary.
// In a workflow_run job with `record-artifact`, the record is the triggering run's artifact (a fork's).
await runAction(async (log) => {
  const { values: options } = readInputs(reportSchema);
  const token = options.token ?? '';
  if (token) core.setSecret(token);
  const context = readGitHubContext();
  const fromArtifact = context.eventName === 'workflow_run' && Boolean(options.recordArtifact);
  const run = fromArtifact ? '' : requireRun(options, 'run');
  const from = { token: 'token', repository: 'GITHUB_REPOSITORY' };
  const { owner, repo } = requirePostTarget(context.repository, token, from);
  const { createGitHubClient } = await import('../github/client.js');
  const client = createGitHubClient({ token, baseUrl: process.env.GITHUB_API_URL || undefined, log });
  const post = { client, owner, repo, check: options.check };
  const report = { ...reportRunOptions(options, run), context, post, log };
  if (fromArtifact) return reportArtifact(report, context, options, token, log);
  const { makeReport } = await import('../report/make-report.js');
  const { prepared, published } = await makeReport(report);
  // The comment as it was (or would have been) posted: a fork's pull request can upload it.
  const commentFile = join(dirname(run), `pinship-comment-${options.experiment}.md`);
  await writeFile(commentFile, prepared.body);
  log.info(`comment file: ${commentFile}`);
  const upload = { artifact: options.recordArtifact, record: run, context, skipped: published?.skipped };
  await uploadForkRecord(upload, log);
  await finish(prepared, published?.comment, prepared.rendered.conclusion, options.failOnRegression, log);
});

type ReportRequest = import('../report/workflow-run-report.js').WorkflowRunReportOptions;

/** Another run's record (a fork's pull request): downloaded, verified, then posted. */
async function reportArtifact(
  report: Omit<ReportRequest, 'runId' | 'artifact' | 'token'>,
  context: GitHubContext,
  options: ReportOptions,
  token: string,
  log: Logger,
): Promise<void> {
  const runId = context.workflowRun?.id;
  if (runId === undefined)
    throw new PinshipError('the workflow_run event names no run id', { field: 'GITHUB_EVENT_PATH' });
  const { reportWorkflowRun } = await import('../report/workflow-run-report.js');
  const done = await reportWorkflowRun({ ...report, runId, artifact: options.recordArtifact!, token });
  if (done.skipped && !done.report) log.warn(done.skipped);
  if (done.report)
    await finish(done.report.prepared, done.report.published?.comment, done.conclusion, options.failOnRegression, log);
}

async function finish(
  prepared: PreparedReport,
  comment: { id: number; url: string } | undefined,
  conclusion: string | undefined,
  failOnRegression: boolean,
  log: Logger,
): Promise<void> {
  for (const warning of leftOutWarnings(prepared)) log.warn(warning);
  core.setOutput('conclusion', conclusion ?? prepared.rendered.conclusion);
  core.setOutput('comment-url', comment?.url ?? '');
  core.setOutput('comment-id', comment ? String(comment.id) : '');
  // Set by the runner; absent when the entry runs elsewhere (act, a shell): skip the summary then.
  if (process.env.GITHUB_STEP_SUMMARY) await core.summary.addRaw(prepared.rendered.summary, true).write();
  const gate = gateFailure(prepared.rendered, failOnRegression);
  if (gate) throw new PinshipError(gate, { field: 'fail-on-regression' });
}
