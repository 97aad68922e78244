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
  const list = async <T>(group: string, plural: string) => {
    try {
      const answer = await api.listCustomObjectForAllNamespaces({
        group,
        version: FLUX_VERSION,
        resourcePlural: plural,
      });
      return (answer as { items: T[] }).items;
    } catch (err) {
      throw kubeError({ verb: 'list', resource: `${plural}.${group}` }, err);
    }
  };
  // Named: only that Kustomization and its source are read (a namespaced Role is enough).
  const [namespace, name] = named?.split('/') ?? [];
  const kustomizations = named
    ? await getOne<FluxKustomization>(api, KUSTOMIZE_GROUP, 'kustomizations', namespace!, name!)
    : await list<FluxKustomization>(KUSTOMIZE_GROUP, 'kustomizations');
  const sources = (k: FluxKustomization | undefined) => {
    const ref = k?.spec?.sourceRef;
    if (ref?.kind !== 'GitRepository' || !ref.name) return Promise.resolve([]);
    return getOne<FluxGitRepository>(api, SOURCE_GROUP, 'gitrepositories', ref.namespace ?? namespace!, ref.name);
  };
  const repositories = named
    ? await sources(kustomizations[0])
    : await list<FluxGitRepository>(SOURCE_GROUP, 'gitrepositories');
  const urlOf = (k: FluxKustomization) => {
    const ref = k.spec?.sourceRef;
    if (ref?.kind !== 'GitRepository') return undefined;
    const namespace = ref.namespace ?? k.metadata?.namespace;
    const repo = repositories.find((r) => r.metadata?.name === ref.name && r.metadata?.namespace === namespace);
    return repo?.spec?.url ? sourceUrl(repo.spec.url) : undefined;
  };
  const target = (k: FluxKustomization): ObservedTarget => ({
    namespace: k.metadata!.namespace!,
    name: k.metadata!.name!,
    sourceUrl: urlOf(k) ?? null,
  });
  if (named) {
    if (!kustomizations[0]) {
      throw new PinshipError(`no Flux Kustomization ${named} in the cluster`, { field: '--kustomization' });
    }
    return target(kustomizations[0]);
  }
  const matches = kustomizations.filter(
    (k) => normalizePath(k.spec?.path) === site.path && site.url !== undefined && urlOf(k) === site.url,
  );
  if (matches.length === 1) return target(matches[0]!);
  const what = `path ./${site.path} of ${site.url ?? 'a clone without origin'}`;
  throw new PinshipError(
    matches.length
      ? `${matches.length} Flux Kustomizations build ${what}: ${matches.map(objectName).join(', ')}`
      : `no Flux Kustomization builds ${what}`,
    {
      field: '--kustomization',
      hint:
        'name it with --kustomization NAMESPACE/NAME; Kustomizations seen: ' +
        (kustomizations.map((k) => `${objectName(k)} (./${normalizePath(k.spec?.path)} of ${urlOf(k)})`).join(', ') ||
          'none'),
    },
  );
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
