import { existsSync } from 'node:fs';

// The root action's post step (runs even when the job was cancelled). It has work only after a
// main step that was stopped or killed, or that ran shards on this engine: most post steps (every
// build job's, a cluster run's that ended by itself) have none, and end before loading anything.
// The runner hands the main step's saved state over as STATE_<name> variables, what
// core.getState reads.
const state = (name: string) => process.env[`STATE_${name}`] ?? '';
// Removed by the main step as it ended; still there when the step was killed.
const kubeconfigLeft = state('kubeconfig-dir') !== '' && existsSync(state('kubeconfig-dir'));
const stopped = state('namespace') !== '' && state('ended') !== 'by itself';
if (kubeconfigLeft || state('run-id') !== '' || stopped) {
  const { cleanUpAfterPipeline } = await import('./pipeline-post-cleanup.js');
  await cleanUpAfterPipeline();
}
