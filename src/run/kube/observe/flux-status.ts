import type { KubernetesObject } from '@kubernetes/client-node';

export const KUSTOMIZE_GROUP = 'kustomize.toolkit.fluxcd.io';
export const SOURCE_GROUP = 'source.toolkit.fluxcd.io';
export const FLUX_VERSION = 'v1';
/** The annotation `flux reconcile` sets: a new value asks the controller to reconcile now. */
export const RECONCILE_ANNOTATION = 'reconcile.fluxcd.io/requestedAt';

export interface FluxCondition {
  type: string;
  status: string;
  reason?: string;
  message?: string;
}

export interface FluxKustomization extends KubernetesObject {
  spec?: { path?: string; sourceRef?: { kind?: string; name?: string; namespace?: string } };
  status?: {
    lastAppliedRevision?: string;
    lastAttemptedRevision?: string;
    conditions?: FluxCondition[];
    inventory?: { entries?: { id: string; v: string }[] };
  };
}

export interface FluxGitRepository extends KubernetesObject {
  spec?: { url?: string };
  status?: { artifact?: { revision?: string }; conditions?: FluxCondition[] };
}

/** Where a Kustomization stands with respect to one commit. */
export type KustomizationState =
  | { kind: 'applied'; revision: string }
  | { kind: 'refused'; message: string }
  /** Still working on it, or on nothing yet. */
  | { kind: 'pending'; detail: string }
  /** Working on, or done with, another commit: older (not fetched yet) or newer (superseded). */
  | { kind: 'other'; commit: string; revision: string };

/** The commit of a Flux revision: `main@sha1:<hex>`, `sha1:<hex>`, or the older `main/<hex>`. */
export function revisionCommit(revision: string | undefined): string | undefined {
  return revision ? /(?:^|[@:/])([0-9a-f]{40,64})$/.exec(revision)?.[1] : undefined;
}

/**
 * The Kustomization against `commit`: applied (lastAppliedRevision is it and Ready=True), refused
 * (its last attempt was that commit and Ready=False: the controller's message says why), busy
 * with another commit, or still pending.
 */
export function kustomizationState(k: FluxKustomization, commit: string): KustomizationState {
  const status = k.status ?? {};
  const ready = status.conditions?.find((c) => c.type === 'Ready');
  // After a failed attempt Flux keeps Reconciling=True with reason ProgressingWithRetry: it will
  // try the same commit again at its interval, which is a refusal of that commit, not progress.
  const reconciling = status.conditions?.some(
    (c) => c.type === 'Reconciling' && c.status === 'True' && c.reason !== 'ProgressingWithRetry',
  );
  const generation = k.metadata?.generation;
  const observed = (status as { observedGeneration?: number }).observedGeneration;
  const current = generation === undefined || observed === generation;
  const attempted = revisionCommit(status.lastAttemptedRevision);
  const applied = revisionCommit(status.lastAppliedRevision);
  if (current && applied === commit && ready?.status === 'True') {
    return { kind: 'applied', revision: status.lastAppliedRevision! };
  }
  if (current && attempted === commit && ready?.status === 'False' && !reconciling) {
    return { kind: 'refused', message: ready.message ?? ready.reason ?? 'Ready=False' };
  }
  if (attempted && attempted !== commit) {
    return { kind: 'other', commit: attempted, revision: status.lastAttemptedRevision! };
  }
  const where = ready ? `Ready=${ready.status}${ready.message ? ` (${ready.message})` : ''}` : 'no Ready condition yet';
  return { kind: 'pending', detail: `last applied ${status.lastAppliedRevision ?? 'nothing'}; ${where}` };
}

/** The object a refusal names (`Job/ns/name dry-run failed ...`), as `job/name`, if any. */
export function refusedObject(message: string): string | undefined {
  const m = /\b([A-Z][A-Za-z]+)\/(?:([a-z0-9.-]+)\/)?([a-z0-9.-]+) (?:dry-run failed|apply failed|failed)/.exec(
    message,
  );
  return m ? `${m[1]!.toLowerCase()}/${m[3]}` : undefined;
}

/** Whether the Kustomization's inventory lists `kind/name` in `namespace` (Flux ids: `ns_name_group_Kind`). */
export function inInventory(k: FluxKustomization, kind: string, group: string, namespace: string, name: string) {
  const id = `${namespace}_${name}_${group}_${kind}`;
  return (k.status?.inventory?.entries ?? []).some((e) => e.id === id);
}

export function objectName(o: KubernetesObject): string {
  return `${o.metadata?.namespace ?? ''}/${o.metadata?.name ?? ''}`;
}
