import { CustomObjectsApi, type KubeConfig } from '@kubernetes/client-node';
import { isNotFound, kubeError } from '../../../kube/api-error.js';
import { WatchedList, seedOf } from '../../../kube/watched-list.js';
import { PinshipError } from '../../../errors.js';
import type { Logger } from '../../../log/logger.js';
import { sourceUrl } from '../../../git/commit-info.js';
import {
  FLUX_VERSION,
  KUSTOMIZE_GROUP,
  SOURCE_GROUP,
  objectName,
  type FluxGitRepository,
  type FluxKustomization,
} from './flux-status.js';
import { normalizePath, type GitOpsSite } from './gitops-site.js';

/** The Kustomization `run --observe` follows, and the URL of the GitRepository it builds from. */
export interface ObservedTarget {
  namespace: string;
  name: string;
  /** The Kustomization's watch, started: whoever waits on it stops it. */
  watched: WatchedList<FluxKustomization>;
  /** The GitRepository's URL, null for another kind of source; undefined when not read yet (a named one). */
  sourceUrl: string | null | undefined;
}

/**
 * The Flux Kustomization that builds the overlay: named (`NS/NAME`), or the one whose
 * spec.path is the overlay's path in its repository and whose GitRepository's URL is the
 * clone's origin. None or several is an error naming what was looked for. Its watch is started
 * here: the watch that finds a named one goes on to follow it.
 */
export async function findKustomization(
  config: KubeConfig,
  site: GitOpsSite,
  named: string | undefined,
  log: Logger,
): Promise<ObservedTarget> {
  if (named) return findNamed(config, named, log);
  const { k, repositories } = await findByPath(config.makeApiClient(CustomObjectsApi), site);
  const { namespace, name } = k.metadata as { namespace: string; name: string };
  const watched = await startWatch(watchKustomization(config, namespace, name, log, k));
  return { namespace, name, watched, sourceUrl: sourceUrlOf(k, repositories) ?? null };
}

/**
 * Only that Kustomization is read, by its watch (a namespaced Role is enough). Its GitRepository
 * is read later, only when the record needs its URL and a reconcile request did not answer with it.
 */
async function findNamed(config: KubeConfig, named: string, log: Logger): Promise<ObservedTarget> {
  const [namespace, name] = named.split('/') as [string, string];
  const watched = await startWatch(watchKustomization(config, namespace, name, log));
  const k = watched.items()[0];
  if (!k) {
    await watched.stop();
    throw new PinshipError(`no Flux Kustomization ${named} in the cluster`, { field: '--kustomization' });
  }
  return { namespace, name, watched, sourceUrl: sourceRepository(k) ? undefined : null };
}

async function startWatch<T extends FluxKustomization>(watched: WatchedList<T>): Promise<WatchedList<T>> {
  try {
    await watched.start();
    return watched;
  } catch (err) {
    await watched.stop();
    throw err;
  }
}

/** The Kustomization by watch (a field selector on its name), from `seed` when it was read already. */
function watchKustomization(
  config: KubeConfig,
  namespace: string,
  name: string,
  log: Logger,
  seed?: FluxKustomization,
) {
  // Typed by group and plural: KubernetesObjectApi would first ask the API server's discovery for them.
  const api = config.makeApiClient(CustomObjectsApi);
  const fieldSelector = `metadata.name=${name}`;
  const plural = 'kustomizations';
  return new WatchedList<FluxKustomization>(config, {
    path: `/apis/${KUSTOMIZE_GROUP}/${FLUX_VERSION}/namespaces/${namespace}/${plural}`,
    fieldSelector,
    seed: seedOf(seed),
    list: (page) =>
      api.listNamespacedCustomObject({
        group: KUSTOMIZE_GROUP,
        version: FLUX_VERSION,
        namespace,
        plural,
        fieldSelector,
        limit: page.limit,
        _continue: page.continue,
      }),
    request: { resource: `${plural}.${KUSTOMIZE_GROUP}`, namespace },
    log,
  });
}

/** Where the Kustomization's GitRepository is, if its source is one. */
export function sourceRepository(k: FluxKustomization): { namespace: string; name: string } | undefined {
  const ref = k.spec?.sourceRef;
  if (ref?.kind !== 'GitRepository' || !ref.name) return undefined;
  return { namespace: ref.namespace ?? k.metadata!.namespace!, name: ref.name };
}

/** The URL of the Kustomization's GitRepository, read from the API (null when it has none, or another source). */
export async function readSourceUrl(config: KubeConfig, k: FluxKustomization): Promise<string | null> {
  const where = sourceRepository(k);
  if (!where) return null;
  const api = config.makeApiClient(CustomObjectsApi);
  const repositories = await getOne<FluxGitRepository>(
    api,
    SOURCE_GROUP,
    'gitrepositories',
    where.namespace,
    where.name,
  );
  return sourceUrlOf(k, repositories) ?? null;
}

/** Every Kustomization and GitRepository of the cluster is listed to find the one building the overlay. */
async function findByPath(api: CustomObjectsApi, site: GitOpsSite) {
  const kustomizations = await listAll<FluxKustomization>(api, KUSTOMIZE_GROUP, 'kustomizations');
  const repositories = await listAll<FluxGitRepository>(api, SOURCE_GROUP, 'gitrepositories');
  const matches = kustomizations.filter(
    (k) =>
      normalizePath(k.spec?.path) === site.path && site.url !== undefined && sourceUrlOf(k, repositories) === site.url,
  );
  if (matches.length === 1) return { k: matches[0]!, repositories };
  const what = `path ./${site.path} of ${site.url ?? 'a clone without origin'}`;
  const seen = kustomizations.map(
    (k) => `${objectName(k)} (./${normalizePath(k.spec?.path)} of ${sourceUrlOf(k, repositories)})`,
  );
  throw new PinshipError(
    matches.length
      ? `${matches.length} Flux Kustomizations build ${what}: ${matches.map(objectName).join(', ')}`
      : `no Flux Kustomization builds ${what}`,
    {
      field: '--kustomization',
      hint: `name it with --kustomization NAMESPACE/NAME; Kustomizations seen: ${seen.join(', ') || 'none'}`,
    },
  );
}

/** The URL of the GitRepository the Kustomization builds from (normalized as the clone's origin is), if known. */
export function sourceUrlOf(k: FluxKustomization, repositories: FluxGitRepository[]): string | undefined {
  const where = sourceRepository(k);
  const repo =
    where && repositories.find((r) => r.metadata?.name === where.name && r.metadata?.namespace === where.namespace);
  return repo?.spec?.url ? sourceUrl(repo.spec.url) : undefined;
}

async function listAll<T>(api: CustomObjectsApi, group: string, plural: string): Promise<T[]> {
  try {
    const answer = await api.listCustomObjectForAllNamespaces({ group, version: FLUX_VERSION, resourcePlural: plural });
    return (answer as { items: T[] }).items;
  } catch (err) {
    throw kubeError({ verb: 'list', resource: `${plural}.${group}` }, err);
  }
}

/** The object, or none when it does not exist. */
async function getOne<T>(api: CustomObjectsApi, group: string, plural: string, namespace: string, name: string) {
  try {
    return [(await api.getNamespacedCustomObject({ group, version: FLUX_VERSION, namespace, plural, name })) as T];
  } catch (err) {
    if (isNotFound(err)) return [];
    throw kubeError({ verb: 'get', resource: `${plural}.${group}`, namespace, name }, err);
  }
}
