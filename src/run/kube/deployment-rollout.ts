import { AppsV1Api, CoreV1Api, type KubeConfig, type V1Deployment, type V1Pod } from '@kubernetes/client-node';
import { WatchedList, seedOf } from '../../kube/watched-list.js';
import type { Logger } from '../../log/logger.js';
import { round } from '../../record/resources.js';
import type { RolloutRecord } from '../../record/rollout.js';
import type { RunStop } from '../backend.js';
import { currentPods, podHealth, rolloutState, runningImages, type RolloutState } from './rollout-state.js';

const STICKY = new Set(['CrashLoopBackOff', 'ImagePullBackOff', 'ErrImagePull', 'CreateContainerConfigError']);

/** Follows one Deployment's rollout by watching it and its pods, until rolled out or failed. */
export class DeploymentRollout {
  private readonly deployment: WatchedList<V1Deployment>;
  private readonly pods: WatchedList<V1Pod>;
  private readonly startedAt = new Date();
  private finishedAt: Date | null = null;
  private lastProgress = '';
  /** Waiting reasons each pod showed at some point: a crash loop is between two restarts only part of the time. */
  private readonly seen = new Map<string, string>();

  constructor(
    config: KubeConfig,
    readonly name: string,
    readonly namespace: string,
    selector: string,
    private readonly log: Logger,
    /** The Deployment as applied or read: its watch starts from it instead of listing. */
    applied?: V1Deployment,
  ) {
    const apps = config.makeApiClient(AppsV1Api);
    const core = config.makeApiClient(CoreV1Api);
    const fieldSelector = `metadata.name=${name}`;
    this.deployment = new WatchedList<V1Deployment>(config, {
      path: `/apis/apps/v1/namespaces/${namespace}/deployments`,
      fieldSelector,
      seed: seedOf(applied),
      list: (page) =>
        apps.listNamespacedDeployment({ namespace, fieldSelector, limit: page.limit, _continue: page.continue }),
      request: { resource: 'deployments.apps', namespace },
      log,
      onChange: () => this.pods.wake(),
    });
    this.pods = new WatchedList<V1Pod>(config, {
      path: `/api/v1/namespaces/${namespace}/pods`,
      labelSelector: selector,
      list: (page) =>
        core.listNamespacedPod({ namespace, labelSelector: selector, limit: page.limit, _continue: page.continue }),
      request: { resource: 'pods', namespace },
      log,
      onChange: (_event, pod) => {
        const reason = pod.status?.containerStatuses
          ?.map((c) => c.state?.waiting?.reason)
          .find((r) => r && STICKY.has(r));
        if (reason) this.seen.set(pod.metadata?.name ?? '', reason);
      },
    });
  }

  async start(): Promise<void> {
    await Promise.all([this.deployment.start(), this.pods.start()]);
  }

  /** Resolves when the Deployment rolled out or failed (ProgressDeadlineExceeded). */
  async wait(signal: AbortSignal): Promise<void> {
    await this.pods.waitFor(() => {
      const state = this.state();
      if (state.kind === 'progressing' && state.message !== this.lastProgress) {
        this.lastProgress = state.message;
        this.log.debug(`deployment/${this.name}: ${state.message}`);
      }
      return state.kind !== 'progressing';
    }, signal);
    this.finishedAt = new Date();
  }

  state(): RolloutState {
    const d = this.current();
    return d ? rolloutState(d) : { kind: 'progressing', message: 'not seen yet' };
  }

  /** The rollout as the record keeps it; `stop` when the run stopped before it ended. */
  toRecord(stop?: RunStop): RolloutRecord {
    const d = this.current();
    const state = this.state();
    const pods = d ? currentPods(d, this.pods.items()) : [];
    const health = pods.map(podHealth).map((p) => {
      const seen = this.seen.get(p.name);
      return seen && (p.reason === null || p.reason === 'Restarted') ? { ...p, reason: seen } : p;
    });
    const troubled = health.filter((p) => !p.ready || p.reason);
    const podText = troubled.map(
      (p) => `pod ${p.name}: ${p.reason ?? 'not ready'}${p.message ? ` (${p.message})` : ''}`,
    );
    const conclusion =
      state.kind === 'done'
        ? 'success'
        : state.kind === 'failed'
          ? 'failure'
          : stop?.kind === 'timeout'
            ? 'timed-out'
            : 'cancelled';
    const head =
      state.kind === 'failed'
        ? `${state.reason}: ${state.message}`
        : state.kind === 'progressing'
          ? `${stop?.message ?? 'stopped'}; ${state.message}`
          : null;
    const finished = state.kind === 'done' ? (this.finishedAt ?? new Date()) : null;
    const status = d?.status ?? {};
    return {
      name: this.name,
      namespace: this.namespace,
      revision: d?.metadata?.annotations?.['deployment.kubernetes.io/revision'] ?? null,
      replicas: {
        desired: d?.spec?.replicas ?? 1,
        updated: status.updatedReplicas ?? 0,
        ready: status.readyReplicas ?? 0,
        available: status.availableReplicas ?? 0,
      },
      conclusion,
      message: [head, ...podText].filter(Boolean).join('; ') || null,
      startedAt: this.startedAt.toISOString(),
      finishedAt: (finished ?? this.finishedAt)?.toISOString() ?? null,
      reason:
        state.kind === 'failed'
          ? state.reason
          : state.kind === 'progressing'
            ? (troubled.find((p) => p.reason)?.reason ?? null)
            : null,
      durationSeconds: finished ? round((finished.getTime() - this.startedAt.getTime()) / 1000, 3) : null,
      images: runningImages(pods),
      restarts: health.reduce((n, p) => n + p.restarts, 0),
      pods: health.filter((p) => !p.ready || p.reason || p.restarts > 0),
    };
  }

  async stop(): Promise<void> {
    await Promise.all([this.deployment.stop(), this.pods.stop()]);
  }

  private current(): V1Deployment | undefined {
    return this.deployment.items()[0];
  }
}
