import type { KubeConfig } from '@kubernetes/client-node';
import { PinshipError } from '../../../errors.js';
import type { Logger } from '../../../log/logger.js';
import type { RunStop } from '../../backend.js';
import type { ObservedTarget } from './find-kustomization.js';
import {
  kustomizationState,
  refusedObject,
  type FluxGitRepository,
  type FluxKustomization,
  type KustomizationState,
} from './flux-status.js';
import { requestReconcile } from './flux-reconcile.js';
import { isOlder, type GitOpsSite } from './gitops-site.js';

export interface FluxWaitOptions {
  /** Ask for a reconcile now (the annotation `flux reconcile` sets) rather than at the next interval. */
  reconcile: boolean;
  signal: AbortSignal;
  log: Logger;
}

/** What ends the wait: the commit applied or refused, or another commit that is not older. */
type Settled = { state: Exclude<KustomizationState, { kind: 'pending' }>; k: FluxKustomization };

/** The Kustomization as it applied the commit, and its GitRepository if a reconcile request read it. */
export interface FluxApplied {
  kustomization: FluxKustomization;
  source: FluxGitRepository | undefined;
}

/**
 * Waits, by the Kustomization's watch (started by findKustomization, stopped here), until it
 * applied `site.commit` and is Ready. Fails with the controller's own message when it refused
 * that commit, when a newer commit took its place, or when the stop signal fires first (timeout,
 * Ctrl-C). A reconcile is requested only when the Kustomization has not settled on the commit.
 */
export async function waitForFlux(
  config: KubeConfig,
  target: ObservedTarget,
  site: GitOpsSite,
  options: FluxWaitOptions,
): Promise<FluxApplied> {
  const { watched } = target;
  const progress = new FluxProgress(site, () => watched.wake());
  const what = `kustomization ${target.namespace}/${target.name}`;
  try {
    const first = watched.items()[0];
    const source =
      options.reconcile && first && !progress.settled(first)
        ? await requestReconcile(config, first, site.commit, options.log)
        : undefined;
    const settled = await watched.waitFor(() => progress.settled(watched.items()[0]), options.signal);
    if (settled.state.kind === 'applied') return { kustomization: settled.k, source };
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
