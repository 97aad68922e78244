import { createRequire as __pinshipCreateRequire } from 'node:module'; import { fileURLToPath as __pinshipFileURLToPath } from 'node:url'; import { dirname as __pinshipDirname } from 'node:path'; const require = __pinshipCreateRequire(import.meta.url); const __filename = __pinshipFileURLToPath(import.meta.url); const __dirname = __pinshipDirname(__filename);
import {
  CREATED_LABEL,
  CREATED_VALUE,
  KubernetesObjectApi,
  ObjectCoreV1Api,
  WatchedList,
  isConflict,
  isForbidden,
  isNotFound,
  kubeError,
  kubeErrorText,
  loadClusterAccess
} from "./chunk-DUGKWIYY.js";
import {
  PinshipError
} from "./chunk-SI2EDPFI.js";

// src/kube/delete-created.ts
var COLLECTIONS = [
  { apiVersion: "batch/v1", kind: "Job", plural: "jobs", resource: "jobs.batch" },
  { apiVersion: "apps/v1", kind: "Deployment", plural: "deployments", resource: "deployments.apps" },
  { apiVersion: "v1", kind: "Service", plural: "services", resource: "services" },
  { apiVersion: "v1", kind: "ConfigMap", plural: "configmaps", resource: "configmaps" },
  {
    apiVersion: "v1",
    kind: "PersistentVolumeClaim",
    plural: "persistentvolumeclaims",
    resource: "persistentvolumeclaims"
  },
  { apiVersion: "v1", kind: "ServiceAccount", plural: "serviceaccounts", resource: "serviceaccounts" },
  { apiVersion: "v1", kind: "Pod", plural: "pods", resource: "pods" }
];
var SELECTOR = `${CREATED_LABEL}=${CREATED_VALUE}`;
function watch(config, c, namespace, options, log) {
  const api = KubernetesObjectApi.makeApiClient(config);
  const prefix = c.apiVersion === "v1" ? "/api/v1" : `/apis/${c.apiVersion}`;
  return new WatchedList(config, {
    path: namespace ? `${prefix}/namespaces/${namespace}/${c.plural}` : `${prefix}/${c.plural}`,
    ...options,
    list: (page) => api.list(
      c.apiVersion,
      c.kind,
      namespace,
      void 0,
      void 0,
      void 0,
      options.fieldSelector,
      options.labelSelector,
      page.limit,
      page.continue
    ),
    request: { resource: c.resource, namespace },
    log
  });
}
async function deleteForeground(api, c, name, namespace) {
  try {
    await api.delete(
      { apiVersion: c.apiVersion, kind: c.kind, metadata: { name, namespace } },
      void 0,
      void 0,
      void 0,
      void 0,
      "Foreground"
    );
    return true;
  } catch (err) {
    if (isNotFound(err)) return false;
    throw kubeError({ verb: "delete", resource: c.resource, namespace, name }, err);
  }
}
async function deleteCreatedObjects(config, namespace, log, signal) {
  const api = KubernetesObjectApi.makeApiClient(config);
  const deleted = [];
  for (const c of COLLECTIONS) {
    const list = watch(config, c, namespace, { labelSelector: SELECTOR }, log);
    try {
      await list.start();
      for (const object of list.items()) {
        const name = object.metadata.name;
        await deleteForeground(api, c, name, namespace);
        deleted.push(`${c.kind.toLowerCase()}/${name}`);
      }
      await list.waitFor(() => list.items().length === 0, signal);
    } finally {
      await list.stop();
    }
  }
  if (deleted.length) log.info(`deleted in namespace ${namespace}: ${deleted.join(", ")}`);
  return deleted;
}
async function deleteNamespace(config, name, log, signal) {
  const api = KubernetesObjectApi.makeApiClient(config);
  const c = { apiVersion: "v1", kind: "Namespace", plural: "namespaces", resource: "namespaces" };
  if (!await deleteForeground(api, c, name)) return;
  log.info(`namespace/${name}: deleting (foreground), waiting until it is gone`);
  const list = watch(config, c, void 0, { fieldSelector: `metadata.name=${name}` }, log);
  try {
    await list.start();
    await list.waitFor(() => list.items().length === 0, signal);
  } finally {
    await list.stop();
  }
  log.info(`namespace/${name} deleted`);
}

// src/kube/run-namespace.ts
import { createHash } from "node:crypto";
var PULL_REQUEST_LABEL = "pinship.dev/pull-request";
var REPOSITORY_LABEL = "pinship.dev/repository";
var SOURCE_COMMIT_LABEL = "pinship.dev/source-commit";
var EXPIRES_LABEL = "pinship.dev/expires";
var REPOSITORY_ANNOTATION = "pinship.dev/repository";
function checkNamespaceName(name, field) {
  if (!/^[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?$/.test(name)) {
    throw new PinshipError(`${JSON.stringify(name)} is not a namespace name`, {
      field,
      hint: "lower-case letters, digits and -, at most 63, starting and ending with a letter or digit"
    });
  }
  return name;
}
function repositoryLabel(repository) {
  const dotted = repository.replace("/", ".");
  if (/^[A-Za-z0-9]([-A-Za-z0-9_.]{0,61}[A-Za-z0-9])?$/.test(dotted)) return dotted;
  return `sha256-${createHash("sha256").update(repository).digest("hex").slice(0, 40)}`;
}
function namespaceLabels(owner, nowMs = Date.now()) {
  const labels = {
    [CREATED_LABEL]: CREATED_VALUE,
    [EXPIRES_LABEL]: String(Math.floor(nowMs / 1e3) + owner.ttlSeconds)
  };
  if (owner.pullRequest !== void 0) labels[PULL_REQUEST_LABEL] = String(owner.pullRequest);
  if (owner.repository) labels[REPOSITORY_LABEL] = repositoryLabel(owner.repository);
  if (owner.sourceCommit && /^[0-9a-f]{7,63}$/.test(owner.sourceCommit))
    labels[SOURCE_COMMIT_LABEL] = owner.sourceCommit;
  return labels;
}
async function ensureNamespace(config, name, owner, log) {
  const core = config.makeApiClient(ObjectCoreV1Api);
  try {
    await core.readNamespace({ name });
    return false;
  } catch (err) {
    if (isForbidden(err)) return false;
    if (!isNotFound(err)) throw kubeError({ verb: "get", resource: "namespaces", name }, err);
  }
  const body = {
    metadata: {
      name,
      labels: namespaceLabels(owner),
      annotations: owner.repository ? { [REPOSITORY_ANNOTATION]: owner.repository } : {}
    }
  };
  try {
    await core.createNamespace({ body });
  } catch (err) {
    if (isConflict(err)) return false;
    throw kubeError({ verb: "create", resource: "namespaces", name }, err);
  }
  log.info(`namespace/${name} created (labelled ${CREATED_LABEL}=${CREATED_VALUE}; cleanup deletes it)`);
  return true;
}
async function isPinshipNamespace(config, name) {
  try {
    const ns = await config.makeApiClient(ObjectCoreV1Api).readNamespace({ name });
    return ns.metadata?.labels?.[CREATED_LABEL] === CREATED_VALUE;
  } catch (err) {
    if (isNotFound(err)) return "missing";
    if (isForbidden(err)) return false;
    throw kubeError({ verb: "get", resource: "namespaces", name }, err);
  }
}
async function listPinshipNamespaces(config, selector) {
  const labelSelector = Object.entries({ [CREATED_LABEL]: CREATED_VALUE, ...selector }).map(([k, v]) => `${k}=${v}`).join(",");
  try {
    return (await config.makeApiClient(ObjectCoreV1Api).listNamespace({ labelSelector })).items;
  } catch (err) {
    throw kubeError({ verb: "list", resource: "namespaces" }, err);
  }
}
function isExpired(ns, nowMs = Date.now()) {
  const expires = Number(ns.metadata?.labels?.[EXPIRES_LABEL]);
  return Number.isFinite(expires) && expires * 1e3 < nowMs;
}

// src/run/kube/cleanup.ts
async function cleanup(options) {
  const env = options.processEnv ?? process.env;
  const { config } = loadClusterAccess({ kubeconfig: options.kubeconfig, context: options.context, env });
  const result = { namespaces: [], objects: [] };
  if (options.namespace) await cleanNamespace(config, options.namespace, result, options);
  if (options.pullRequest !== void 0) {
    const repository = options.repository ?? env.GITHUB_REPOSITORY;
    const selector = { [PULL_REQUEST_LABEL]: String(options.pullRequest) };
    if (repository) selector[REPOSITORY_LABEL] = repositoryLabel(repository);
    for (const ns of await listPinshipNamespaces(config, selector)) {
      await deleteNamespace(config, ns.metadata.name, options.log, options.signal);
      result.namespaces.push(ns.metadata.name);
    }
  }
  result.namespaces.push(...await removeExpired(config, options.log, options.signal));
  return result;
}
async function cleanNamespace(config, name, result, options) {
  const mine = await isPinshipNamespace(config, name);
  if (mine === "missing") {
    options.log.info(`namespace/${name} does not exist: nothing to clean`);
  } else if (mine) {
    await deleteNamespace(config, name, options.log, options.signal);
    result.namespaces.push(name);
  } else {
    const deleted = await deleteCreatedObjects(config, name, options.log, options.signal);
    result.objects.push(...deleted.map((d) => `${name}/${d}`));
  }
}
async function removeExpired(config, log, signal) {
  let namespaces;
  try {
    namespaces = await listPinshipNamespaces(config, {});
  } catch (err) {
    if (!isForbidden(err.cause)) throw err;
    log.debug(`not looking for expired namespaces: ${kubeErrorText(err.cause)}`);
    return [];
  }
  const removed = [];
  for (const ns of namespaces.filter((n) => isExpired(n))) {
    log.info(`namespace/${ns.metadata.name}: its TTL passed; deleting it`);
    await deleteNamespace(config, ns.metadata.name, log, signal);
    removed.push(ns.metadata.name);
  }
  return removed;
}

export {
  checkNamespaceName,
  ensureNamespace,
  cleanup,
  removeExpired
};
