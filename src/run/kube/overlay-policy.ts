import { PinshipError } from '../../errors.js';
import type { KubeObject } from '../../kube/render.js';

/**
 * The kinds an overlay may create by default, all namespaced: what a Job or a Deployment runs
 * with. Secret is left out on purpose: an overlay a pull request controls could create a
 * `kubernetes.io/service-account-token` Secret and mint a token for any ServiceAccount of the
 * namespace. Roles, bindings and every cluster-scoped kind are left out for the same reason.
 */
export const DEFAULT_KINDS: readonly string[] = [
  'batch/Job',
  'apps/Deployment',
  'Service',
  'ConfigMap',
  'PersistentVolumeClaim',
  'ServiceAccount',
];

/** `batch/Job` for group batch, `Service` for the core group: how kinds are written in DEFAULT_KINDS. */
function groupKind(object: KubeObject): string {
  const slash = object.apiVersion.indexOf('/');
  return slash === -1 ? object.kind : `${object.apiVersion.slice(0, slash)}/${object.kind}`;
}

/** `kind/namespace/name`, or `kind/name` without a namespace: how refused objects are named. */
export function objectName(object: KubeObject): string {
  const { namespace, name } = object.metadata;
  return namespace ? `${object.kind}/${namespace}/${name}` : `${object.kind}/${name}`;
}

/**
 * Refuses, before anything is applied, every object the overlay may not create: a kind outside
 * DEFAULT_KINDS and `allowKinds` (matched by kind, `Secret`, or group and kind, `rbac.authorization.k8s.io/Role`),
 * an object in another namespace than the run's, and any Namespace but the run's own.
 */
export function checkOverlayObjects(
  objects: KubeObject[],
  options: { namespace: string; allowKinds: readonly string[]; dir: string },
): void {
  const allowed = { defaults: new Set(DEFAULT_KINDS), given: new Set(options.allowKinds) };
  const refused: string[] = [];
  for (const object of objects) {
    const why = refusal(object, options.namespace, allowed);
    if (why) refused.push(`${objectName(object)} (${why})`);
  }
  if (refused.length === 0) return;
  throw new PinshipError(`the overlay holds what a run may not create: ${refused.join(', ')}; nothing was applied`, {
    file: options.dir,
    field: 'overlay',
    hint:
      `a run creates ${DEFAULT_KINDS.join(', ')} in its namespace ${options.namespace} and that Namespace; ` +
      'remove the others, or widen the set on purpose with --allow-kind KIND',
  });
}

/**
 * A default kind matches only in its own group (a custom `evil.io/Service` is not a Service); a
 * kind given by name alone (`--allow-kind Secret`) matches it in any group, as the user asked.
 */
function kindAllowed(object: KubeObject, allowed: { defaults: Set<string>; given: Set<string> }): boolean {
  const kind = groupKind(object);
  return allowed.defaults.has(kind) || allowed.given.has(kind) || allowed.given.has(object.kind);
}

function refusal(
  object: KubeObject,
  namespace: string,
  allowed: { defaults: Set<string>; given: Set<string> },
): string | undefined {
  if (object.kind === 'Namespace' && object.apiVersion === 'v1') {
    return object.metadata.name === namespace ? undefined : `not the run's namespace ${namespace}`;
  }
  if (!kindAllowed(object, allowed)) return 'kind not allowed';
  const named = object.metadata.namespace;
  if (named && named !== namespace) return `not in the run's namespace ${namespace}`;
  return undefined;
}
