import type { KubeConfig } from '@kubernetes/client-node';
import { isForbidden, kubeErrorText } from '../../kube/api-error.js';
import { deleteCreatedObjects, deleteNamespace } from '../../kube/delete-created.js';
import { loadClusterAccess } from '../../kube/kube-config.js';
import {
  isExpired,
  isPinshipNamespace,
  listPinshipNamespaces,
  PULL_REQUEST_LABEL,
  REPOSITORY_LABEL,
  repositoryLabel,
} from '../../kube/run-namespace.js';
import type { Logger } from '../../log/logger.js';

export interface CleanupOptions {
  /** Delete what pinship created in this namespace, and the namespace when pinship created it. */
  namespace?: string;
  /** Delete the namespaces pinship created for this pull request. */
  pullRequest?: number;
  /** `owner/name`: with pullRequest, only that repository's namespaces (default GITHUB_REPOSITORY). */
  repository?: string;
  kubeconfig?: string;
  context?: string;
  signal?: AbortSignal;
  log: Logger;
  processEnv?: NodeJS.ProcessEnv;
}

/** What cleanup removed: namespaces, and `namespace/kind/name` of objects in namespaces it kept. */
export interface CleanupResult {
  namespaces: string[];
  objects: string[];
}

/** `pinship cleanup`: removes what pinship created, never anything else, then namespaces whose TTL passed. */
export async function cleanup(options: CleanupOptions): Promise<CleanupResult> {
  const env = options.processEnv ?? process.env;
  const { config } = loadClusterAccess({ kubeconfig: options.kubeconfig, context: options.context, env });
  const result: CleanupResult = { namespaces: [], objects: [] };
  if (options.namespace) await cleanNamespace(config, options.namespace, result, options);
  if (options.pullRequest !== undefined) {
    const repository = options.repository ?? env.GITHUB_REPOSITORY;
    const selector: Record<string, string> = { [PULL_REQUEST_LABEL]: String(options.pullRequest) };
    if (repository) selector[REPOSITORY_LABEL] = repositoryLabel(repository);
    for (const ns of await listPinshipNamespaces(config, selector)) {
      await deleteNamespace(config, ns.metadata!.name!, options.log, options.signal);
      result.namespaces.push(ns.metadata!.name!);
    }
  }
  result.namespaces.push(...(await removeExpired(config, options.log, options.signal)));
  return result;
}

async function cleanNamespace(config: KubeConfig, name: string, result: CleanupResult, options: CleanupOptions) {
  const mine = await isPinshipNamespace(config, name);
  if (mine === 'missing') {
    options.log.info(`namespace/${name} does not exist: nothing to clean`);
  } else if (mine) {
    await deleteNamespace(config, name, options.log, options.signal);
    result.namespaces.push(name);
  } else {
    const deleted = await deleteCreatedObjects(config, name, options.log, options.signal);
    result.objects.push(...deleted.map((d) => `${name}/${d}`));
  }
}

/**
 * Deletes the namespaces pinship created whose TTL label has passed: their pull request is most
 * likely closed. An identity that may not list namespaces (a Role) skips this with a note.
 */
export async function removeExpired(config: KubeConfig, log: Logger, signal?: AbortSignal): Promise<string[]> {
  let namespaces: Awaited<ReturnType<typeof listPinshipNamespaces>>;
  try {
    namespaces = await listPinshipNamespaces(config, {});
  } catch (err) {
    if (!isForbidden((err as { cause?: unknown }).cause)) throw err;
    log.debug(`not looking for expired namespaces: ${kubeErrorText((err as { cause?: unknown }).cause)}`);
    return [];
  }
  const removed: string[] = [];
  for (const ns of namespaces.filter((n) => isExpired(n))) {
    log.info(`namespace/${ns.metadata!.name}: its TTL passed; deleting it`);
    await deleteNamespace(config, ns.metadata!.name!, log, signal);
    removed.push(ns.metadata!.name!);
  }
  return removed;
}
