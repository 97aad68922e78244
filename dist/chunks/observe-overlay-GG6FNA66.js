import { createRequire as __pinshipCreateRequire } from 'node:module'; import { fileURLToPath as __pinshipFileURLToPath } from 'node:url'; import { dirname as __pinshipDirname } from 'node:path'; const require = __pinshipCreateRequire(import.meta.url); const __filename = __pinshipFileURLToPath(import.meta.url); const __dirname = __pinshipDirname(__filename);
import {
  planOverlay,
  renderOverlay,
  runOnKubernetes
} from "./chunk-XDFRK2SR.js";
import "./chunk-XLFODD4H.js";
import "./chunk-Y544KSEM.js";
import {
  sourceUrl
} from "./chunk-GEIO5JER.js";
import "./chunk-4UQJDGZI.js";
import "./chunk-ER27BKIH.js";
import {
  newRunId,
  recordRun,
  sourceFrom
} from "./chunk-YZSGRHSU.js";
import "./chunk-IKUP2VFG.js";
import "./chunk-3RNY2SU5.js";
import "./chunk-YZGLF4LN.js";
import {
  KubernetesObjectApi,
  ObjectCustomObjectsApi,
  PatchStrategy,
  WatchedList,
  isNotFound,
  kubeError,
  loadClusterAccess
} from "./chunk-R3A4W5Q5.js";
import "./chunk-6U5DZSTP.js";
import {
  git,
  gitSucceeds
} from "./chunk-7MXVX47H.js";
import "./chunk-R5EDXYIK.js";
import "./chunk-A7J7SWZT.js";
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
async function findKustomization(config, site, named) {
  const api = config.makeApiClient(ObjectCustomObjectsApi);
  const list = async (group, plural) => {
    try {
      const answer = await api.listCustomObjectForAllNamespaces({
        group,
        version: FLUX_VERSION,
        resourcePlural: plural
      });
      return answer.items;
    } catch (err) {
      throw kubeError({ verb: "list", resource: `${plural}.${group}` }, err);
    }
  };
  const [namespace, name] = named?.split("/") ?? [];
  const kustomizations = named ? await getOne(api, KUSTOMIZE_GROUP, "kustomizations", namespace, name) : await list(KUSTOMIZE_GROUP, "kustomizations");
  const sources = (k) => {
    const ref = k?.spec?.sourceRef;
    if (ref?.kind !== "GitRepository" || !ref.name) return Promise.resolve([]);
    return getOne(api, SOURCE_GROUP, "gitrepositories", ref.namespace ?? namespace, ref.name);
  };
  const repositories = named ? await sources(kustomizations[0]) : await list(SOURCE_GROUP, "gitrepositories");
  const urlOf = (k) => {
    const ref = k.spec?.sourceRef;
    if (ref?.kind !== "GitRepository") return void 0;
    const namespace2 = ref.namespace ?? k.metadata?.namespace;
    const repo = repositories.find((r) => r.metadata?.name === ref.name && r.metadata?.namespace === namespace2);
    return repo?.spec?.url ? sourceUrl(repo.spec.url) : void 0;
  };
  const target = (k) => ({
    namespace: k.metadata.namespace,
    name: k.metadata.name,
    sourceUrl: urlOf(k) ?? null
  });
  if (named) {
    if (!kustomizations[0]) {
      throw new PinshipError(`no Flux Kustomization ${named} in the cluster`, { field: "--kustomization" });
    }
    return target(kustomizations[0]);
  }
  const matches = kustomizations.filter(
    (k) => normalizePath(k.spec?.path) === site.path && site.url !== void 0 && urlOf(k) === site.url
  );
  if (matches.length === 1) return target(matches[0]);
  const what = `path ./${site.path} of ${site.url ?? "a clone without origin"}`;
  throw new PinshipError(
    matches.length ? `${matches.length} Flux Kustomizations build ${what}: ${matches.map(objectName).join(", ")}` : `no Flux Kustomization builds ${what}`,
    {
      field: "--kustomization",
      hint: "name it with --kustomization NAMESPACE/NAME; Kustomizations seen: " + (kustomizations.map((k) => `${objectName(k)} (./${normalizePath(k.spec?.path)} of ${urlOf(k)})`).join(", ") || "none")
    }
  );
}
async function getOne(api, group, plural, namespace, name) {
  try {
    return [await api.getNamespacedCustomObject({ group, version: FLUX_VERSION, namespace, plural, name })];
  } catch (err) {
    if (isNotFound(err)) return [];
    throw kubeError({ verb: "get", resource: `${plural}.${group}`, namespace, name }, err);
  }
}

// src/run/kube/observe/flux-wait.ts
async function waitForFlux(config, target, site, options) {
  const { namespace, name } = target;
  const api = KubernetesObjectApi.makeApiClient(config);
  const fieldSelector = `metadata.name=${name}`;
  const watched = new WatchedList(config, {
    path: `/apis/${KUSTOMIZE_GROUP}/${FLUX_VERSION}/namespaces/${namespace}/kustomizations`,
    fieldSelector,
    list: (page) => api.list(
      `${KUSTOMIZE_GROUP}/${FLUX_VERSION}`,
      "Kustomization",
      namespace,
      void 0,
      void 0,
      void 0,
      fieldSelector,
      void 0,
      page.limit,
      page.continue
    ),
    request: { resource: `kustomizations.${KUSTOMIZE_GROUP}`, namespace },
    log: options.log
  });
  const verdicts = /* @__PURE__ */ new Map();
  const short = site.commit.slice(0, 12);
  const what = `kustomization ${namespace}/${name}`;
  let last = "not seen yet";
  const verdict = (commit) => {
    const known = verdicts.get(commit);
    if (known) return known;
    verdicts.set(commit, "checking");
    isOlder(site, commit).then((older) => verdicts.set(commit, older ? "older" : "newer")).catch(() => verdicts.set(commit, "newer")).finally(() => watched.wake());
    return "checking";
  };
  try {
    await watched.start();
    if (options.reconcile) await requestReconcile(api, watched.items()[0], target, options.log);
    const outcome = await watched.waitFor(() => {
      const k2 = watched.items()[0];
      if (!k2) return void 0;
      const state2 = kustomizationState(k2, site.commit);
      if (state2.kind === "pending") last = state2.detail;
      if (state2.kind === "other") {
        last = `working on ${state2.revision}`;
        const seen = verdict(state2.commit);
        return seen === "newer" ? { state: state2, k: k2 } : void 0;
      }
      return state2.kind === "pending" ? void 0 : { state: state2, k: k2 };
    }, options.signal);
    const { state, k } = outcome;
    if (state.kind === "applied") return k;
    if (state.kind === "refused") {
      const object = refusedObject(state.message);
      throw new PinshipError(`${what} refused commit ${short}${object ? ` (${object})` : ""}: ${state.message}`, {
        field: "--observe",
        hint: /immutable/i.test(state.message) ? "a Job cannot be changed in place: pin adds kustomize.toolkit.fluxcd.io/force: enabled unless --no-job-roll" : "the message is the controller's own; `kubectl describe` the Kustomization for more"
      });
    }
    throw new PinshipError(
      `${what}: commit ${short} was superseded by ${state.kind === "other" ? state.revision : "a newer one"} before it was applied; observe that commit instead`,
      { field: "--revision" }
    );
  } catch (err) {
    if (options.signal.aborted && err === options.signal.reason) {
      const stop = err;
      throw new PinshipError(`${what} did not apply commit ${short} (${stop.message}); ${last}`, {
        field: "--timeout"
      });
    }
    throw err;
  } finally {
    await watched.stop();
  }
}
async function requestReconcile(api, k, target, log) {
  const at = (/* @__PURE__ */ new Date()).toISOString();
  const ref = k?.spec?.sourceRef;
  const objects = [
    ...ref?.kind === "GitRepository" && ref.name ? [{ group: SOURCE_GROUP, kind: "GitRepository", namespace: ref.namespace ?? target.namespace, name: ref.name }] : [],
    { group: KUSTOMIZE_GROUP, kind: "Kustomization", namespace: target.namespace, name: target.name }
  ];
  for (const o of objects) {
    const body = {
      apiVersion: `${o.group}/${FLUX_VERSION}`,
      kind: o.kind,
      metadata: { name: o.name, namespace: o.namespace, annotations: { [RECONCILE_ANNOTATION]: at } }
    };
    try {
      await api.patch(body, void 0, void 0, "pinship", void 0, PatchStrategy.MergePatch);
    } catch (err) {
      const resource = `${o.kind.toLowerCase()}s.${o.group}`;
      throw kubeError({ verb: "patch", resource, namespace: o.namespace, name: o.name }, err);
    }
  }
  log.info(
    `requested a reconcile of ${objects.map((o) => `${o.kind.toLowerCase()} ${o.namespace}/${o.name}`).join(", ")}`
  );
}

// src/run/kube/observe/observe-overlay.ts
async function observeOverlay(options) {
  const processEnv = options.processEnv ?? process.env;
  const dir = realpathSync(resolve(options.overlay));
  const access = loadClusterAccess({
    kubeconfig: options.kubeconfig,
    context: options.context,
    env: processEnv,
    userAgent: options.userAgent
  });
  const site = await locateOverlay(dir, options.revision);
  if (site.head !== site.commit) {
    options.log.warn(
      `the overlay is rendered from the clone's files at HEAD ${site.head.slice(0, 12)}, not at the observed commit ${site.commit.slice(0, 12)}: check that commit out for a record of what it renders`
    );
  }
  const objects = await renderOverlay(dir);
  const plan = planOverlay(objects, { namespace: options.namespace, contextNamespace: access.namespace, dir });
  for (const warning of plan.warnings) options.log.warn(warning);
  const target = await findKustomization(access.config, site, options.kustomization);
  const id = newRunId();
  options.log.info(
    `observing ${options.overlay}: waiting for flux kustomization ${target.namespace}/${target.name} to apply commit ${site.commit.slice(0, 12)}, then ${plan.jobs.length} job(s), ${plan.deployments.length} deployment(s)`
  );
  return recordRun({
    id,
    backend: "kubernetes",
    parameters: { ...plan.parameters, timeoutSeconds: options.timeoutSeconds ?? null },
    outputDir: null,
    source: sourceFrom(options.sourceCommit, processEnv),
    shardJobs: plan.shardJobs,
    action: `observing overlay ${options.overlay}`,
    out: options.out,
    signal: options.signal,
    log: options.log,
    execute: (ctx) => runOnKubernetes(
      {
        config: access.config,
        plan,
        objects,
        runId: id,
        collectorImage: options.collectorImage,
        sampleIntervalMs: options.sampleIntervalMs,
        apply: async ({ log, stop, record }) => {
          const applied = await waitForFlux(access.config, target, site, {
            reconcile: options.reconcile ?? false,
            signal: stop,
            log
          });
          const revision = applied.status.lastAppliedRevision;
          log.info(`flux kustomization ${target.namespace}/${target.name} applied ${revision}`);
          record.setAppliedBy({
            controller: "flux",
            kustomization: `${target.namespace}/${target.name}`,
            revision,
            commit: revisionCommit(revision),
            sourceUrl: target.sourceUrl
          });
          return readApplied(access.config, objects, plan, applied, target);
        }
      },
      ctx
    )
  });
}
async function readApplied(config, objects, plan, k, target) {
  const api = KubernetesObjectApi.makeApiClient(config);
  const watched = objects.filter(
    (o) => o.kind === "Job" && o.apiVersion === "batch/v1" || o.kind === "Deployment" && o.apiVersion === "apps/v1"
  );
  const applied = [];
  for (const o of watched) {
    const namespace = o.metadata.namespace ?? plan.namespace;
    const group = o.apiVersion.split("/")[0];
    const what = `${o.kind.toLowerCase()}/${o.metadata.name}`;
    if (!inInventory(k, o.kind, group, namespace, o.metadata.name)) {
      throw new PinshipError(
        `flux kustomization ${target.namespace}/${target.name} does not manage ${what} in ${namespace} (not in its inventory): it builds another overlay than this one`,
        { field: "--kustomization" }
      );
    }
    try {
      const object = await api.read({
        apiVersion: o.apiVersion,
        kind: o.kind,
        metadata: { name: o.metadata.name, namespace }
      });
      applied.push({ kind: o.kind, name: o.metadata.name, namespace, action: "configured", object });
    } catch (err) {
      throw kubeError(
        { verb: "get", resource: `${o.kind.toLowerCase()}s.${group}`, namespace, name: o.metadata.name },
        err
      );
    }
  }
  return applied;
}
export {
  observeOverlay
};
