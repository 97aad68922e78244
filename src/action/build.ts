import * as core from '@actions/core';
import { escapeHtml, summaryLine } from '../github/escape.js';
import { getBooleanInputOr } from '../inputs/boolean-input.js';
import { parseKeyValues, splitList } from '../inputs/key-value.js';
import { getLinesInput } from '../inputs/lines-input.js';
import { runAction } from './run-action.js';

// The build step: inputs -> buildImage() -> outputs and one summary line.
await runAction(async (log) => {
  const password = core.getInput('password');
  if (password) log.addSecret(password);
  const inputs = {
    context: core.getInput('context') || '.',
    file: core.getInput('file') || undefined,
    image: core.getInput('image', { required: true }),
    tags: getLinesInput('tags').flatMap(splitList),
    buildArgs: parseKeyValues(getLinesInput('build-args'), 'build-args'),
    target: core.getInput('target') || undefined,
    labels: parseKeyValues(getLinesInput('labels'), 'labels'),
    platform: core.getInput('platform') || undefined,
    builder: core.getInput('builder') || undefined,
    network: core.getInput('network') || undefined,
    secrets: getLinesInput('secrets'),
    cacheFrom: getLinesInput('cache-from').flatMap(splitList),
    cacheTo: core.getInput('cache-to') || undefined,
    push: getBooleanInputOr('push', true),
    username: core.getInput('username') || undefined,
    password: password || undefined,
  };
  const { connectEngine } = await import('../docker/engine.js');
  const { buildImage } = await import('../build/build-image.js');
  const result = await buildImage(inputs, { docker: await connectEngine(), log });

  core.setOutput('image', result.image);
  core.setOutput('digest', result.digest);
  core.setOutput('ref', result.ref);
  core.setOutput('tags', result.tags.join('\n'));
  core.setOutput('skipped', String(result.skipped));
  const how = result.skipped ? 'unchanged inputs, reused' : inputs.push ? 'built and pushed' : 'built';
  log.info(`${result.ref} (${how})`);
  // Set by the runner; absent when the entry runs elsewhere (act, a shell): skip the summary then.
  if (process.env.GITHUB_STEP_SUMMARY) {
    await core.summary
      .addRaw(summaryLine(`pinship build: <code>${escapeHtml(result.ref)}</code> (${escapeHtml(how)})`), true)
      .write();
  }
});
