import * as core from '@actions/core';

/**
 * Registers a kubeconfig input's secret values, and its whole text, with the runner's log mask
 * (what they are: `kubeconfigSecrets`). Done before anything reads or logs the input.
 */
export async function maskKubeconfig(content: string | undefined): Promise<void> {
  if (!content) return;
  // Loaded on use: a step given no kubeconfig never loads the kubeconfig code.
  const { kubeconfigSecrets } = await import('../kube/kubeconfig-file.js');
  for (const secret of kubeconfigSecrets(content)) core.setSecret(secret);
}
