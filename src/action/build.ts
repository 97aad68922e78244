import * as core from '@actions/core';
import { escapeHtml, summaryLine } from '../github/escape.js';
import { readInputs } from '../inputs/action-options.js';
import { buildSchema } from '../options/build.js';
import { runAction } from './run-action.js';

// The build step: inputs -> buildImage() -> outputs and one summary line.
await runAction(async (log) => {
  const { values: inputs } = readInputs(buildSchema);
  if (inputs.password) log.addSecret(inputs.password);
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
