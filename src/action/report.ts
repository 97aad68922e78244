import * as core from '@actions/core';
import { writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { PinshipError } from '../errors.js';
import { readGitHubContext } from '../github/context.js';
import { readInputs } from '../inputs/action-options.js';
import { reportRunOptions, reportSchema } from '../options/report.js';
import { gateFailure } from '../report/options.js';
import { requirePostTarget } from '../report/publish.js';
import { runAction } from './run-action.js';

// The report step: inputs -> makeReport() (comment, check, stored record) -> outputs, comment file and summary.
await runAction(async (log) => {
  const { values: options } = readInputs(reportSchema);
  const token = options.token ?? '';
  if (token) core.setSecret(token);
  const context = readGitHubContext();
  const from = { token: 'token', repository: 'GITHUB_REPOSITORY' };
  const { owner, repo } = requirePostTarget(context.repository, token, from);
  const { createGitHubClient } = await import('../github/client.js');
  const { makeReport } = await import('../report/make-report.js');
  const { prepared, published } = await makeReport({
    ...reportRunOptions(options),
    context,
    post: {
      client: createGitHubClient({ token, baseUrl: process.env.GITHUB_API_URL || undefined, log }),
      owner,
      repo,
      check: options.check,
    },
    log,
  });
  // The comment as it was (or would have been) posted: a fork's pull request can upload it.
  const commentFile = join(dirname(options.run), `pinship-comment-${options.experiment}.md`);
  await writeFile(commentFile, prepared.body);
  log.info(`comment file: ${commentFile}`);
  core.setOutput('conclusion', prepared.rendered.conclusion);
  core.setOutput('comment-url', published?.comment?.url ?? '');
  core.setOutput('comment-id', published?.comment ? String(published.comment.id) : '');
  // Set by the runner; absent when the entry runs elsewhere (act, a shell): skip the summary then.
  if (process.env.GITHUB_STEP_SUMMARY) await core.summary.addRaw(prepared.rendered.summary, true).write();
  const gate = gateFailure(prepared.rendered, options.failOnRegression);
  if (gate) throw new PinshipError(gate, { field: 'fail-on-regression' });
});
