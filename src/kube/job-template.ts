import { createHash } from 'node:crypto';
import type { KubeObject } from './render.js';

/** Annotation pinship puts on every Job it applies: the sha256 of the Job's pod template as rendered. */
export const TEMPLATE_HASH_ANNOTATION = 'pinship.dev/pod-template-sha256';
/** And the sha256 of the whole Job as rendered: equal means there is nothing to apply. */
export const OBJECT_HASH_ANNOTATION = 'pinship.dev/rendered-sha256';

/**
 * The sha256 of a Job's pod template as the overlay renders it, keys sorted. A Job's template
 * is immutable, so a new digest means a new Job; comparing what was rendered (not what the API
 * server defaulted) makes "changed" mean "the overlay changed".
 */
export function templateHash(job: KubeObject): string {
  const template = (job.spec as { template?: unknown } | undefined)?.template ?? null;
  return createHash('sha256').update(canonicalJson(template)).digest('hex');
}

/** JSON with object keys sorted at every level, so equal values hash equally. */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

/** The Job with the hash annotations added (a copy). */
export function withTemplateHash(job: KubeObject): KubeObject {
  const annotations = { ...((job.metadata.annotations as Record<string, string> | undefined) ?? {}) };
  annotations[TEMPLATE_HASH_ANNOTATION] = templateHash(job);
  annotations[OBJECT_HASH_ANNOTATION] = createHash('sha256').update(canonicalJson(job)).digest('hex');
  return { ...job, metadata: { ...job.metadata, annotations } };
}

/**
 * `unchanged`: the overlay renders the Job exactly as last applied (nothing to do);
 * `configured`: only fields outside the pod template changed (an apply updates it in place).
 */
export type JobChange = 'new' | 'unchanged' | 'configured' | 'template-changed' | 'unknown';

/**
 * How a rendered Job compares with the one in the cluster: `unknown` when the cluster's Job was
 * not applied by pinship (no hash): a dry-run apply then tells whether the template differs.
 */
export function jobChange(
  desired: KubeObject,
  existing: { metadata?: { annotations?: Record<string, string> } } | undefined,
): JobChange {
  if (!existing) return 'new';
  const hash = existing.metadata?.annotations?.[TEMPLATE_HASH_ANNOTATION];
  if (!hash) return 'unknown';
  if (hash !== templateHash(desired)) return 'template-changed';
  const applied = withTemplateHash(desired).metadata.annotations as Record<string, string>;
  return existing.metadata?.annotations?.[OBJECT_HASH_ANNOTATION] === applied[OBJECT_HASH_ANNOTATION]
    ? 'unchanged'
    : 'configured';
}
