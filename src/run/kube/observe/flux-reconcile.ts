import { CustomObjectsApi, PatchStrategy, setHeaderOptions, type KubeConfig } from '@kubernetes/client-node';
import { kubeError } from '../../../kube/api-error.js';
import type { Logger } from '../../../log/logger.js';
import { sourceRepository } from './find-kustomization.js';
import {
  FLUX_VERSION,
  KUSTOMIZE_GROUP,
  RECONCILE_ANNOTATION,
  SOURCE_GROUP,
  revisionCommit,
  type FluxGitRepository,
  type FluxKustomization,
} from './flux-status.js';

/**
 * Asks Flux to reconcile now rather than at its intervals, with as few writes as that takes. The
 * GitRepository first: once it fetched a new revision, kustomize-controller reconciles every
 * Kustomization built from it at once (it watches its sources' artifact revisions:
 * `requestsForRevisionChangeOf` in its kustomization_indexers.go). The Kustomization too only
 * when that will not happen: its source already had the commit (no new revision to announce),
 * or is not a GitRepository. Resolves to the GitRepository as the patch returned it, if patched.
 */
export async function requestReconcile(
  config: KubeConfig,
  k: FluxKustomization,
  commit: string,
  log: Logger,
): Promise<FluxGitRepository | undefined> {
  const api = config.makeApiClient(CustomObjectsApi);
  const where = sourceRepository(k);
  const source = where
    ? await annotate<FluxGitRepository>(api, { group: SOURCE_GROUP, plural: 'gitrepositories', ...where })
    : undefined;
  const sourceHasIt = revisionCommit(source?.status?.artifact?.revision) === commit;
  const asked = where ? [`gitrepository ${where.namespace}/${where.name}`] : [];
  if (!source || sourceHasIt) {
    const { namespace, name } = k.metadata as { namespace: string; name: string };
    await annotate(api, { group: KUSTOMIZE_GROUP, plural: 'kustomizations', namespace, name });
    asked.push(`kustomization ${namespace}/${name}`);
  }
  log.info(`requested a reconcile of ${asked.join(', ')}`);
  return source;
}

/** Sets the annotation `flux reconcile` sets; the API server answers with the object. */
async function annotate<T>(
  api: CustomObjectsApi,
  object: { group: string; plural: string; namespace: string; name: string },
): Promise<T> {
  const { group, plural, namespace, name } = object;
  const body = { metadata: { annotations: { [RECONCILE_ANNOTATION]: new Date().toISOString() } } };
  const request = { group, version: FLUX_VERSION, plural, namespace, name, body, fieldManager: 'pinship' };
  try {
    return (await api.patchNamespacedCustomObject(
      request,
      setHeaderOptions('Content-Type', PatchStrategy.MergePatch),
    )) as T;
  } catch (err) {
    throw kubeError({ verb: 'patch', resource: `${plural}.${group}`, namespace, name }, err);
  }
}
