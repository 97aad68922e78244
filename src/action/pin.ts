import * as core from '@actions/core';
import { statSync } from 'node:fs';
import { escapeHtml, summaryLine } from '../github/escape.js';
import { getBooleanInputOr } from '../inputs/boolean-input.js';
import { PinshipError } from '../errors.js';
import { parseRepository, readGitHubContext } from '../github/context.js';
import { parseAuthor } from '../git/repo.js';
import { splitList } from '../inputs/key-value.js';
import { getLinesInput } from '../inputs/lines-input.js';
import type { Logger } from '../log/logger.js';
import { parseImagePins } from '../pin/image-pins.js';
import { describeChange } from '../pin/commit-message.js';
import type { PinResult } from '../pin/pin.js';
import type { PullRequestTarget } from '../pin/write-back.js';
import { runAction } from './run-action.js';

/** Inputs of actions/pin/action.yml, keys as named there. */
interface Inputs {
  overlays: string[];
  images: string[];
  commit: boolean;
  push: boolean;
  'pull-request': boolean;
  'dry-run': boolean;
  token: string;
  author: string;
  branch: string;
  'pull-request-branch': string;
  'source-commit': string;
  'source-repo': string;
  'job-roll': boolean;
  'verify-digest': boolean;
  'working-directory': string;
}

function getInputs(): Inputs {
  return {
    overlays: getLinesInput('overlays', { required: true }).flatMap(splitList),
    images: getLinesInput('images', { required: true }),
    commit: getBooleanInputOr('commit', false),
    push: getBooleanInputOr('push', false),
    'pull-request': getBooleanInputOr('pull-request', false),
    'dry-run': getBooleanInputOr('dry-run', false),
    token: core.getInput('token'),
    author: core.getInput('author'),
    branch: core.getInput('branch'),
    'pull-request-branch': core.getInput('pull-request-branch'),
    'source-commit': core.getInput('source-commit'),
    'source-repo': core.getInput('source-repo'),
    'job-roll': getBooleanInputOr('job-roll', true),
    'verify-digest': getBooleanInputOr('verify-digest', true),
    'working-directory': core.getInput('working-directory') || '.',
  };
}

async function main(log: Logger): Promise<void> {
  const inputs = getInputs();
  if (inputs.token) log.addSecret(inputs.token);
  if (!statSync(inputs['working-directory'], { throwIfNoEntry: false })?.isDirectory()) {
    throw new PinshipError(`${JSON.stringify(inputs['working-directory'])} is not a directory`, {
      field: 'working-directory',
    });
  }
  const author = inputs.author ? parseAuthor(inputs.author) : undefined;
  if (inputs.author && !author) throw new PinshipError('expected "Name <email>"', { field: 'author' });
  let pullRequest: PullRequestTarget | undefined;
  if (inputs['pull-request']) {
    if (!inputs.token) throw new PinshipError('pull-request needs a token', { field: 'token' });
    const { owner, repo } = parseRepository(readGitHubContext().repository, 'GITHUB_REPOSITORY');
    const { createGitHubClient } = await import('../github/client.js');
    pullRequest = {
      client: createGitHubClient({ token: inputs.token, baseUrl: process.env.GITHUB_API_URL, log }),
      owner,
      repo,
    };
  }
  const { pin } = await import('../pin/pin.js');
  const result = await log.group('pin', () =>
    pin({
      repo: inputs['working-directory'],
      overlays: inputs.overlays,
      images: parseImagePins(inputs.images, 'images'),
      dryRun: inputs['dry-run'],
      commit: inputs.commit,
      push: inputs.push,
      pullRequest,
      branch: inputs.branch || undefined,
      pullRequestBranch: inputs['pull-request-branch'] || undefined,
      sourceCommit: inputs['source-commit'] || undefined,
      sourceRepo: inputs['source-repo'] || undefined,
      author,
      rollJobs: inputs['job-roll'],
      verifyDigests: inputs['verify-digest'],
      log,
    }),
  );
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
