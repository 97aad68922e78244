import { CustomObjectsApi, PatchStrategy, setHeaderOptions, type KubeConfig } from '@kubernetes/client-node';
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
  type KustomizationState,
} from './flux-status.js';
import { isOlder, type GitOpsSite } from './gitops-site.js';

export interface FluxWaitOptions {
  /** Ask for a reconcile now (the annotation `flux reconcile` sets) rather than at the next interval. */
  reconcile: boolean;
  signal: AbortSignal;
  log: Logger;
}

/** What ends the wait: the commit applied or refused, or another commit that is not older. */
type Settled = { state: Exclude<KustomizationState, { kind: 'pending' }>; k: FluxKustomization };

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
  // Typed by group and plural: KubernetesObjectApi would first ask the API server's discovery for them.
  const api = config.makeApiClient(CustomObjectsApi);
  const watched = watchKustomization(config, api, target, options.log);
  const progress = new FluxProgress(site, () => watched.wake());
  const what = `kustomization ${target.namespace}/${target.name}`;
  try {
    await watched.start();
    if (options.reconcile) await requestReconcile(api, watched.items()[0], target, options.log);
    const settled = await watched.waitFor(() => progress.settled(watched.items()[0]), options.signal);
    if (settled.state.kind === 'applied') return settled.k;
    throw notApplied(settled.state, what, site.commit);
  } catch (err) {
    if (options.signal.aborted && err === options.signal.reason) {
      const stop = err as RunStop;
      throw new PinshipError(
        `${what} did not apply commit ${site.commit.slice(0, 12)} (${stop.message}); ${progress.last}`,
        { field: '--timeout' },
      );
    }
    throw err;
  } finally {
    await watched.stop();
  }
}

/** The Kustomization by list-then-watch (a field selector on its name). */
function watchKustomization(config: KubeConfig, api: CustomObjectsApi, target: ObservedTarget, log: Logger) {
  const { namespace, name } = target;
  const fieldSelector = `metadata.name=${name}`;
  const plural = 'kustomizations';
  return new WatchedList<FluxKustomization>(config, {
    path: `/apis/${KUSTOMIZE_GROUP}/${FLUX_VERSION}/namespaces/${namespace}/${plural}`,
    fieldSelector,
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

/**
 * The Kustomization's progress towards the commit, evaluated on every change: whether the wait
 * is over, and what it last did (for a timeout's message). Another commit ends the wait only
 * when it is not older than ours: an older one is Flux still catching up.
 */
class FluxProgress {
  last = 'not seen yet';
  private readonly verdicts = new Map<string, 'older' | 'newer' | 'checking'>();

  constructor(
    private readonly site: GitOpsSite,
    private readonly wake: () => void,
  ) {}

  settled(k: FluxKustomization | undefined): Settled | undefined {
    if (!k) return undefined;
    const state = kustomizationState(k, this.site.commit);
    if (state.kind === 'pending') {
      this.last = state.detail;
      return undefined;
    }
    if (state.kind === 'other') {
      this.last = `working on ${state.revision}`;
      return this.verdict(state.commit) === 'newer' ? { state, k } : undefined;
    }
    return { state, k };
  }

  /** Asks git once per commit, in the background; the answer wakes the wait up again. */
  private verdict(commit: string): 'older' | 'newer' | 'checking' {
    const known = this.verdicts.get(commit);
    if (known) return known;
    this.verdicts.set(commit, 'checking');
    isOlder(this.site, commit)
      .then((older) => this.verdicts.set(commit, older ? 'older' : 'newer'))
      .catch(() => this.verdicts.set(commit, 'newer'))
      .finally(this.wake);
    return 'checking';
  }
}

/** The error for a commit the controller refused, or one a newer commit superseded. */
function notApplied(state: Exclude<Settled['state'], { kind: 'applied' }>, what: string, commit: string) {
  const short = commit.slice(0, 12);
  if (state.kind === 'refused') {
    const object = refusedObject(state.message);
    return new PinshipError(`${what} refused commit ${short}${object ? ` (${object})` : ''}: ${state.message}`, {
      field: '--observe',
      hint: /immutable/i.test(state.message)
        ? 'a Job cannot be changed in place: pin adds kustomize.toolkit.fluxcd.io/force: enabled unless --no-job-roll'
        : "the message is the controller's own; `kubectl describe` the Kustomization for more",
    });
  }
  return new PinshipError(
    `${what}: commit ${short} was superseded by ${state.revision} before it was applied; observe that commit instead`,
    { field: '--revision' },
  );
}

/** Sets the reconcile annotation on the Kustomization and its GitRepository, as `flux reconcile --with-source` does. */
async function requestReconcile(
  api: CustomObjectsApi,
  k: FluxKustomization | undefined,
  target: ObservedTarget,
  log: Logger,
): Promise<void> {
  const at = new Date().toISOString();
  const ref = k?.spec?.sourceRef;
  const objects = [
    ...(ref?.kind === 'GitRepository' && ref.name
      ? [{ kind: 'gitrepository', group: SOURCE_GROUP, namespace: ref.namespace ?? target.namespace, name: ref.name }]
      : []),
    { kind: 'kustomization', group: KUSTOMIZE_GROUP, namespace: target.namespace, name: target.name },
  ];
  const mergePatch = setHeaderOptions('Content-Type', PatchStrategy.MergePatch);
  const body = { metadata: { annotations: { [RECONCILE_ANNOTATION]: at } } };
  for (const { kind, group, namespace, name } of objects) {
    const plural = kind === 'kustomization' ? 'kustomizations' : 'gitrepositories';
    const request = { group, version: FLUX_VERSION, plural, namespace, name, body, fieldManager: 'pinship' };
    try {
      await api.patchNamespacedCustomObject(request, mergePatch);
    } catch (err) {
      throw kubeError({ verb: 'patch', resource: `${plural}.${group}`, namespace, name }, err);
    }
  }
  log.info(`requested a reconcile of ${objects.map((o) => `${o.kind} ${o.namespace}/${o.name}`).join(', ')}`);
}
