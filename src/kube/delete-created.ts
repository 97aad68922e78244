import { KubernetesObjectApi, type KubeConfig, type KubernetesObject } from '@kubernetes/client-node';
import type { Logger } from '../log/logger.js';
import { isNotFound, kubeError } from './api-error.js';
import { CREATED_LABEL, CREATED_VALUE } from './apply.js';
import { WatchedList } from './watched-list.js';

/** A collection cleanup goes through: the kinds a run creates by default, and the output collector's pods. */
interface Collection {
  apiVersion: string;
  kind: string;
  plural: string;
  /** RBAC resource name, for messages. */
  resource: string;
}

const COLLECTIONS: Collection[] = [
  { apiVersion: 'batch/v1', kind: 'Job', plural: 'jobs', resource: 'jobs.batch' },
  { apiVersion: 'apps/v1', kind: 'Deployment', plural: 'deployments', resource: 'deployments.apps' },
  { apiVersion: 'v1', kind: 'Service', plural: 'services', resource: 'services' },
  { apiVersion: 'v1', kind: 'ConfigMap', plural: 'configmaps', resource: 'configmaps' },
  {
    apiVersion: 'v1',
    kind: 'PersistentVolumeClaim',
    plural: 'persistentvolumeclaims',
    resource: 'persistentvolumeclaims',
  },
  { apiVersion: 'v1', kind: 'ServiceAccount', plural: 'serviceaccounts', resource: 'serviceaccounts' },
  { apiVersion: 'v1', kind: 'Pod', plural: 'pods', resource: 'pods' },
];

const SELECTOR = `${CREATED_LABEL}=${CREATED_VALUE}`;

function watch(
  config: KubeConfig,
  c: Collection,
  namespace: string | undefined,
  options: { labelSelector?: string; fieldSelector?: string },
  log: Logger,
): WatchedList<KubernetesObject> {
  const api = KubernetesObjectApi.makeApiClient(config);
  const prefix = c.apiVersion === 'v1' ? '/api/v1' : `/apis/${c.apiVersion}`;
  return new WatchedList<KubernetesObject>(config, {
    path: namespace ? `${prefix}/namespaces/${namespace}/${c.plural}` : `${prefix}/${c.plural}`,
    ...options,
    list: (page) =>
      api.list(
        c.apiVersion,
        c.kind,
        namespace,
        undefined,
        undefined,
        undefined,
        options.fieldSelector,
        options.labelSelector,
        page.limit,
        page.continue,
      ),
    request: { resource: c.resource, namespace },
    log,
  });
}

/** Deletes one object, foreground (dependents first); false when it was already gone. */
async function deleteForeground(
  api: KubernetesObjectApi,
  c: Collection,
  name: string,
  namespace?: string,
): Promise<boolean> {
  try {
    await api.delete(
      { apiVersion: c.apiVersion, kind: c.kind, metadata: { name, namespace } },
      undefined,
      undefined,
      undefined,
      undefined,
      'Foreground',
    );
    return true;
  } catch (err) {
    if (isNotFound(err)) return false;
    throw kubeError({ verb: 'delete', resource: c.resource, namespace, name }, err);
  }
}

/**
 * Deletes (foreground: dependents first) every object of the run's kinds in the namespace that
 * carries pinship's created-by label, and waits by watching until they are gone. Objects pinship
 * did not create are never touched. Returns `kind/name` of what was deleted.
 */
export async function deleteCreatedObjects(
  config: KubeConfig,
  namespace: string,
  log: Logger,
  signal?: AbortSignal,
): Promise<string[]> {
  const api = KubernetesObjectApi.makeApiClient(config);
  const deleted: string[] = [];
  for (const c of COLLECTIONS) {
    const list = watch(config, c, namespace, { labelSelector: SELECTOR }, log);
    try {
      await list.start();
      for (const object of list.items()) {
        const name = object.metadata!.name!;
        await deleteForeground(api, c, name, namespace);
        deleted.push(`${c.kind.toLowerCase()}/${name}`);
      }
      await list.waitFor(() => list.items().length === 0, signal);
    } finally {
      await list.stop();
    }
  }
  if (deleted.length) log.info(`deleted in namespace ${namespace}: ${deleted.join(', ')}`);
  return deleted;
}

/** Deletes a namespace (foreground) and waits by watching until it is gone. */
export async function deleteNamespace(config: KubeConfig, name: string, log: Logger, signal?: AbortSignal) {
  const api = KubernetesObjectApi.makeApiClient(config);
  const c = { apiVersion: 'v1', kind: 'Namespace', plural: 'namespaces', resource: 'namespaces' };
  if (!(await deleteForeground(api, c, name))) return;
  log.info(`namespace/${name}: deleting (foreground), waiting until it is gone`);
  const list = watch(config, c, undefined, { fieldSelector: `metadata.name=${name}` }, log);
  try {
    await list.start();
    await list.waitFor(() => list.items().length === 0, signal);
  } finally {
    await list.stop();
  }
  log.info(`namespace/${name} deleted`);
}
