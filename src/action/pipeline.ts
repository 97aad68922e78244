import * as core from '@actions/core';
import { readGitHubContext } from '../github/context.js';
import { runPipeline } from '../pipeline/pipeline.js';
import { stopOnSignals } from '../run/stop-signals.js';
import { readPipelineInputs } from './pipeline-inputs.js';
import { runAction } from './run-action.js';

// The root action: the whole pipeline for the event the runner reports (src/pipeline/).
await runAction(async (log) => {
  const options = await readPipelineInputs(log);
  const stop = stopOnSignals(log);
  try {
    await runPipeline(options, {
      context: readGitHubContext(),
      log,
      output: (name, value) => core.setOutput(name, value),
      saveState: (name, value) => core.saveState(name, value),
      // Set by the runner; absent when the entry runs elsewhere (a shell): skip the summary then.
      summary: async (html) => {
        if (process.env.GITHUB_STEP_SUMMARY) await core.summary.addRaw(html, true).write();
      },
      signal: stop.signal,
    });
  } finally {
    // Ended by itself (passed or failed) or stopped by a cancel: the post step cleans up after the latter.
    core.saveState('ended', stop.signal.aborted ? 'stopped' : 'by itself');
    stop.dispose();
  }
});
