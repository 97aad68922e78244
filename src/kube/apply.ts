import { isDeepStrictEqual } from 'node:util';
import { KubernetesObjectApi, PatchStrategy, type KubernetesObject, type KubeConfig } from '@kubernetes/client-node';
import { PinshipError } from '../errors.js';
import type { Logger } from '../log/logger.js';
import { apiStatus, isMissingNamespace, isNotFound, kubeError, namespaceMissing, statusCode } from './api-error.js';
import { jobChange, withTemplateHash } from './job-template.js';
import type { KubeObject } from './render.js';
import { WatchedList } from './watched-list.js';

/** The field manager of every apply: `kubectl get -o yaml --show-managed-fields` shows pinship's fields. */
export const FIELD_MANAGER = 'pinship';

/** On every object pinship's apply created (and kept on those it owns): what cleanup may delete. */
export const CREATED_LABEL = 'pinship.dev/created-by';
export const CREATED_VALUE = 'pinship';

export type ApplyAction = 'created' | 'configured' | 'unchanged' | 'replaced' | 'skipped';

export interface AppliedObject {
  kind: string;
  name: string;
  namespace: string | undefined;
  action: ApplyAction;
  /** The object as the API server returned it. */
  object: KubernetesObject;
}

export interface ApplyOptions {
  /** Namespace of objects that name none (and are namespaced). */
  namespace: string;
  log: Logger;
  /** Checked between objects: an apply in flight is finished, the next one not started. */
  signal?: AbortSignal;
  /** Replace every Job that exists, changed or not, so that it runs again (`run --rerun`). */
  rerunJobs?: boolean;
}

/** The objects applied so far when an apply was stopped or failed. */
export class ApplyStopped extends PinshipError {
  constructor(
    message: string,
    readonly applied: AppliedObject[],
    cause?: unknown,
  ) {
    // The cause's hint (how to fix a 403, a missing namespace) stays with the wrapped message.
    super(message, { cause, hint: cause instanceof PinshipError ? cause.hint : undefined });
  }
}

/**
 * Server-side applies each object under the `pinship` field manager (force: pinship owns what
 * the overlay says). A Job whose pod template changed cannot be updated (the template is
 * immutable), so it is deleted with foreground propagation, waited for until gone, and created;
 * a Job whose template did not change is left alone. With `rerunJobs`, every existing Job is
 * replaced, so that it runs again.
 */
export async function applyObjects(
  config: KubeConfig,
  objects: KubeObject[],
  options: ApplyOptions,
): Promise<AppliedObject[]> {
  const api = KubernetesObjectApi.makeApiClient(config);
  (api as unknown as { defaultNamespace: string }).defaultNamespace = options.namespace;
  const existing: (KubernetesObject | undefined)[] = [];
  for (const object of objects) existing.push(await read(api, object));
  refuseForeign(objects, existing);
  const applied: AppliedObject[] = [];
  for (const [i, object] of objects.entries()) {
    if (options.signal?.aborted) {
      throw new ApplyStopped(
        `stopped before applying ${describe(object)} (${applied.length} of ${objects.length} applied)`,
        applied,
      );
    }
    try {
      applied.push(await applyOne(api, config, object, existing[i], options));
    } catch (err) {
      const cause =
        err instanceof PinshipError
          ? err
          : isMissingNamespace(err)
            ? namespaceMissing(object.metadata.namespace ?? options.namespace, err)
            : kubeError({ verb: 'patch', resource: object.kind, name: object.metadata.name }, err);
      throw new ApplyStopped(`applying ${describe(object)}: ${cause.message}`, applied, cause);
    }
  }
  return applied;
}

/** Whether pinship made the object: its label, or (objects applied before the label) pinship's apply fields. */
export function isPinships(object: KubernetesObject): boolean {
  if (object.metadata?.labels?.[CREATED_LABEL] === CREATED_VALUE) return true;
  return (object.metadata?.managedFields ?? []).some((f) => f.manager === FIELD_MANAGER && f.operation === 'Apply');
}

/** The field managers of an object other than pinship and the controllers writing its status. */
function otherManagers(object: KubernetesObject): string[] {
  const managers = (object.metadata?.managedFields ?? [])
    .filter((f) => f.manager && f.manager !== FIELD_MANAGER && f.subresource !== 'status')
    .map((f) => f.manager!);
  return [...new Set(managers)];
}

/**
 * A same-named Job or Deployment pinship did not create is never taken over by a forced apply
 * (nor replaced): the run stops before anything is applied and names it and who manages it.
 */
function refuseForeign(objects: KubeObject[], existing: (KubernetesObject | undefined)[]): void {
  const foreign = objects.flatMap((object, i) => {
    const found = existing[i];
    if (!found || !['Job', 'Deployment'].includes(object.kind) || isPinships(found)) return [];
    const managers = otherManagers(found);
    return [
      `${object.kind}/${found.metadata?.namespace}/${object.metadata.name} ` +
        `(field manager ${managers.join(', ') || 'unknown'})`,
    ];
  });
  if (foreign.length === 0) return;
  throw new PinshipError(`not created by pinship, left alone: ${foreign.join(', ')}; nothing was applied`, {
    field: 'overlay',
    hint: 'rename the object in the overlay, or delete the existing one if it may go',
  });
}

async function applyOne(
  api: KubernetesObjectApi,
  config: KubeConfig,
  rendered: KubeObject,
  existing: KubernetesObject | undefined,
  options: ApplyOptions,
): Promise<AppliedObject> {
  const isJob = rendered.kind === 'Job' && rendered.apiVersion === 'batch/v1';
  // A Namespace that was there before (made by an administrator) keeps its labels: not applied.
  if (rendered.kind === 'Namespace' && existing && !isPinships(existing)) {
    options.log.info(`${describe(rendered)} exists and is not pinship's: not applied`);
    return {
      kind: rendered.kind,
      name: rendered.metadata.name,
      namespace: undefined,
      action: 'skipped',
      object: existing,
    };
  }
  const desired = !existing || isPinships(existing) ? labelled(rendered) : rendered;
  const body = isJob ? withTemplateHash(desired) : desired;
  const jobStep = isJob && existing ? await replaceJobIfNeeded(api, config, desired, body, existing, options) : 'apply';
  // Left alone: not even re-applied, so nothing about it changes (its pods, its status, its owner).
  if (jobStep === 'unchanged') {
    return {
      kind: desired.kind,
      name: desired.metadata.name,
      namespace: existing?.metadata?.namespace,
      action: 'unchanged',
      object: existing!,
    };
  }
  const replaced = jobStep === 'replaced';
  const result = await api.patch(clone(body), undefined, undefined, FIELD_MANAGER, true, PatchStrategy.ServerSideApply);
  const action: ApplyAction = replaced
    ? 'replaced'
    : !existing
      ? 'created'
      : applyChanged(existing, result)
        ? 'configured'
        : 'unchanged';
  options.log.info(`${describe(desired)} ${action}`);
  return {
    kind: desired.kind,
    name: desired.metadata.name,
    namespace: result.metadata?.namespace,
    action,
    object: result,
  };
}

/**
 * An existing Job is left alone when unchanged, and deleted (watched until gone) when its pod
 * template changed or a rerun was asked for: a Job's template cannot be changed in place.
 */
async function replaceJobIfNeeded(
  api: KubernetesObjectApi,
  config: KubeConfig,
  desired: KubeObject,
  body: KubeObject,
  existing: KubernetesObject,
  options: ApplyOptions,
): Promise<'unchanged' | 'replaced' | 'apply'> {
  const change = options.rerunJobs ? 'rerun' : jobChange(desired, existing as never);
  if (change === 'unchanged') {
    options.log.info(`${describe(desired)} unchanged`);
    return 'unchanged';
  }
  const mustReplace =
    change === 'rerun' ||
    change === 'template-changed' ||
    (change === 'unknown' && (await applyWouldBeRefused(api, body)));
  if (!mustReplace) return 'apply';
  const why = change === 'rerun' ? 'asked to run it again' : 'its pod template changed';
  options.log.info(`${describe(desired)}: ${why}; replacing it (foreground delete, then create)`);
  await deleteAndWait(api, config, existing, options);
  return 'replaced';
}

function labelled(object: KubeObject): KubeObject {
  const labels = { ...((object.metadata.labels as Record<string, string> | undefined) ?? {}) };
  labels[CREATED_LABEL] = CREATED_VALUE;
  return { ...object, metadata: { ...object.metadata, labels } };
}

async function read(api: KubernetesObjectApi, object: KubeObject): Promise<KubernetesObject | undefined> {
  try {
    return await api.read(clone(object) as never);
  } catch (err) {
    if (isNotFound(err)) return undefined;
    throw kubeError({ verb: 'get', resource: object.kind, name: object.metadata.name }, err);
  }
}

/** A dry-run apply answered 422 Invalid (`field is immutable`): the Job must be replaced. */
async function applyWouldBeRefused(api: KubernetesObjectApi, body: KubeObject): Promise<boolean> {
  try {
    await api.patch(clone(body), undefined, 'All', FIELD_MANAGER, true, PatchStrategy.ServerSideApply);
    return false;
  } catch (err) {
    if (statusCode(err) === 422 && /immutable/i.test(apiStatus(err)?.message ?? '')) return true;
    throw err;
  }
}

/** Deletes with foreground propagation (its pods first) and waits, by watching, until it is gone. */
async function deleteAndWait(
  api: KubernetesObjectApi,
  config: KubeConfig,
  existing: KubernetesObject,
  options: ApplyOptions,
) {
  const name = existing.metadata!.name!;
  const namespace = existing.metadata!.namespace!;
  try {
    await api.delete(existing, undefined, undefined, undefined, undefined, 'Foreground');
  } catch (err) {
    if (!isNotFound(err)) throw kubeError({ verb: 'delete', resource: 'jobs.batch', namespace, name }, err);
  }
  const jobs = new WatchedList<KubernetesObject>(config, {
    path: `/apis/batch/v1/namespaces/${namespace}/jobs`,
    fieldSelector: `metadata.name=${name}`,
    list: (page) =>
      api.list(
        'batch/v1',
        'Job',
        namespace,
        undefined,
        undefined,
        undefined,
        `metadata.name=${name}`,
        undefined,
        page.limit,
        page.continue,
      ),
    request: { resource: 'jobs.batch', namespace },
    log: options.log,
  });
  try {
    await jobs.start();
    // The same name could come back under a new uid (someone else re-created it): that one is not ours to wait for.
    await jobs.waitFor(() => !jobs.items().some((j) => j.metadata?.uid === existing.metadata?.uid), options.signal);
  } finally {
    await jobs.stop();
  }
}

/** The library fills in defaults (namespace, apiVersion) on the object it is given: give it a copy. */
function clone(object: KubeObject): KubeObject {
  return structuredClone(object);
}

function describe(object: KubeObject): string {
  return `${object.kind.toLowerCase()}/${object.metadata.name}`;
}

/**
 * Whether an apply changed the object. The controllers' status writes between the read and the
 * apply move its resourceVersion too (a Deployment settling after its rollout): an object that
 * has a generation changed only when that (its spec), its labels or its annotations moved.
 */
function applyChanged(existing: KubernetesObject, result: KubernetesObject): boolean {
  const before = existing.metadata;
  const after = result.metadata;
  if (before?.resourceVersion === after?.resourceVersion) return false;
  if (before?.generation === undefined) return true;
  return (
    before.generation !== after?.generation ||
    !isDeepStrictEqual(before.labels ?? {}, after?.labels ?? {}) ||
    !isDeepStrictEqual(before.annotations ?? {}, after?.annotations ?? {})
  );
}
