import { createRequire as __pinshipCreateRequire } from 'node:module'; import { fileURLToPath as __pinshipFileURLToPath } from 'node:url'; import { dirname as __pinshipDirname } from 'node:path'; const require = __pinshipCreateRequire(import.meta.url); const __filename = __pinshipFileURLToPath(import.meta.url); const __dirname = __pinshipDirname(__filename);
import {
  overlayAccess,
  planOverlay,
  recordOverlayRun,
  renderOverlay
} from "./chunk-B7IFOQE7.js";
import {
  ObjectAppsV1Api,
  ObjectBatchV1Api,
  ObjectCustomObjectsApi,
  PatchStrategy,
  WatchedList,
  isNotFound,
  kubeError,
  seedOf,
  setHeaderOptions
} from "./chunk-DUGKWIYY.js";
import {
  newRunId,
  sourceFrom
} from "./chunk-G47E5S6C.js";
import "./chunk-AJHGJJON.js";
import "./chunk-V4YVO7GE.js";
import "./chunk-3RNY2SU5.js";
import "./chunk-R5EDXYIK.js";
import "./chunk-A7J7SWZT.js";
import "./chunk-Y544KSEM.js";
import {
  sourceUrl
} from "./chunk-GEIO5JER.js";
import "./chunk-ENTH7TMH.js";
import "./chunk-YZGLF4LN.js";
import "./chunk-ER27BKIH.js";
import "./chunk-6U5DZSTP.js";
import {
  git,
  gitSucceeds
} from "./chunk-7MXVX47H.js";
import "./chunk-XFI7XXBZ.js";
import {
  PinshipError
} from "./chunk-SI2EDPFI.js";
import "./chunk-XDLBQ6T7.js";

// src/run/kube/observe/observe-overlay.ts
import { realpathSync } from "node:fs";
import { resolve } from "node:path";

// src/run/kube/observe/flux-status.ts
var KUSTOMIZE_GROUP = "kustomize.toolkit.fluxcd.io";
var SOURCE_GROUP = "source.toolkit.fluxcd.io";
var FLUX_VERSION = "v1";
var RECONCILE_ANNOTATION = "reconcile.fluxcd.io/requestedAt";
function revisionCommit(revision) {
  return revision ? /(?:^|[@:/])([0-9a-f]{40,64})$/.exec(revision)?.[1] : void 0;
}
function kustomizationState(k, commit) {
  const status = k.status ?? {};
  const ready = status.conditions?.find((c) => c.type === "Ready");
  const reconciling = status.conditions?.some(
    (c) => c.type === "Reconciling" && c.status === "True" && c.reason !== "ProgressingWithRetry"
  );
  const generation = k.metadata?.generation;
  const observed = status.observedGeneration;
  const current = generation === void 0 || observed === generation;
  const attempted = revisionCommit(status.lastAttemptedRevision);
  const applied = revisionCommit(status.lastAppliedRevision);
  if (current && applied === commit && ready?.status === "True") {
    return { kind: "applied", revision: status.lastAppliedRevision };
  }
  if (current && attempted === commit && ready?.status === "False" && !reconciling) {
    return { kind: "refused", message: ready.message ?? ready.reason ?? "Ready=False" };
  }
  if (attempted && attempted !== commit) {
    return { kind: "other", commit: attempted, revision: status.lastAttemptedRevision };
  }
  const where = ready ? `Ready=${ready.status}${ready.message ? ` (${ready.message})` : ""}` : "no Ready condition yet";
  return { kind: "pending", detail: `last applied ${status.lastAppliedRevision ?? "nothing"}; ${where}` };
}
function refusedObject(message) {
  const m = /\b([A-Z][A-Za-z]+)\/(?:([a-z0-9.-]+)\/)?([a-z0-9.-]+) (?:dry-run failed|apply failed|failed)/.exec(
    message
  );
  return m ? `${m[1].toLowerCase()}/${m[3]}` : void 0;
}
function inInventory(k, kind, group, namespace, name) {
  const id = `${namespace}_${name}_${group}_${kind}`;
  return (k.status?.inventory?.entries ?? []).some((e) => e.id === id);
}
function objectName(o) {
  return `${o.metadata?.namespace ?? ""}/${o.metadata?.name ?? ""}`;
}

// src/run/kube/observe/gitops-site.ts
import { relative } from "node:path";
async function locateOverlay(dir, revision = "HEAD") {
  const root = await git(dir, ["rev-parse", "--show-toplevel"]).catch((err) => {
    throw new PinshipError("--observe needs the overlay in a clone of the GitOps repository the controller reads", {
      file: dir,
      field: "--overlay",
      cause: err
    });
  });
  const top = root.trim();
  const commit = await git(top, ["rev-parse", "--verify", "--quiet", `${revision}^{commit}`]).catch(() => {
    throw new PinshipError(`${revision} is not a commit of ${top}`, {
      field: "--revision",
      hint: "the GitOps commit to observe (what pin pushed); default: HEAD of the overlay's clone"
    });
  });
  const origin = await git(top, ["remote", "get-url", "origin"]).catch(() => "");
  const head = await git(top, ["rev-parse", "HEAD"]);
  return {
    root: top,
    path: normalizePath(relative(top, dir)),
    url: origin.trim() ? sourceUrl(origin.trim()) : void 0,
    commit: commit.trim(),
    head: head.trim()
  };
}
function normalizePath(path) {
  return (path ?? "").replace(/\\/g, "/").replace(/^(\.\/)+/, "").replace(/^\.$/, "").replace(/\/+$/, "");
}
async function isOlder(site, other) {
  const known = () => gitSucceeds(site.root, ["cat-file", "-e", `${other}^{commit}`]);
  if (!await known()) await gitSucceeds(site.root, ["fetch", "--quiet", "--no-tags", "origin", other]);
  if (!await known()) return false;
  return gitSucceeds(site.root, ["merge-base", "--is-ancestor", other, site.commit]);
}

// src/run/kube/observe/find-kustomization.ts
async function findKustomization(config, site, named, log) {
  if (named) return findNamed(config, named, log);
  const { k, repositories } = await findByPath(config.makeApiClient(ObjectCustomObjectsApi), site);
  const { namespace, name } = k.metadata;
  const watched = await startWatch(watchKustomization(config, namespace, name, log, k));
  return { namespace, name, watched, sourceUrl: sourceUrlOf(k, repositories) ?? null };
}
async function findNamed(config, named, log) {
  const [namespace, name] = named.split("/");
  const watched = await startWatch(watchKustomization(config, namespace, name, log));
  const k = watched.items()[0];
  if (!k) {
    await watched.stop();
    throw new PinshipError(`no Flux Kustomization ${named} in the cluster`, { field: "--kustomization" });
  }
  return { namespace, name, watched, sourceUrl: sourceRepository(k) ? void 0 : null };
}
async function startWatch(watched) {
  try {
    await watched.start();
    return watched;
  } catch (err) {
    await watched.stop();
    throw err;
  }
}
function watchKustomization(config, namespace, name, log, seed) {
  const api = config.makeApiClient(ObjectCustomObjectsApi);
  const fieldSelector = `metadata.name=${name}`;
  const plural = "kustomizations";
  return new WatchedList(config, {
    path: `/apis/${KUSTOMIZE_GROUP}/${FLUX_VERSION}/namespaces/${namespace}/${plural}`,
    fieldSelector,
    seed: seedOf(seed),
    list: (page) => api.listNamespacedCustomObject({
      group: KUSTOMIZE_GROUP,
      version: FLUX_VERSION,
      namespace,
      plural,
      fieldSelector,
      limit: page.limit,
      _continue: page.continue
    }),
    request: { resource: `${plural}.${KUSTOMIZE_GROUP}`, namespace },
    log
  });
}
function sourceRepository(k) {
  const ref = k.spec?.sourceRef;
  if (ref?.kind !== "GitRepository" || !ref.name) return void 0;
  return { namespace: ref.namespace ?? k.metadata.namespace, name: ref.name };
}
async function readSourceUrl(config, k) {
  const where = sourceRepository(k);
  if (!where) return null;
  const api = config.makeApiClient(ObjectCustomObjectsApi);
  const repositories = await getOne(
    api,
    SOURCE_GROUP,
    "gitrepositories",
    where.namespace,
    where.name
  );
  return sourceUrlOf(k, repositories) ?? null;
}
async function findByPath(api, site) {
  const kustomizations = await listAll(api, KUSTOMIZE_GROUP, "kustomizations");
  const repositories = await listAll(api, SOURCE_GROUP, "gitrepositories");
  const matches = kustomizations.filter(
    (k) => normalizePath(k.spec?.path) === site.path && site.url !== void 0 && sourceUrlOf(k, repositories) === site.url
  );
  if (matches.length === 1) return { k: matches[0], repositories };
  const what = `path ./${site.path} of ${site.url ?? "a clone without origin"}`;
  const seen = kustomizations.map(
    (k) => `${objectName(k)} (./${normalizePath(k.spec?.path)} of ${sourceUrlOf(k, repositories)})`
  );
  throw new PinshipError(
    matches.length ? `${matches.length} Flux Kustomizations build ${what}: ${matches.map(objectName).join(", ")}` : `no Flux Kustomization builds ${what}`,
    {
      field: "--kustomization",
      hint: `name it with --kustomization NAMESPACE/NAME; Kustomizations seen: ${seen.join(", ") || "none"}`
    }
  );
}
function sourceUrlOf(k, repositories) {
  const where = sourceRepository(k);
  const repo = where && repositories.find((r) => r.metadata?.name === where.name && r.metadata?.namespace === where.namespace);
  return repo?.spec?.url ? sourceUrl(repo.spec.url) : void 0;
}
async function listAll(api, group, plural) {
  try {
    const answer = await api.listCustomObjectForAllNamespaces({ group, version: FLUX_VERSION, resourcePlural: plural });
    return answer.items;
  } catch (err) {
    throw kubeError({ verb: "list", resource: `${plural}.${group}` }, err);
  }
}
async function getOne(api, group, plural, namespace, name) {
  try {
    return [await api.getNamespacedCustomObject({ group, version: FLUX_VERSION, namespace, plural, name })];
  } catch (err) {
    if (isNotFound(err)) return [];
    throw kubeError({ verb: "get", resource: `${plural}.${group}`, namespace, name }, err);
  }
}

// src/run/kube/observe/flux-reconcile.ts
async function requestReconcile(config, k, commit, log) {
  const api = config.makeApiClient(ObjectCustomObjectsApi);
  const where = sourceRepository(k);
  const source = where ? await annotate(api, { group: SOURCE_GROUP, plural: "gitrepositories", ...where }) : void 0;
  const sourceHasIt = revisionCommit(source?.status?.artifact?.revision) === commit;
  const asked = where ? [`gitrepository ${where.namespace}/${where.name}`] : [];
  if (!source || sourceHasIt) {
    const { namespace, name } = k.metadata;
    await annotate(api, { group: KUSTOMIZE_GROUP, plural: "kustomizations", namespace, name });
    asked.push(`kustomization ${namespace}/${name}`);
  }
  log.info(`requested a reconcile of ${asked.join(", ")}`);
  return source;
}
async function annotate(api, object) {
  const { group, plural, namespace, name } = object;
  const body = { metadata: { annotations: { [RECONCILE_ANNOTATION]: (/* @__PURE__ */ new Date()).toISOString() } } };
  const request = { group, version: FLUX_VERSION, plural, namespace, name, body, fieldManager: "pinship" };
  try {
    return await api.patchNamespacedCustomObject(
      request,
      setHeaderOptions("Content-Type", PatchStrategy.MergePatch)
    );
  } catch (err) {
    throw kubeError({ verb: "patch", resource: `${plural}.${group}`, namespace, name }, err);
  }
}

// src/run/kube/observe/flux-wait.ts
async function waitForFlux(config, target, site, options) {
  const { watched } = target;
  const progress = new FluxProgress(site, () => watched.wake());
  const what = `kustomization ${target.namespace}/${target.name}`;
  try {
    const first = watched.items()[0];
    const source = options.reconcile && first && !progress.settled(first) ? await requestReconcile(config, first, site.commit, options.log) : void 0;
    const settled = await watched.waitFor(() => progress.settled(watched.items()[0]), options.signal);
    if (settled.state.kind === "applied") return { kustomization: settled.k, source };
    throw notApplied(settled.state, what, site.commit);
  } catch (err) {
    if (options.signal.aborted && err === options.signal.reason) {
      const stop = err;
      throw new PinshipError(
        `${what} did not apply commit ${site.commit.slice(0, 12)} (${stop.message}); ${progress.last}`,
        { field: "--timeout" }
      );
    }
    throw err;
  } finally {
    await watched.stop();
  }
}
var FluxProgress = class {
  constructor(site, wake) {
    this.site = site;
    this.wake = wake;
  }
  site;
  wake;
  last = "not seen yet";
  verdicts = /* @__PURE__ */ new Map();
  settled(k) {
    if (!k) return void 0;
    const state = kustomizationState(k, this.site.commit);
    if (state.kind === "pending") {
      this.last = state.detail;
      return void 0;
    }
    if (state.kind === "other") {
      this.last = `working on ${state.revision}`;
      return this.verdict(state.commit) === "newer" ? { state, k } : void 0;
    }
    return { state, k };
  }
  /** Asks git once per commit, in the background; the answer wakes the wait up again. */
  verdict(commit) {
    const known = this.verdicts.get(commit);
    if (known) return known;
    this.verdicts.set(commit, "checking");
    isOlder(this.site, commit).then((older) => this.verdicts.set(commit, older ? "older" : "newer")).catch(() => this.verdicts.set(commit, "newer")).finally(this.wake);
    return "checking";
  }
};
function notApplied(state, what, commit) {
  const short = commit.slice(0, 12);
  if (state.kind === "refused") {
    const object = refusedObject(state.message);
    return new PinshipError(`${what} refused commit ${short}${object ? ` (${object})` : ""}: ${state.message}`, {
      field: "--observe",
      hint: /immutable/i.test(state.message) ? "a Job cannot be changed in place: pin adds kustomize.toolkit.fluxcd.io/force: enabled unless --no-job-roll" : "the message is the controller's own; `kubectl describe` the Kustomization for more"
    });
  }
  return new PinshipError(
    `${what}: commit ${short} was superseded by ${state.revision} before it was applied; observe that commit instead`,
    { field: "--revision" }
  );
}

// src/run/kube/observe/observe-overlay.ts
async function observeOverlay(options) {
  const dir = realpathSync(resolve(options.overlay));
  const access = overlayAccess(options);
  const site = await locateOverlay(dir, options.revision);
  if (site.head !== site.commit) {
    options.log.warn(
      `the overlay is rendered from the clone's files at HEAD ${site.head.slice(0, 12)}, not at the observed commit ${site.commit.slice(0, 12)}: check that commit out for a record of what it renders`
    );
  }
  const objects = await renderOverlay(dir);
  const plan = planOverlay(objects, { namespace: options.namespace, contextNamespace: access.namespace, dir });
  for (const warning of plan.warnings) options.log.warn(warning);
  const target = await findKustomization(access.config, site, options.kustomization, options.log);
  options.log.info(
    `observing ${options.overlay}: waiting for flux kustomization ${target.namespace}/${target.name} to apply commit ${site.commit.slice(0, 12)}, then ${plan.jobs.length} job(s), ${plan.deployments.length} deployment(s)`
  );
  try {
    return await recordOverlayRun(options, {
      id: newRunId(),
      access,
      plan,
      objects,
      source: sourceFrom(options.sourceCommit, options.processEnv ?? process.env),
      action: `observing overlay ${options.overlay}`,
      kube: { apply: appliedByFlux(access.config, { target, site, objects, plan }, options.reconcile ?? false) }
    });
  } finally {
    await target.watched.stop();
  }
}
function appliedByFlux(config, observed, reconcile) {
  const { target, site } = observed;
  return async ({ log, stop, record }) => {
    const { kustomization, source } = await waitForFlux(config, target, site, { reconcile, signal: stop, log });
    const revision = kustomization.status.lastAppliedRevision;
    log.info(`flux kustomization ${target.namespace}/${target.name} applied ${revision}`);
    const sourceUrl2 = target.sourceUrl !== void 0 ? target.sourceUrl : (source && sourceUrlOf(kustomization, [source])) ?? await readSourceUrl(config, kustomization);
    record.setAppliedBy({
      controller: "flux",
      kustomization: `${target.namespace}/${target.name}`,
      revision,
      commit: revisionCommit(revision),
      sourceUrl: sourceUrl2
    });
    return readApplied(config, observed, kustomization);
  };
}
async function readApplied(config, observed, k) {
  const { target, plan } = observed;
  const batch = config.makeApiClient(ObjectBatchV1Api);
  const apps = config.makeApiClient(ObjectAppsV1Api);
  const watched = observed.objects.filter(
    (o) => o.kind === "Job" && o.apiVersion === "batch/v1" || o.kind === "Deployment" && o.apiVersion === "apps/v1"
  );
  const applied = [];
  for (const o of watched) {
    const { name } = o.metadata;
    const namespace = o.metadata.namespace ?? plan.namespace;
    const group = o.apiVersion.split("/")[0];
    if (!inInventory(k, o.kind, group, namespace, name)) {
      throw new PinshipError(
        `flux kustomization ${target.namespace}/${target.name} does not manage ${o.kind.toLowerCase()}/${name} in ${namespace} (not in its inventory): it builds another overlay than this one`,
        { field: "--kustomization" }
      );
    }
    try {
      const object = o.kind === "Job" ? await batch.readNamespacedJob({ name, namespace }) : await apps.readNamespacedDeployment({ name, namespace });
      applied.push({ kind: o.kind, name, namespace, action: "configured", object });
    } catch (err) {
      throw kubeError({ verb: "get", resource: `${o.kind.toLowerCase()}s.${group}`, namespace, name }, err);
    }
  }
  return applied;
}
export {
  observeOverlay
};
