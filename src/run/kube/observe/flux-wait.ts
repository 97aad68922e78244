import { KubernetesObjectApi, PatchStrategy, type KubeConfig } from '@kubernetes/client-node';
import { kubeError } from '../../../kube/api-error.js';
import { WatchedList } from '../../../kube/watched-list.js';
import { PinshipError } from '../../../errors.js';
import type { Logger } from '../../../log/logger.js';
import type { RunStop } from '../../backend.js';
import type { ObservedTarget } from './find-kustomization.js';
import {
  FLUX_VERSION,
  KUSTOMIZE_GROUP,
  RECONCILE_ANNOTATION,
  SOURCE_GROUP,
  kustomizationState,
  refusedObject,
  type FluxKustomization,
} from './flux-status.js';
import { isOlder, type GitOpsSite } from './gitops-site.js';

export interface FluxWaitOptions {
  /** Ask for a reconcile now (the annotation `flux reconcile` sets) rather than at the next interval. */
  reconcile: boolean;
  signal: AbortSignal;
  log: Logger;
}

/**
 * Waits, by watching the Kustomization, until it applied `site.commit` and is Ready. Fails with
 * the controller's own message when it refused that commit, when a newer commit took its place,
 * or when the stop signal fires first (timeout, Ctrl-C). Resolves to the Kustomization as applied.
 */
export async function waitForFlux(
  config: KubeConfig,
  target: ObservedTarget,
  site: GitOpsSite,
  options: FluxWaitOptions,
): Promise<FluxKustomization> {
  const { namespace, name } = target;
  const api = KubernetesObjectApi.makeApiClient(config);
  const fieldSelector = `metadata.name=${name}`;
  const watched = new WatchedList<FluxKustomization>(config, {
    path: `/apis/${KUSTOMIZE_GROUP}/${FLUX_VERSION}/namespaces/${namespace}/kustomizations`,
    fieldSelector,
    list: (page) =>
      api.list<FluxKustomization>(
        `${KUSTOMIZE_GROUP}/${FLUX_VERSION}`,
        'Kustomization',
        namespace,
        undefined,
        undefined,
        undefined,
        fieldSelector,
        undefined,
        page.limit,
        page.continue,
      ),
    request: { resource: `kustomizations.${KUSTOMIZE_GROUP}`, namespace },
    log: options.log,
  });
  const verdicts = new Map<string, 'older' | 'newer' | 'checking'>();
  const short = site.commit.slice(0, 12);
  const what = `kustomization ${namespace}/${name}`;
  let last = 'not seen yet';
  const verdict = (commit: string) => {
    const known = verdicts.get(commit);
    if (known) return known;
    verdicts.set(commit, 'checking');
    isOlder(site, commit)
      .then((older) => verdicts.set(commit, older ? 'older' : 'newer'))
      .catch(() => verdicts.set(commit, 'newer'))
      .finally(() => watched.wake());
    return 'checking';
  };
  try {
    await watched.start();
    if (options.reconcile) await requestReconcile(api, watched.items()[0], target, options.log);
    const outcome = await watched.waitFor(() => {
      const k = watched.items()[0];
      if (!k) return undefined;
      const state = kustomizationState(k, site.commit);
      if (state.kind === 'pending') last = state.detail;
      if (state.kind === 'other') {
        last = `working on ${state.revision}`;
        const seen = verdict(state.commit);
        return seen === 'newer' ? { state, k } : undefined;
      }
      return state.kind === 'pending' ? undefined : { state, k };
    }, options.signal);
    const { state, k } = outcome;
    if (state.kind === 'applied') return k;
    if (state.kind === 'refused') {
      const object = refusedObject(state.message);
      throw new PinshipError(`${what} refused commit ${short}${object ? ` (${object})` : ''}: ${state.message}`, {
        field: '--observe',
        hint: /immutable/i.test(state.message)
          ? 'a Job cannot be changed in place: pin adds kustomize.toolkit.fluxcd.io/force: enabled unless --no-job-roll'
          : "the message is the controller's own; `kubectl describe` the Kustomization for more",
      });
    }
    throw new PinshipError(
      `${what}: commit ${short} was superseded by ${state.kind === 'other' ? state.revision : 'a newer one'} ` +
        'before it was applied; observe that commit instead',
      { field: '--revision' },
    );
  } catch (err) {
    if (options.signal.aborted && err === options.signal.reason) {
      const stop = err as RunStop;
      throw new PinshipError(`${what} did not apply commit ${short} (${stop.message}); ${last}`, {
        field: '--timeout',
      });
    }
    throw err;
  } finally {
    await watched.stop();
  }
}

/** Sets the reconcile annotation on the Kustomization and its GitRepository, as `flux reconcile --with-source` does. */
async function requestReconcile(
  api: KubernetesObjectApi,
  k: FluxKustomization | undefined,
  target: ObservedTarget,
  log: Logger,
): Promise<void> {
  const at = new Date().toISOString();
  const ref = k?.spec?.sourceRef;
  const objects = [
    ...(ref?.kind === 'GitRepository' && ref.name
      ? [{ group: SOURCE_GROUP, kind: 'GitRepository', namespace: ref.namespace ?? target.namespace, name: ref.name }]
      : []),
    { group: KUSTOMIZE_GROUP, kind: 'Kustomization', namespace: target.namespace, name: target.name },
  ];
  for (const o of objects) {
    const body = {
      apiVersion: `${o.group}/${FLUX_VERSION}`,
      kind: o.kind,
      metadata: { name: o.name, namespace: o.namespace, annotations: { [RECONCILE_ANNOTATION]: at } },
    };
    try {
      await api.patch(body, undefined, undefined, 'pinship', undefined, PatchStrategy.MergePatch);
    } catch (err) {
      const resource = `${o.kind.toLowerCase()}s.${o.group}`;
      throw kubeError({ verb: 'patch', resource, namespace: o.namespace, name: o.name }, err);
    }
  }
  log.info(
    `requested a reconcile of ${objects.map((o) => `${o.kind.toLowerCase()} ${o.namespace}/${o.name}`).join(', ')}`,
  );
}
