import type { V1ContainerStatus, V1Pod } from '@kubernetes/client-node';
import { mainContainer } from './pod-state.js';

const INDEX_ANNOTATION = 'batch.kubernetes.io/job-completion-index';

/**
 * Cuts a Job's pod down, in place, to what its attempt is read from (pod-state.ts, JobShards and
 * the usage sampler): name, uid, completion index, deletion, node, restart policy, phase and
 * reason, and the main container's status. A full pod is several kilobytes (managedFields, the
 * whole spec, conditions); a Job of 10,000 indexes keeps all of its pods in the watch cache.
 * name, namespace and resourceVersion stay: the cache is keyed and versioned by them.
 */
export function slimPod(pod: V1Pod, container: string): void {
  const { metadata = {}, spec, status } = pod;
  const index = metadata.annotations?.[INDEX_ANNOTATION] ?? metadata.labels?.[INDEX_ANNOTATION];
  pod.metadata = {
    name: metadata.name,
    namespace: metadata.namespace,
    uid: metadata.uid,
    resourceVersion: metadata.resourceVersion,
    ...(metadata.deletionTimestamp ? { deletionTimestamp: metadata.deletionTimestamp } : {}),
    ...(index === undefined ? {} : { annotations: { [INDEX_ANNOTATION]: index } }),
  };
  const main = status ? mainContainer(pod, container) : undefined;
  pod.spec = {
    restartPolicy: spec?.restartPolicy,
    nodeName: spec?.nodeName,
    containers: (spec?.containers ?? []).filter((c) => c.name === container).map((c) => ({ name: c.name })),
  };
  pod.status = status && {
    phase: status.phase,
    reason: status.reason,
    message: status.message,
    containerStatuses: main ? [slimStatus(main)] : undefined,
  };
}

function slimStatus(status: V1ContainerStatus): V1ContainerStatus {
  return {
    name: status.name,
    imageID: status.imageID,
    image: '',
    ready: status.ready,
    restartCount: status.restartCount,
    state: status.state,
  };
}

/**
 * A pod whose attempt is recorded is not read again: only what the cache needs (name, version)
 * and the phase ("still running" messages) are kept.
 */
export function forgetPod(pod: V1Pod): void {
  const { metadata = {}, status } = pod;
  pod.metadata = {
    name: metadata.name,
    namespace: metadata.namespace,
    uid: metadata.uid,
    resourceVersion: metadata.resourceVersion,
  };
  pod.spec = undefined;
  pod.status = status?.phase ? { phase: status.phase } : undefined;
}
