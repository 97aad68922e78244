import { writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { uploadForkRecord } from '../github/artifact.js';
import { requirePostTarget } from '../report/publish.js';
import { gateFailure, leftOutWarnings } from '../report/options.js';
import type { FlowName } from './flow.js';
import type { PipelineDeps, PipelineOptions } from './options.js';

/**
 * The `report` part: the sticky comment, the check and the summary against the stored baseline;
 * on the default branch the record is stored as the next pull requests' baseline. Returns the
 * gate's failure (a regression with `fail-on-regression`), if any.
 */
export async function reportStep(
  flow: FlowName,
  recordPath: string,
  options: PipelineOptions,
  deps: PipelineDeps,
): Promise<string | undefined> {
  const { context, log } = deps;
  const { report } = options;
  const { owner, repo, token } = requirePostTarget(context.repository, report.token, {
    token: 'token',
    repository: 'GITHUB_REPOSITORY',
  });
  const { createGitHubClient } = await import('../github/client.js');
  const { makeReport } = await import('../report/make-report.js');
  const { prepared, published } = await makeReport({
    run: recordPath,
    experiment: report.experiment,
    metrics: report.metrics,
    thresholdPct: report.thresholdPct,
    failOnRegression: report.failOnRegression,
    store: flow === 'default-branch',
    recordsBranch: report.recordsBranch,
    context,
    post: {
      client: createGitHubClient({ token, baseUrl: process.env.GITHUB_API_URL || undefined, log }),
      owner,
      repo,
      check: report.check,
    },
    log,
  });
  for (const warning of leftOutWarnings(prepared)) log.warn(warning);
  // The comment as it was (or would have been) posted: a fork's pull request can upload it.
  const commentFile = join(dirname(recordPath), `pinship-comment-${report.experiment}.md`);
  await writeFile(commentFile, prepared.body);
  deps.output('comment-file', commentFile);
  const upload = { artifact: report.recordArtifact, record: recordPath, context, skipped: published?.skipped };
  await uploadForkRecord(upload, log);
  deps.output('conclusion', prepared.rendered.conclusion);
  deps.output('comment-url', published?.comment?.url ?? '');
  deps.output('comment-id', published?.comment ? String(published.comment.id) : '');
  await deps.summary(prepared.rendered.summary);
  return gateFailure(prepared.rendered, report.failOnRegression);
}
