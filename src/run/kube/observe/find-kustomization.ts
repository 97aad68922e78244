import { CustomObjectsApi, type KubeConfig } from '@kubernetes/client-node';
import { isNotFound, kubeError } from '../../../kube/api-error.js';
import { PinshipError } from '../../../errors.js';
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
  sourceUrl: string | null;
}

/**
 * The Flux Kustomization that builds the overlay: named (`NS/NAME`), or the one whose
 * spec.path is the overlay's path in its repository and whose GitRepository's URL is the
 * clone's origin. None or several is an error naming what was looked for.
 */
export async function findKustomization(
  config: KubeConfig,
  site: GitOpsSite,
  named: string | undefined,
): Promise<ObservedTarget> {
  const api = config.makeApiClient(CustomObjectsApi);
  return named ? findNamed(api, named) : findByPath(api, site);
}

/** Only that Kustomization and its source are read: a namespaced Role is enough. */
async function findNamed(api: CustomObjectsApi, named: string): Promise<ObservedTarget> {
  const [namespace, name] = named.split('/') as [string, string];
  const [k] = await getOne<FluxKustomization>(api, KUSTOMIZE_GROUP, 'kustomizations', namespace, name);
  if (!k) throw new PinshipError(`no Flux Kustomization ${named} in the cluster`, { field: '--kustomization' });
  const ref = k.spec?.sourceRef;
  const repositories =
    ref?.kind === 'GitRepository' && ref.name
      ? await getOne<FluxGitRepository>(api, SOURCE_GROUP, 'gitrepositories', ref.namespace ?? namespace, ref.name)
      : [];
  return observedTarget(k, repositories);
}

/** Every Kustomization and GitRepository of the cluster is listed to find the one building the overlay. */
async function findByPath(api: CustomObjectsApi, site: GitOpsSite): Promise<ObservedTarget> {
  const kustomizations = await listAll<FluxKustomization>(api, KUSTOMIZE_GROUP, 'kustomizations');
  const repositories = await listAll<FluxGitRepository>(api, SOURCE_GROUP, 'gitrepositories');
  const matches = kustomizations.filter(
    (k) =>
      normalizePath(k.spec?.path) === site.path && site.url !== undefined && sourceUrlOf(k, repositories) === site.url,
  );
  if (matches.length === 1) return observedTarget(matches[0]!, repositories);
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
function sourceUrlOf(k: FluxKustomization, repositories: FluxGitRepository[]): string | undefined {
  const ref = k.spec?.sourceRef;
  if (ref?.kind !== 'GitRepository') return undefined;
  const namespace = ref.namespace ?? k.metadata?.namespace;
  const repo = repositories.find((r) => r.metadata?.name === ref.name && r.metadata?.namespace === namespace);
  return repo?.spec?.url ? sourceUrl(repo.spec.url) : undefined;
}

function observedTarget(k: FluxKustomization, repositories: FluxGitRepository[]): ObservedTarget {
  return {
    namespace: k.metadata!.namespace!,
    name: k.metadata!.name!,
    sourceUrl: sourceUrlOf(k, repositories) ?? null,
  };
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
