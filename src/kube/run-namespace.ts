import { createHash } from 'node:crypto';
import { CoreV1Api, type KubeConfig, type V1Namespace } from '@kubernetes/client-node';
import { PinshipError } from '../errors.js';
import type { Logger } from '../log/logger.js';
import { isConflict, isForbidden, isNotFound, kubeError } from './api-error.js';
import { CREATED_LABEL, CREATED_VALUE } from './apply.js';

export const PULL_REQUEST_LABEL = 'pinship.dev/pull-request';
export const REPOSITORY_LABEL = 'pinship.dev/repository';
export const SOURCE_COMMIT_LABEL = 'pinship.dev/source-commit';
/** Unix seconds after which a later run or cleanup deletes the namespace (its pull request is likely gone). */
export const EXPIRES_LABEL = 'pinship.dev/expires';
/** The repository as written (`owner/name`): label values cannot hold a `/`. */
export const REPOSITORY_ANNOTATION = 'pinship.dev/repository';

/** Who a namespace is for: written as its labels when pinship creates it. */
export interface NamespaceOwner {
  pullRequest?: number;
  /** `owner/name`. */
  repository?: string;
  sourceCommit?: string;
  ttlSeconds: number;
}

/** A namespace name as Kubernetes takes it (an RFC 1123 label); refused before it reaches a kustomization. */
export function checkNamespaceName(name: string, field: string): string {
  if (!/^[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?$/.test(name)) {
    throw new PinshipError(`${JSON.stringify(name)} is not a namespace name`, {
      field,
      hint: 'lower-case letters, digits and -, at most 63, starting and ending with a letter or digit',
    });
  }
  return name;
}

/** `owner.name`, or a hash of it when that is no label value (too long). */
export function repositoryLabel(repository: string): string {
  const dotted = repository.replace('/', '.');
  if (/^[A-Za-z0-9]([-A-Za-z0-9_.]{0,61}[A-Za-z0-9])?$/.test(dotted)) return dotted;
  return `sha256-${createHash('sha256').update(repository).digest('hex').slice(0, 40)}`;
}

export function namespaceLabels(owner: NamespaceOwner, nowMs = Date.now()): Record<string, string> {
  const labels: Record<string, string> = {
    [CREATED_LABEL]: CREATED_VALUE,
    [EXPIRES_LABEL]: String(Math.floor(nowMs / 1000) + owner.ttlSeconds),
  };
  if (owner.pullRequest !== undefined) labels[PULL_REQUEST_LABEL] = String(owner.pullRequest);
  if (owner.repository) labels[REPOSITORY_LABEL] = repositoryLabel(owner.repository);
  if (owner.sourceCommit && /^[0-9a-f]{7,63}$/.test(owner.sourceCommit))
    labels[SOURCE_COMMIT_LABEL] = owner.sourceCommit;
  return labels;
}

/**
 * Creates the run's namespace when it is missing, labelled as pinship's (so cleanup may delete
 * it); an existing one is used as it is. Returns whether pinship created it now.
 */
export async function ensureNamespace(
  config: KubeConfig,
  name: string,
  owner: NamespaceOwner,
  log: Logger,
): Promise<boolean> {
  const core = config.makeApiClient(CoreV1Api);
  try {
    await core.readNamespace({ name });
    return false;
  } catch (err) {
    // A Role (namespaced) cannot read its own namespace: it exists, or the apply will say so.
    if (isForbidden(err)) return false;
    if (!isNotFound(err)) throw kubeError({ verb: 'get', resource: 'namespaces', name }, err);
  }
  const body: V1Namespace = {
    metadata: {
      name,
      labels: namespaceLabels(owner),
      annotations: owner.repository ? { [REPOSITORY_ANNOTATION]: owner.repository } : {},
    },
  };
  try {
    await core.createNamespace({ body });
  } catch (err) {
    if (isConflict(err)) return false;
    throw kubeError({ verb: 'create', resource: 'namespaces', name }, err);
  }
  log.info(`namespace/${name} created (labelled ${CREATED_LABEL}=${CREATED_VALUE}; cleanup deletes it)`);
  return true;
}

/** Whether pinship created the namespace (its label); false when it is gone or cannot be read. */
export async function isPinshipNamespace(config: KubeConfig, name: string): Promise<boolean | 'missing'> {
  try {
    const ns = await config.makeApiClient(CoreV1Api).readNamespace({ name });
    return ns.metadata?.labels?.[CREATED_LABEL] === CREATED_VALUE;
  } catch (err) {
    if (isNotFound(err)) return 'missing';
    if (isForbidden(err)) return false;
    throw kubeError({ verb: 'get', resource: 'namespaces', name }, err);
  }
}

/** Namespaces pinship created, picked by labels (`pinship.dev/pull-request=12`, say). */
export async function listPinshipNamespaces(
  config: KubeConfig,
  selector: Record<string, string>,
): Promise<V1Namespace[]> {
  const labelSelector = Object.entries({ [CREATED_LABEL]: CREATED_VALUE, ...selector })
    .map(([k, v]) => `${k}=${v}`)
    .join(',');
  try {
    return (await config.makeApiClient(CoreV1Api).listNamespace({ labelSelector })).items;
  } catch (err) {
    throw kubeError({ verb: 'list', resource: 'namespaces' }, err);
  }
}

/** Whether a pinship namespace's TTL label has passed. */
export function isExpired(ns: V1Namespace, nowMs = Date.now()): boolean {
  const expires = Number(ns.metadata?.labels?.[EXPIRES_LABEL]);
  return Number.isFinite(expires) && expires * 1000 < nowMs;
}
