import type { V1Deployment, V1Pod } from '@kubernetes/client-node';
import type { RolloutImage, RolloutPod } from '../../record/rollout.js';

export type RolloutState =
  | { kind: 'progressing'; message: string }
  | { kind: 'done' }
  | { kind: 'failed'; reason: string; message: string };

/**
 * Whether a Deployment rolled out, as `kubectl rollout status` decides: the controller saw the
 * latest generation, every replica is updated and available, no old one is left.
 * ProgressDeadlineExceeded is a failure with the controller's message.
 */
export function rolloutState(deployment: V1Deployment): RolloutState {
  const status = deployment.status ?? {};
  const generation = deployment.metadata?.generation ?? 0;
  if ((status.observedGeneration ?? 0) < generation)
    return { kind: 'progressing', message: 'waiting for the controller to see the new spec' };
  const progressing = status.conditions?.find((c) => c.type === 'Progressing');
  if (progressing?.reason === 'ProgressDeadlineExceeded') {
    return {
      kind: 'failed',
      reason: 'ProgressDeadlineExceeded',
      message: progressing.message ?? 'the rollout went over its progressDeadlineSeconds',
    };
  }
  const desired = deployment.spec?.replicas ?? 1;
  const updated = status.updatedReplicas ?? 0;
  if (updated < desired) return { kind: 'progressing', message: `${updated} of ${desired} replicas updated` };
  if ((status.replicas ?? 0) > updated)
    return { kind: 'progressing', message: `${(status.replicas ?? 0) - updated} old replica(s) pending termination` };
  if ((status.availableReplicas ?? 0) < updated)
    return {
      kind: 'progressing',
      message: `${status.availableReplicas ?? 0} of ${updated} updated replicas available`,
    };
  return { kind: 'done' };
}

/** The pods that run the Deployment's current template: same images, not being deleted. */
export function currentPods(deployment: V1Deployment, pods: readonly V1Pod[]): V1Pod[] {
  const images = (deployment.spec?.template?.spec?.containers ?? []).map((c) => `${c.name}=${c.image}`).join(',');
  return pods.filter(
    (p) =>
      !p.metadata?.deletionTimestamp &&
      (p.spec?.containers ?? []).map((c) => `${c.name}=${c.image}`).join(',') === images,
  );
}

/** Which images the pods actually run: the digest from each container's status imageID. */
export function runningImages(pods: readonly V1Pod[]): RolloutImage[] {
  const byKey = new Map<string, RolloutImage>();
  for (const pod of pods) {
    for (const c of pod.spec?.containers ?? []) {
      const status = pod.status?.containerStatuses?.find((s) => s.name === c.name);
      const digest = /sha256:[a-f0-9]{64}$/.exec(status?.imageID ?? '')?.[0] ?? null;
      const key = `${c.name}\0${c.image}\0${digest}`;
      const entry = byKey.get(key) ?? { container: c.name, image: c.image ?? '', digest, pods: 0 };
      entry.pods += 1;
      byKey.set(key, entry);
    }
  }
  return [...byKey.values()];
}

/** Each pod's readiness, restarts, and what keeps it from being ready, in Kubernetes' words. */
export function podHealth(pod: V1Pod): RolloutPod {
  const statuses = pod.status?.containerStatuses ?? [];
  const restarts = statuses.reduce((n, s) => n + (s.restartCount ?? 0), 0);
  const ready = pod.status?.conditions?.some((c) => c.type === 'Ready' && c.status === 'True') ?? false;
  let reason: string | null = null;
  let message: string | null = null;
  for (const s of statuses) {
    const waiting = s.state?.waiting;
    const last = s.lastState?.terminated;
    if (waiting?.reason && waiting.reason !== 'ContainerCreating' && waiting.reason !== 'PodInitializing') {
      reason = waiting.reason;
      message =
        [waiting.message, last ? `last exit: ${last.reason ?? 'Error'} (exit ${last.exitCode})` : null]
          .filter(Boolean)
          .join('; ') || null;
      break;
    }
    const probe = pod.spec?.containers?.find((c) => c.name === s.name)?.readinessProbe;
    if (s.state?.running && !s.ready && probe) {
      reason = 'ReadinessProbeFailing';
      message = `container ${s.name} runs but its readiness probe does not pass`;
      break;
    }
    if (last && (s.restartCount ?? 0) > 0) {
      reason = 'Restarted';
      message =
        `container ${s.name} restarted ${s.restartCount} time(s); last exit: ${last.reason ?? 'Error'} (exit ` +
        `${last.exitCode})`;
    }
  }
  if (!reason && pod.status?.phase === 'Pending') {
    const unscheduled = pod.status.conditions?.find((c) => c.type === 'PodScheduled' && c.status === 'False');
    if (unscheduled) [reason, message] = [unscheduled.reason ?? 'Unschedulable', unscheduled.message ?? null];
  }
  return { name: pod.metadata?.name ?? '', ready, restarts, reason, message };
}
