import * as core from '@actions/core';
import { PinshipError } from '../errors.js';
import { parseRepository, readGitHubContext } from '../github/context.js';
import { escapeHtml, summaryLine } from '../github/escape.js';
import { readInputs } from '../inputs/action-options.js';
import type { Logger } from '../log/logger.js';
import { pinRunOptions, pinSchema } from '../options/pin.js';
import { describeChange } from '../pin/commit-message.js';
import type { PinResult } from '../pin/pin.js';
import type { PullRequestTarget } from '../pin/write-back.js';
import { runAction } from './run-action.js';

// The pin step: inputs -> pin() -> outputs and a summary table.
async function main(log: Logger): Promise<void> {
  const { values: options } = readInputs(pinSchema);
  if (options.token) log.addSecret(options.token);
  const pullRequest = options.pullRequest ? await pullRequestTarget(options.token, log) : undefined;
  const { pin } = await import('../pin/pin.js');
  const result = await log.group('pin', () => pin({ ...pinRunOptions(options), pullRequest, log }));
  for (const f of result.files) for (const i of f.images) log.info(`${f.file}: ${describeChange(i)}`);
  if (result.diff) log.info(result.diff);
  core.setOutput('changed', String(result.changed));
  core.setOutput('action', result.action);
  core.setOutput('files', JSON.stringify(result.files.map((f) => f.file)));
  core.setOutput('commit', result.commit ?? '');
  if (result.pullRequest) {
    core.setOutput('pull-request-number', String(result.pullRequest.number));
    core.setOutput('pull-request-url', result.pullRequest.url);
  }
  await writeSummary(result);
}

/** pull-request mode: the workflow's repository, and the token input's client. */
async function pullRequestTarget(token: string | undefined, log: Logger): Promise<PullRequestTarget> {
  if (!token) throw new PinshipError('pull-request needs a token', { field: 'token' });
  const { owner, repo } = parseRepository(readGitHubContext().repository, 'GITHUB_REPOSITORY');
  const { createGitHubClient } = await import('../github/client.js');
  return { client: createGitHubClient({ token, baseUrl: process.env.GITHUB_API_URL, log }), owner, repo };
}

async function writeSummary(result: PinResult): Promise<void> {
  if (!process.env.GITHUB_STEP_SUMMARY) return;
  const summary = core.summary.addHeading('pinship pin', 3);
  if (result.files.length) {
    summary.addTable([
      [
        { data: 'File', header: true },
        { data: 'Image', header: true },
        { data: 'Old', header: true },
        { data: 'New', header: true },
      ],
      ...result.files.flatMap((f) => f.images.map((i) => [f.file, i.name, i.old ?? '(none)', i.new].map(escapeHtml))),
    ]);
  }
  for (const k of result.kept) summary.addRaw(summaryLine(escapeHtml(`${k.file}: ${k.name} kept: ${k.reason}`)), true);
  for (const w of result.warnings) summary.addRaw(summaryLine(escapeHtml(`Warning: ${w}`)), true);
  const where = result.pullRequest
    ? ` ${result.pullRequest.url}`
    : result.commit
      ? ` ${result.commit.slice(0, 12)}`
      : '';
  await summary.addRaw(summaryLine(escapeHtml(`Result: ${result.action}${where}`)), true).write();
}

await runAction(main);
