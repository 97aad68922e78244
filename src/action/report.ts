import * as core from '@actions/core';
import { writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { readGitHubContext } from '../github/context.js';
import { getBooleanInputOr } from '../inputs/boolean-input.js';
import { getLinesInput } from '../inputs/lines-input.js';
import { checkExperiment } from '../report/marker.js';
import { gateFailure, parseMetric, parseThreshold } from '../report/options.js';
import { PinshipError } from '../errors.js';
import { requirePostTarget } from '../report/publish.js';
import { runAction } from './run-action.js';

await runAction(async (log) => {
  // Literal input names (no helper taking a name), so the surfaces test can match them to action.yml.
  const token = core.getInput('token');
  if (token) core.setSecret(token);
  const run = core.getInput('run', { required: true });
  const experiment = checkExperiment(core.getInput('experiment') || 'default', 'experiment');
  const context = readGitHubContext();
  const from = { token: 'token', repository: 'GITHUB_REPOSITORY' };
  const { owner, repo } = requirePostTarget(context.repository, token, from);
  const { createGitHubClient } = await import('../github/client.js');
  const { makeReport } = await import('../report/make-report.js');
  const { prepared, published } = await makeReport({
    run,
    experiment,
    baseline: core.getInput('baseline') || undefined,
    metrics: getLinesInput('metrics').map((m) => parseMetric(m, 'metrics')),
    thresholdPct: parseThreshold(core.getInput('threshold'), 'threshold'),
    failOnRegression: getBooleanInputOr('fail-on-regression', false),
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
  });
  // The comment as it was (or would have been) posted: a fork's pull request can upload it.
  const commentFile = join(dirname(run), `pinship-comment-${experiment}.md`);
  await writeFile(commentFile, prepared.body);
  log.info(`comment file: ${commentFile}`);
  core.setOutput('conclusion', prepared.rendered.conclusion);
  core.setOutput('comment-url', published?.comment?.url ?? '');
  core.setOutput('comment-id', published?.comment ? String(published.comment.id) : '');
  // Set by the runner; absent when the entry runs elsewhere (act, a shell): skip the summary then.
  if (process.env.GITHUB_STEP_SUMMARY) await core.summary.addRaw(prepared.rendered.summary, true).write();
  const gate = gateFailure(prepared.rendered, getBooleanInputOr('fail-on-regression', false));
  if (gate) throw new PinshipError(gate, { field: 'fail-on-regression' });
});
