import { rm } from 'node:fs/promises';
import * as core from '@actions/core';
import { maskKubeconfig } from './mask-kubeconfig.js';
import { runAction } from './run-action.js';

/**
 * The root action's post step when it has work (pipeline-post.ts decides). A cancelled pull
 * request experiment (a new push arrived) must leave nothing behind: the local run's containers,
 * or the pull request's namespace on the cluster (the next push's run creates it again). A run
 * that ended by itself keeps its namespace until the pull request closes (or its TTL passes).
 */
export const cleanUpAfterPipeline = () =>
  runAction(async (log) => {
    const kubeconfigDir = core.getState('kubeconfig-dir');
    if (kubeconfigDir) await rm(kubeconfigDir, { recursive: true, force: true });
    const runId = core.getState('run-id');
    if (runId) {
      const { connectEngine } = await import('../docker/engine.js');
      const { removeRunContainers } = await import('../run/local/leftovers.js');
      const removed = await removeRunContainers(await connectEngine(), runId, log);
      if (removed) log.info(`removed ${removed} container(s) left by run ${runId}`);
    }
    const namespace = core.getState('namespace');
    if (!namespace || core.getState('ended') === 'by itself') return;
    const kubeconfig = core.getInput('kubeconfig');
    await maskKubeconfig(kubeconfig);
    const { cleanup } = await import('../run/kube/cleanup.js');
    const { withKubeconfig } = await import('../pipeline/kubeconfig.js');
    const result = await withKubeconfig(kubeconfig || undefined, { saveState: () => undefined }, (path) =>
      cleanup({ namespace, kubeconfig: path, log }),
    );
    const deleted = result.namespaces.includes(namespace)
      ? `namespace ${namespace}`
      : `${result.objects.length} object(s) pinship created in ${namespace}`;
    log.info(`the run was stopped: deleted ${deleted}`);
  });
