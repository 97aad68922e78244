import { withKubeconfig } from './kubeconfig.js';
import type { PipelineDeps, PipelineOptions } from './options.js';

/** The `cleanup` part of a closed pull request: deletes the namespaces pinship created for it. */
export async function cleanupStep(options: PipelineOptions, deps: PipelineDeps): Promise<void> {
  const { log, context } = deps;
  const number = context.pullRequest!.number;
  if (!options.cluster.kubeconfig) {
    log.info(`no kubeconfig given: pull request #${number} ran on no cluster, nothing to delete`);
    deps.output('deleted-namespaces', '');
    return;
  }
  const { cleanup } = await import('../run/kube/cleanup.js');
  const result = await withKubeconfig(options.cluster.kubeconfig, deps, (kubeconfig) =>
    cleanup({ pullRequest: number, kubeconfig, signal: deps.signal, log }),
  );
  log.info(`deleted ${result.namespaces.length} namespace(s): ${result.namespaces.join(', ') || 'none'}`);
  deps.output('deleted-namespaces', result.namespaces.join('\n'));
}
