import { rm } from 'node:fs/promises';
import * as core from '@actions/core';
import { runAction } from './run-action.js';

// The run action's post step (runs even when the job was cancelled): a main step killed before
// its own cleanup (SIGKILL, a runner that lost patience) leaves containers running. Remove every
// container carrying the run's label; after a clean run there is nothing to do.
await runAction(async (log) => {
  // run --overlay: the kubeconfig content's private folder, removed by the main step unless it was killed.
  const kubeconfigDir = core.getState('kubeconfig-dir');
  if (kubeconfigDir) await rm(kubeconfigDir, { recursive: true, force: true });
  const runId = core.getState('run-id');
  if (!runId) {
    log.info('no run was started: nothing to clean up');
    return;
  }
  const { connectEngine } = await import('../docker/engine.js');
  const { removeRunContainers } = await import('../run/local/leftovers.js');
  const removed = await removeRunContainers(await connectEngine(), runId, log);
  log.info(removed ? `removed ${removed} container(s) left by run ${runId}` : `run ${runId} left no container behind`);
});
