import * as core from '@actions/core';
import { writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { readGitHubContext } from '../github/context.js';
import { getBooleanInputOr } from '../inputs/boolean-input.js';
import { getLinesInput } from '../inputs/lines-input.js';
import type { Logger } from '../log/logger.js';
import { checkExperiment } from '../report/marker.js';
import { gateFailure, parseMetric, parseThreshold } from '../report/options.js';
import { PinshipError } from '../errors.js';
import type { PreparedReport } from '../report/prepare.js';
import { requirePostTarget } from '../report/publish.js';
import { runAction } from './run-action.js';

await runAction(async (log) => {
  // Literal input names (no helper taking a name), so the surfaces test can match them to action.yml.
  const token = core.getInput('token');
  if (token) core.setSecret(token);
  const context = readGitHubContext();
  const artifact = core.getInput('record-artifact');
  // In a workflow_run job with record-artifact the record is the triggering run's artifact.
  const fromArtifact = context.eventName === 'workflow_run' && artifact !== '';
  const run = fromArtifact ? '' : core.getInput('run', { required: true });
  const experiment = checkExperiment(core.getInput('experiment') || 'default', 'experiment');
  const from = { token: 'token', repository: 'GITHUB_REPOSITORY' };
  const { owner, repo } = requirePostTarget(context.repository, token, from);
  const { createGitHubClient } = await import('../github/client.js');
  const failOnRegression = getBooleanInputOr('fail-on-regression', false);
  const options = {
    experiment,
    baseline: core.getInput('baseline') || undefined,
    metrics: getLinesInput('metrics').map((m) => parseMetric(m, 'metrics')),
    thresholdPct: parseThreshold(core.getInput('threshold'), 'threshold'),
    failOnRegression,
    store: getBooleanInputOr('store', false),
    recordsBranch: core.getInput('records-branch') || 'pinship-records',
    context,
    post: {
      client: createGitHubClient({ token, baseUrl: process.env.GITHUB_API_URL || undefined, log }),
      owner,
      repo,
      check: getBooleanInputOr('check', true),
    },
    log,
  };
  if (fromArtifact) {
    // Another run's record (a fork's pull request): downloaded, verified, then posted.
    const runId = context.workflowRun?.id;
    if (runId === undefined)
      throw new PinshipError('the workflow_run event names no run id', { field: 'GITHUB_EVENT_PATH' });
    const { reportWorkflowRun } = await import('../report/workflow-run-report.js');
    const done = await reportWorkflowRun({ ...options, runId, artifact, token });
    if (done.skipped && !done.report) log.warn(done.skipped);
    if (done.report)
      await finish(done.report.prepared, done.report.published?.comment, done.conclusion, failOnRegression);
    return;
  }
  const { makeReport } = await import('../report/make-report.js');
  const { prepared, published } = await makeReport({ ...options, run });
  // The comment as it was (or would have been) posted: a fork's pull request can upload it.
  const commentFile = join(dirname(run), `pinship-comment-${experiment}.md`);
  await writeFile(commentFile, prepared.body);
  log.info(`comment file: ${commentFile}`);
  if (artifact && context.pullRequest?.fork && published?.skipped) await uploadRecord(artifact, run, log);
  await finish(prepared, published?.comment, prepared.rendered.conclusion, failOnRegression);
});

/** A fork's read-only token posts nothing: the record goes up for the `workflow_run` job to post. */
async function uploadRecord(artifact: string, run: string, log: Logger): Promise<void> {
  const { uploadRecordArtifact } = await import('../github/artifact.js');
  const uploaded = await uploadRecordArtifact(artifact, run);
  log.info(`record uploaded as the artifact ${artifact} (id ${uploaded.id ?? 'unknown'}, ${uploaded.size ?? 0} bytes)`);
}

async function finish(
  prepared: PreparedReport,
  comment: { id: number; url: string } | undefined,
  conclusion: string | undefined,
  failOnRegression: boolean,
): Promise<void> {
  core.setOutput('conclusion', conclusion ?? prepared.rendered.conclusion);
  core.setOutput('comment-url', comment?.url ?? '');
  core.setOutput('comment-id', comment ? String(comment.id) : '');
  // Set by the runner; absent when the entry runs elsewhere (act, a shell): skip the summary then.
  if (process.env.GITHUB_STEP_SUMMARY) await core.summary.addRaw(prepared.rendered.summary, true).write();
  const gate = gateFailure(prepared.rendered, failOnRegression);
  if (gate) throw new PinshipError(gate, { field: 'fail-on-regression' });
}
