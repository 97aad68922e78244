import type { V1ContainerStatus, V1Pod } from '@kubernetes/client-node';
import { isoTime } from '../../kube/object-time.js';
import type { AttemptReason, AttemptStatus, KubePodReason } from '../../record/types.js';
import { signalMessage } from '../exit-signal.js';

/** Waiting reasons Kubernetes retries forever without failing the pod: pinship stops waiting on them. */
const STUCK: ReadonlySet<string> = new Set<KubePodReason>([
  'ImagePullBackOff',
  'InvalidImageName',
  'CreateContainerConfigError',
  'CreateContainerError',
]);

/** Where one pod of a Job stands, as far as its attempt is concerned. */
export type PodState =
  | { kind: 'pending' }
  | { kind: 'running'; startedAt: string | null }
  /** Kubernetes keeps retrying (an image that cannot be pulled): no outcome will come. */
  | { kind: 'stuck'; reason: KubePodReason; message: string | null }
  | { kind: 'ended'; end: PodEnd };

export interface PodEnd {
  status: AttemptStatus;
  reason: AttemptReason;
  exitCode: number | null;
  message: string | null;
  startedAt: string | null;
  finishedAt: string | null;
}

/** The container whose exit is the attempt's: the one named, else the pod's first. */
export function mainContainer(pod: V1Pod, name?: string): V1ContainerStatus | undefined {
  const statuses = pod.status?.containerStatuses ?? [];
  const wanted = name ?? pod.spec?.containers?.[0]?.name;
  return statuses.find((s) => s.name === wanted) ?? statuses[0];
}

/** Reads a pod's phase, container state and reason into an attempt's state. */
export function podState(pod: V1Pod, container?: string): PodState {
  const status = mainContainer(pod, container);
  const phase = pod.status?.phase;
  const terminated = status?.state?.terminated;
  if (phase === 'Succeeded' || phase === 'Failed') return { kind: 'ended', end: podEnd(pod, status) };
  const waiting = status?.state?.waiting;
  if (waiting?.reason && STUCK.has(waiting.reason)) {
    return { kind: 'stuck', reason: waiting.reason as KubePodReason, message: waiting.message ?? null };
  }
  // restartPolicy Never: a terminated container ends the pod; the phase follows a moment later.
  if (terminated && pod.spec?.restartPolicy === 'Never') return { kind: 'ended', end: podEnd(pod, status) };
  if (status?.state?.running || terminated) {
    return { kind: 'running', startedAt: isoTime(status?.state?.running?.startedAt ?? terminated?.startedAt) };
  }
  return { kind: 'pending' };
}

/** The outcome of a pod that ended (phase Succeeded or Failed), with Kubernetes' reason. */
export function podEnd(pod: V1Pod, status = mainContainer(pod)): PodEnd {
  const terminated = status?.state?.terminated;
  const times = {
    startedAt: isoTime(terminated?.startedAt),
    finishedAt: isoTime(terminated?.finishedAt),
  };
  const exitCode = terminated?.exitCode ?? null;
  const podReason = pod.status?.reason;
  const podMessage = pod.status?.message ?? null;
  if (podReason === 'Evicted') return { status: 'failed', reason: 'Evicted', exitCode, message: podMessage, ...times };
  if (podReason === 'DeadlineExceeded') {
    return {
      status: 'failed',
      reason: 'DeadlineExceeded',
      exitCode,
      message: podMessage ?? 'the pod went over its activeDeadlineSeconds',
      ...times,
    };
  }
  if (terminated?.reason === 'OOMKilled') {
    const message = terminated.message || 'the shard went over its memory limit and the kernel killed it';
    return { status: 'failed', reason: 'OOMKilled', exitCode, message, ...times };
  }
  if (pod.status?.phase === 'Succeeded' || (exitCode === 0 && pod.status?.phase !== 'Failed')) {
    return { status: 'succeeded', reason: 'Completed', exitCode: exitCode ?? 0, message: null, ...times };
  }
  if (!terminated) {
    // Failed before the container ran (admission, node shutdown): no exit code to tell.
    const message = [podReason, podMessage].filter(Boolean).join(': ') || 'the pod failed before its container ran';
    return { status: 'failed', reason: 'StartError', exitCode: null, message, ...times };
  }
  const message =
    terminated.message ||
    signalMessage(exitCode) ||
    (terminated.reason && terminated.reason !== 'Error' ? terminated.reason : null);
  return { status: 'failed', reason: 'Error', exitCode, message, ...times };
}

/** The completion index of a pod of an Indexed Job, from the annotation the Job controller sets. */
export function completionIndex(pod: V1Pod): number | null {
  const text =
    pod.metadata?.annotations?.['batch.kubernetes.io/job-completion-index'] ??
    pod.metadata?.labels?.['batch.kubernetes.io/job-completion-index'];
  if (text === undefined || !/^\d+$/.test(text)) return null;
  return Number(text);
}

/**
 * A pod the Job controller deleted because the Job went over its activeDeadlineSeconds ends
 * killed (exit 137 or 143): its reason is the Job's, DeadlineExceeded (`jobFailure`: the Job's
 * FailureTarget or Failed condition).
 */
export function deadlineEnd(pod: V1Pod, end: PodEnd, jobFailure?: { reason?: string; message?: string }): PodEnd {
  if (end.status !== 'failed' || jobFailure?.reason !== 'DeadlineExceeded' || !pod.metadata?.deletionTimestamp)
    return end;
  return {
    ...end,
    reason: 'DeadlineExceeded',
    message: jobFailure.message ?? 'the Job went over its activeDeadlineSeconds',
  };
}
