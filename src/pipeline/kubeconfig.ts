import type { PipelineDeps } from './options.js';

/**
 * Calls `fn` with a private file holding the kubeconfig content (a secret input), removed after;
 * without content, with undefined (KUBECONFIG, ~/.kube/config or in-cluster then apply).
 */
export async function withKubeconfig<T>(
  content: string | undefined,
  deps: Pick<PipelineDeps, 'saveState'>,
  fn: (path: string | undefined) => Promise<T>,
): Promise<T> {
  if (!content) return fn(undefined);
  const { withKubeconfigFile } = await import('../kube/kubeconfig-file.js');
  // The folder is saved for the post step, which removes it should this step be killed.
  return withKubeconfigFile(content, fn, undefined, (folder) => deps.saveState('kubeconfig-dir', folder));
}
