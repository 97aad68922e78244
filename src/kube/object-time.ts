/**
 * A timestamp of a Kubernetes object as an ISO string. Objects from the generated APIs carry
 * Date instances, those from a watch carry the API server's RFC 3339 strings: accept both.
 */
export function isoTime(value: unknown): string | null {
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? null : value.toISOString();
  if (typeof value !== 'string' || !value) return null;
  const ms = Date.parse(value);
  return Number.isNaN(ms) ? null : new Date(ms).toISOString();
}

/** Milliseconds since the epoch, or null. */
export function timeMs(value: unknown): number | null {
  const iso = isoTime(value);
  return iso === null ? null : Date.parse(iso);
}
