import { createRequire as __pinshipCreateRequire } from 'node:module'; import { fileURLToPath as __pinshipFileURLToPath } from 'node:url'; import { dirname as __pinshipDirname } from 'node:path'; const require = __pinshipCreateRequire(import.meta.url); const __filename = __pinshipFileURLToPath(import.meta.url); const __dirname = __pinshipDirname(__filename);
import {
  ApplyStopped,
  Log,
  ObjectAppsV1Api,
  ObjectBatchV1Api,
  ObjectCoreV1Api,
  ObjectCustomObjectsApi,
  WatchedList,
  applyObjects,
  isNotFound,
  kubeError,
  kubeErrorText,
  loadClusterAccess,
  seedOf,
  statusCode
} from "./chunk-DUGKWIYY.js";
import {
  recordRun
} from "./chunk-G47E5S6C.js";
import {
  AttemptOutput,
  signalMessage
} from "./chunk-V4YVO7GE.js";
import {
  round
} from "./chunk-3RNY2SU5.js";
import {
  kustomizeBuild
} from "./chunk-ENTH7TMH.js";
import {
  require_dist
} from "./chunk-ER27BKIH.js";
import {
  parseReference
} from "./chunk-6U5DZSTP.js";
import {
  PinshipError,
  describeError
} from "./chunk-SI2EDPFI.js";
import {
  __toESM
} from "./chunk-XDLBQ6T7.js";

// src/kube/render.ts
var import_yaml = __toESM(require_dist(), 1);
async function renderOverlay(dir, options = {}) {
  const out = await kustomizeBuild(dir, { ...options, field: "overlay" });
  if (out !== void 0) return parseObjects(out, dir);
  throw new PinshipError("neither kustomize nor kubectl is on PATH: one of them renders the overlay", {
    field: "overlay",
    hint: "install kubectl (it includes kustomize) or kustomize"
  });
}
function parseObjects(text, dir) {
  const objects = [];
  for (const [i, doc] of (0, import_yaml.parseAllDocuments)(text).entries()) {
    if (doc.errors.length > 0) {
      throw new PinshipError(`rendered document ${i + 1} is not valid YAML: ${doc.errors[0].message}`, { file: dir });
    }
    const value = doc.toJS();
    if (value === null || value === void 0) continue;
    const obj = value;
    if (typeof obj.apiVersion !== "string" || typeof obj.kind !== "string" || typeof obj.metadata?.name !== "string") {
      throw new PinshipError(
        `rendered document ${i + 1} is not a Kubernetes object (apiVersion, kind, metadata.name)`,
        { file: dir }
      );
    }
    objects.push(obj);
  }
  if (objects.length === 0) throw new PinshipError("the overlay renders no objects", { file: dir, field: "overlay" });
  return objects;
}

// src/kube/quantity.ts
var BINARY = { Ki: 2 ** 10, Mi: 2 ** 20, Gi: 2 ** 30, Ti: 2 ** 40, Pi: 2 ** 50, Ei: 2 ** 60 };
var DECIMAL = {
  n: 1e-9,
  u: 1e-6,
  m: 1e-3,
  "": 1,
  k: 1e3,
  M: 1e6,
  G: 1e9,
  T: 1e12,
  P: 1e15,
  E: 1e18
};
function parseQuantity(value) {
  if (typeof value === "number") return Number.isFinite(value) ? value : null;
  if (typeof value !== "string") return null;
  const m = /^([+-]?(?:\d+\.?\d*|\.\d+))(?:(Ki|Mi|Gi|Ti|Pi|Ei)|([eE][+-]?\d+)|(n|u|m|k|M|G|T|P|E)?)$/.exec(
    value.trim()
  );
  if (!m) return null;
  const number = Number(m[1]);
  if (m[2]) return number * BINARY[m[2]];
  if (m[3]) return number * 10 ** Number(m[3].slice(1));
  return number * DECIMAL[m[4] ?? ""];
}

// src/run/kube/overlay-plan.ts
var DEFAULT_BACKOFF_LIMIT = 6;
var LOGS_ANNOTATION = "pinship.dev/logs";
function planOverlay(objects, options) {
  const namespace = runNamespace(objects, options);
  const warnings = [];
  const jobs = objects.filter((o) => o.kind === "Job" && o.apiVersion === "batch/v1").map((o) => planJob(o, options.dir, warnings));
  const deployments = objects.filter((o) => o.kind === "Deployment" && o.apiVersion === "apps/v1").map((o) => ({ name: o.metadata.name, image: firstContainer(podSpec(o), o, options.dir).image ?? "" }));
  if (jobs.length === 0 && deployments.length === 0) {
    throw new PinshipError("the overlay has no Job and no Deployment: nothing to run or wait for", {
      file: options.dir,
      field: "overlay"
    });
  }
  return {
    namespace,
    jobs,
    deployments,
    image: jobs[0]?.image ?? deployments[0].image,
    parameters: runParameters(objects, jobs, options.dir),
    shardJobs: jobs.length > 1 ? jobs.flatMap((j) => Array.from({ length: j.completions }, (_, index) => ({ job: j.name, index }))) : void 0,
    warnings
  };
}
function runNamespace(objects, options) {
  const namesOf = (list) => [
    ...new Set(list.map((o) => o.metadata.namespace).filter((n) => Boolean(n)))
  ];
  if (options.namespace) {
    const other = objects.find((o) => o.metadata.namespace && o.metadata.namespace !== options.namespace);
    if (other) {
      throw new PinshipError(
        `${other.kind}/${other.metadata.name} names namespace ${other.metadata.namespace}, not ${options.namespace}`,
        {
          file: options.dir,
          field: "--namespace",
          hint: "drop --namespace, or set the overlay's namespace to it"
        }
      );
    }
    return options.namespace;
  }
  const named = namesOf(objects);
  const workloads = namesOf(objects.filter((o) => o.kind === "Job" || o.kind === "Deployment"));
  return workloads.length === 1 ? workloads[0] : named.length === 1 ? named[0] : options.contextNamespace;
}
function runParameters(objects, jobs, dir) {
  const first = jobs[0];
  const firstJob = objects.find((o) => o.kind === "Job" && o.metadata.name === first?.name);
  const main = firstJob ? firstContainer(podSpec(firstJob), firstJob, dir) : void 0;
  const limits = main?.resources?.limits ?? {};
  return {
    shards: jobs.reduce((n, j) => n + j.completions, 0),
    parallelism: jobs.reduce((n, j) => n + j.parallelism, 0),
    cpus: positive(parseQuantity(limits.cpu)),
    memoryBytes: positive(parseQuantity(limits.memory), true),
    backoffLimit: first?.backoffLimit ?? 0,
    args: main?.args ?? [],
    envNames: (main?.env ?? []).map((e) => e.name).sort()
  };
}
function planJob(job, dir, warnings) {
  const spec = job.spec ?? {};
  const completions = spec.completions ?? 1;
  const container = firstContainer(podSpec(job), job, dir);
  return {
    name: job.metadata.name,
    completions,
    parallelism: Math.min(spec.parallelism ?? 1, completions),
    indexed: spec.completionMode === "Indexed",
    backoffLimit: spec.backoffLimitPerIndex ?? spec.backoffLimit ?? DEFAULT_BACKOFF_LIMIT,
    container: container.name,
    image: container.image ?? "",
    memoryLimitBytes: positive(parseQuantity(container.resources?.limits?.memory), true),
    output: outputClaim(job, podSpec(job), container, warnings),
    readLogs: readsLogs(job, dir)
  };
}
function readsLogs(job, dir) {
  const annotations = job.metadata.annotations;
  const value = annotations?.[LOGS_ANNOTATION];
  if (value === void 0) return true;
  if (value === "none") return false;
  throw new PinshipError(`job/${job.metadata.name}: annotation ${LOGS_ANNOTATION} is "${value}", not "none"`, {
    file: dir,
    field: `metadata.annotations.${LOGS_ANNOTATION}`,
    hint: `set it to "none" to leave the pods' logs unread, or remove it to read them`
  });
}
function outputClaim(job, spec, container, warnings) {
  const dir = container.env?.find((e) => e.name === "PINSHIP_OUTPUT_DIR")?.value;
  if (!dir) return null;
  const where = `job/${job.metadata.name}`;
  const mount = container.volumeMounts?.find((m) => m.mountPath.replace(/\/+$/, "") === dir.replace(/\/+$/, ""));
  const claim = mount && spec.volumes?.find((v) => v.name === mount.name)?.persistentVolumeClaim?.claimName;
  if (!mount || !claim) {
    warnings.push(
      `${where}: PINSHIP_OUTPUT_DIR=${dir} is not the mountPath of a PersistentVolumeClaim volume; its output files are not listed`
    );
    return null;
  }
  const expr = /^(?:(.*?)\/+)?\$\(JOB_COMPLETION_INDEX\)\/*$/.exec(mount.subPathExpr ?? "");
  if (!expr) {
    warnings.push(
      `${where}: the volume at ${dir} needs subPathExpr: <folder>/$(JOB_COMPLETION_INDEX) so each shard writes apart; its output files are not listed`
    );
    return null;
  }
  return { claim, base: expr[1] ?? "" };
}
function podSpec(o) {
  return o.spec?.template?.spec ?? {};
}
function firstContainer(spec, o, dir) {
  const c = spec.containers?.[0];
  if (!c)
    throw new PinshipError(`${o.kind}/${o.metadata.name} has no container`, {
      file: dir,
      field: "spec.template.spec.containers"
    });
  return c;
}
function positive(value, integer = false) {
  if (value === null || value <= 0) return null;
  return integer ? Math.round(value) : value;
}

// src/kube/pod-log.ts
import { Writable } from "node:stream";
async function readContainerLog(config, target, write) {
  let finished = false;
  const sink = new Writable({
    write(chunk, _encoding, callback) {
      write(chunk);
      callback();
    }
  });
  const done = new Promise((resolve, reject) => {
    sink.on("finish", () => {
      finished = true;
      resolve();
    });
    sink.on(
      "unpipe",
      () => setImmediate(() => finished || reject(new Error(`the log of pod ${target.pod} was cut short`)))
    );
  });
  try {
    await new Log(config).log(target.namespace, target.pod, target.container, sink, { follow: false });
  } catch (err) {
    throw kubeError({ verb: "get", resource: "pods/log", namespace: target.namespace, name: target.pod }, err);
  }
  await done;
}

// src/run/kube/claim-listing.ts
function parseClaimListing(text) {
  const byIndex = /* @__PURE__ */ new Map();
  for (const line of text.split("\n")) {
    const m = /^pinship:file (\d+) ([a-f0-9]{64}|-) (\d+)\/(.+)$/.exec(line);
    if (!m) continue;
    const index = Number(m[3]);
    const file = m[2] === "-" ? { path: m[4], size: Number(m[1]), sha256: null, unreadable: "permission denied" } : { path: m[4], size: Number(m[1]), sha256: m[2] };
    byIndex.set(index, [...byIndex.get(index) ?? [], file]);
  }
  for (const files of byIndex.values()) files.sort((a, b) => a.path < b.path ? -1 : a.path > b.path ? 1 : 0);
  return byIndex;
}

// src/run/kube/claim-files.ts
var STUCK = /* @__PURE__ */ new Set(["ImagePullBackOff", "ErrImagePull", "InvalidImageName", "CreateContainerConfigError"]);
var MOUNT = "/pinship/claim";
var SCRIPT = `[ -d "$1" ] || exit 0
cd "$1" || exit 3
find . -type f | while IFS= read -r f; do
  s=$(stat -c %s "$f") || continue
  if h=$(sha256sum "$f" 2>/dev/null); then h=\${h%% *}; else h=-; fi
  printf 'pinship:file %s %s %s\\n' "$s" "$h" "\${f#./}"
done`;
async function listClaimFiles(config, listing, log, signal) {
  const core = config.makeApiClient(ObjectCoreV1Api);
  const { namespace } = listing;
  const name = `pinship-outputs-${listing.runId}`.slice(0, 63).replace(/[^a-z0-9]+$/, "");
  try {
    await core.createNamespacedPod({ namespace, body: collectorPod(listing, name) });
  } catch (err) {
    throw kubeError({ verb: "create", resource: "pods", namespace, name }, err);
  }
  try {
    const phase = await waitForCollector(config, core, namespace, name, log, signal);
    return parseClaimListing(await readCollectorLog(config, listing, name, phase));
  } finally {
    await core.deleteNamespacedPod({ namespace, name, gracePeriodSeconds: 0 }).catch((err) => {
      if (!isNotFound(err))
        log.warn(
          `could not delete the output collector pod ${name}: ${kubeError({ verb: "delete", resource: "pods", namespace, name }, err).message}`
        );
    });
  }
}
function collectorPod(listing, name) {
  return {
    apiVersion: "v1",
    kind: "Pod",
    metadata: {
      name,
      namespace: listing.namespace,
      labels: { "io.pinship.run": listing.runId, "io.pinship.role": "output-collector" }
    },
    spec: {
      restartPolicy: "Never",
      automountServiceAccountToken: false,
      securityContext: {
        runAsNonRoot: true,
        runAsUser: 65534,
        runAsGroup: 65534,
        seccompProfile: { type: "RuntimeDefault" }
      },
      containers: [
        {
          name: "collect",
          image: listing.image,
          command: ["sh", "-c", SCRIPT, "sh", `${MOUNT}/${listing.base}`.replace(/\/+$/, "")],
          securityContext: {
            allowPrivilegeEscalation: false,
            capabilities: { drop: ["ALL"] },
            readOnlyRootFilesystem: true
          },
          volumeMounts: [{ name: "claim", mountPath: MOUNT, readOnly: true }],
          resources: { requests: { cpu: "10m", memory: "16Mi" }, limits: { memory: "64Mi" } }
        }
      ],
      volumes: [{ name: "claim", persistentVolumeClaim: { claimName: listing.claim, readOnly: true } }]
    }
  };
}
async function waitForCollector(config, core, namespace, name, log, signal) {
  const pods = new WatchedList(config, {
    path: `/api/v1/namespaces/${namespace}/pods`,
    fieldSelector: `metadata.name=${name}`,
    list: (page) => core.listNamespacedPod({
      namespace,
      fieldSelector: `metadata.name=${name}`,
      limit: page.limit,
      _continue: page.continue
    }),
    request: { resource: "pods", namespace },
    log
  });
  try {
    await pods.start();
    return await pods.waitFor(() => {
      const p = pods.items()[0];
      const waiting = p?.status?.containerStatuses?.[0]?.state?.waiting?.reason;
      if (waiting && STUCK.has(waiting)) return `stuck: ${waiting}`;
      return p?.status?.phase === "Succeeded" || p?.status?.phase === "Failed" ? p.status.phase : void 0;
    }, signal);
  } finally {
    await pods.stop();
  }
}
async function readCollectorLog(config, listing, name, phase) {
  let text = "";
  const read = readContainerLog(
    config,
    { namespace: listing.namespace, pod: name, container: "collect" },
    (chunk) => text += chunk.toString("utf8")
  );
  if (phase !== "Succeeded") {
    const problem = await read.then(
      () => text.trim().split("\n").slice(-3).join(" / "),
      (err) => `its log could not be read (${kubeErrorText(err)})`
    );
    throw new PinshipError(`the output collector pod ${name} ended ${phase}: ${problem}`, {
      hint: `its image ${listing.image} needs sh, find, stat and sha256sum, and runs as user 65534`
    });
  }
  await read;
  return text;
}

// src/run/kube/rollout-state.ts
function rolloutState(deployment) {
  const status = deployment.status ?? {};
  const generation = deployment.metadata?.generation ?? 0;
  if ((status.observedGeneration ?? 0) < generation)
    return { kind: "progressing", message: "waiting for the controller to see the new spec" };
  const progressing = status.conditions?.find((c) => c.type === "Progressing");
  if (progressing?.reason === "ProgressDeadlineExceeded") {
    return {
      kind: "failed",
      reason: "ProgressDeadlineExceeded",
      message: progressing.message ?? "the rollout went over its progressDeadlineSeconds"
    };
  }
  const desired = deployment.spec?.replicas ?? 1;
  const updated = status.updatedReplicas ?? 0;
  if (updated < desired) return { kind: "progressing", message: `${updated} of ${desired} replicas updated` };
  if ((status.replicas ?? 0) > updated)
    return { kind: "progressing", message: `${(status.replicas ?? 0) - updated} old replica(s) pending termination` };
  if ((status.availableReplicas ?? 0) < updated)
    return {
      kind: "progressing",
      message: `${status.availableReplicas ?? 0} of ${updated} updated replicas available`
    };
  return { kind: "done" };
}
function currentPods(deployment, pods) {
  const images = (deployment.spec?.template?.spec?.containers ?? []).map((c) => `${c.name}=${c.image}`).join(",");
  return pods.filter(
    (p) => !p.metadata?.deletionTimestamp && (p.spec?.containers ?? []).map((c) => `${c.name}=${c.image}`).join(",") === images
  );
}
function runningImages(pods) {
  const byKey = /* @__PURE__ */ new Map();
  for (const pod of pods) {
    for (const c of pod.spec?.containers ?? []) {
      const status = pod.status?.containerStatuses?.find((s) => s.name === c.name);
      const digest = /sha256:[a-f0-9]{64}$/.exec(status?.imageID ?? "")?.[0] ?? null;
      const key = `${c.name}\0${c.image}\0${digest}`;
      const entry = byKey.get(key) ?? { container: c.name, image: c.image ?? "", digest, pods: 0 };
      entry.pods += 1;
      byKey.set(key, entry);
    }
  }
  return [...byKey.values()];
}
function podHealth(pod) {
  const statuses = pod.status?.containerStatuses ?? [];
  const restarts = statuses.reduce((n, s) => n + (s.restartCount ?? 0), 0);
  const ready = pod.status?.conditions?.some((c) => c.type === "Ready" && c.status === "True") ?? false;
  let reason = null;
  let message = null;
  for (const s of statuses) {
    const waiting = s.state?.waiting;
    const last = s.lastState?.terminated;
    if (waiting?.reason && waiting.reason !== "ContainerCreating" && waiting.reason !== "PodInitializing") {
      reason = waiting.reason;
      message = [waiting.message, last ? `last exit: ${last.reason ?? "Error"} (exit ${last.exitCode})` : null].filter(Boolean).join("; ") || null;
      break;
    }
    const probe = pod.spec?.containers?.find((c) => c.name === s.name)?.readinessProbe;
    if (s.state?.running && !s.ready && probe) {
      reason = "ReadinessProbeFailing";
      message = `container ${s.name} runs but its readiness probe does not pass`;
      break;
    }
    if (last && (s.restartCount ?? 0) > 0) {
      reason = "Restarted";
      message = `container ${s.name} restarted ${s.restartCount} time(s); last exit: ${last.reason ?? "Error"} (exit ${last.exitCode})`;
    }
  }
  if (!reason && pod.status?.phase === "Pending") {
    const unscheduled = pod.status.conditions?.find((c) => c.type === "PodScheduled" && c.status === "False");
    if (unscheduled) [reason, message] = [unscheduled.reason ?? "Unschedulable", unscheduled.message ?? null];
  }
  return { name: pod.metadata?.name ?? "", ready, restarts, reason, message };
}

// src/run/kube/deployment-rollout.ts
var STICKY = /* @__PURE__ */ new Set(["CrashLoopBackOff", "ImagePullBackOff", "ErrImagePull", "CreateContainerConfigError"]);
var DeploymentRollout = class {
  constructor(config, name, namespace, selector, log, applied) {
    this.name = name;
    this.namespace = namespace;
    this.log = log;
    const apps = config.makeApiClient(ObjectAppsV1Api);
    const core = config.makeApiClient(ObjectCoreV1Api);
    const fieldSelector = `metadata.name=${name}`;
    this.deployment = new WatchedList(config, {
      path: `/apis/apps/v1/namespaces/${namespace}/deployments`,
      fieldSelector,
      seed: seedOf(applied),
      list: (page) => apps.listNamespacedDeployment({ namespace, fieldSelector, limit: page.limit, _continue: page.continue }),
      request: { resource: "deployments.apps", namespace },
      log,
      onChange: () => this.pods.wake()
    });
    this.pods = new WatchedList(config, {
      path: `/api/v1/namespaces/${namespace}/pods`,
      labelSelector: selector,
      list: (page) => core.listNamespacedPod({ namespace, labelSelector: selector, limit: page.limit, _continue: page.continue }),
      request: { resource: "pods", namespace },
      log,
      onChange: (_event, pod) => {
        const reason = pod.status?.containerStatuses?.map((c) => c.state?.waiting?.reason).find((r) => r && STICKY.has(r));
        if (reason) this.seen.set(pod.metadata?.name ?? "", reason);
      }
    });
  }
  name;
  namespace;
  log;
  deployment;
  pods;
  startedAt = /* @__PURE__ */ new Date();
  finishedAt = null;
  lastProgress = "";
  /** Waiting reasons each pod showed at some point: a crash loop is between two restarts only part of the time. */
  seen = /* @__PURE__ */ new Map();
  async start() {
    await Promise.all([this.deployment.start(), this.pods.start()]);
  }
  /** Resolves when the Deployment rolled out or failed (ProgressDeadlineExceeded). */
  async wait(signal) {
    await this.pods.waitFor(() => {
      const state = this.state();
      if (state.kind === "progressing" && state.message !== this.lastProgress) {
        this.lastProgress = state.message;
        this.log.debug(`deployment/${this.name}: ${state.message}`);
      }
      return state.kind !== "progressing";
    }, signal);
    this.finishedAt = /* @__PURE__ */ new Date();
  }
  state() {
    const d = this.current();
    return d ? rolloutState(d) : { kind: "progressing", message: "not seen yet" };
  }
  /** The rollout as the record keeps it; `stop` when the run stopped before it ended. */
  toRecord(stop) {
    const d = this.current();
    const state = this.state();
    const pods = d ? currentPods(d, this.pods.items()) : [];
    const health = pods.map(podHealth).map((p) => {
      const seen = this.seen.get(p.name);
      return seen && (p.reason === null || p.reason === "Restarted") ? { ...p, reason: seen } : p;
    });
    const troubled = health.filter((p) => !p.ready || p.reason);
    const podText = troubled.map(
      (p) => `pod ${p.name}: ${p.reason ?? "not ready"}${p.message ? ` (${p.message})` : ""}`
    );
    const conclusion = state.kind === "done" ? "success" : state.kind === "failed" ? "failure" : stop?.kind === "timeout" ? "timed-out" : "cancelled";
    const head = state.kind === "failed" ? `${state.reason}: ${state.message}` : state.kind === "progressing" ? `${stop?.message ?? "stopped"}; ${state.message}` : null;
    const finished = state.kind === "done" ? this.finishedAt ?? /* @__PURE__ */ new Date() : null;
    const status = d?.status ?? {};
    return {
      name: this.name,
      namespace: this.namespace,
      revision: d?.metadata?.annotations?.["deployment.kubernetes.io/revision"] ?? null,
      replicas: {
        desired: d?.spec?.replicas ?? 1,
        updated: status.updatedReplicas ?? 0,
        ready: status.readyReplicas ?? 0,
        available: status.availableReplicas ?? 0
      },
      conclusion,
      message: [head, ...podText].filter(Boolean).join("; ") || null,
      startedAt: this.startedAt.toISOString(),
      finishedAt: (finished ?? this.finishedAt)?.toISOString() ?? null,
      reason: state.kind === "failed" ? state.reason : state.kind === "progressing" ? troubled.find((p) => p.reason)?.reason ?? null : null,
      durationSeconds: finished ? round((finished.getTime() - this.startedAt.getTime()) / 1e3, 3) : null,
      images: runningImages(pods),
      restarts: health.reduce((n, p) => n + p.restarts, 0),
      pods: health.filter((p) => !p.ready || p.reason || p.restarts > 0)
    };
  }
  async stop() {
    await Promise.all([this.deployment.stop(), this.pods.stop()]);
  }
  current() {
    return this.deployment.items()[0];
  }
};

// src/run/kube/attempt-log.ts
async function attemptOutput(config, target, attempt, readLogs, log) {
  const output = new AttemptOutput(attempt);
  let logProblem = null;
  if (readLogs) {
    try {
      await readContainerLog(config, target, (chunk) => output.write("stdout", chunk));
    } catch (err) {
      logProblem = `its log could not be read: ${describeError(err)}`;
      log.warn(`pod ${target.pod}: ${logProblem}`);
    }
  }
  output.end();
  return { output, logProblem };
}

// src/run/kube/index-outcomes.ts
var IndexOutcomes = class {
  constructor(completions) {
    this.completions = completions;
  }
  completions;
  outcomes = /* @__PURE__ */ new Map();
  /** A later failure of the same attempt does not hide that the index is stuck; nothing hides a success. */
  settle(position, how) {
    const was = this.outcomes.get(position);
    if (was === "succeeded" || was === "stuck" && how === "failed") return;
    this.outcomes.set(position, how);
  }
  succeeded(position) {
    return this.outcomes.get(position) === "succeeded";
  }
  /**
   * Every index settled and none can still change the Job's outcome: every one succeeded (the Job
   * controller marks the Job Complete a second or two later: it batches its status writes), or
   * one is stuck (Kubernetes never fails a pod whose image cannot be pulled).
   */
  decided() {
    if (this.outcomes.size !== this.completions) return false;
    const outcomes = [...this.outcomes.values()];
    return outcomes.includes("stuck") || outcomes.every((how) => how === "succeeded");
  }
};

// src/run/kube/job-suspension.ts
var JobSuspension = class {
  constructor(jobName, log) {
    this.jobName = jobName;
    this.log = log;
  }
  jobName;
  log;
  /** When the Job was last seen become suspended (`spec.suspend: true`), null while it is not. */
  since = null;
  totalMs = 0;
  was = false;
  /** Follows the Job's `spec.suspend` as the watch sees it change. */
  follow(suspended) {
    if (suspended && this.since === null) {
      this.since = Date.now();
      this.was = true;
      this.log.info(`job/${this.jobName} is suspended (spec.suspend: true): waiting until it is resumed`);
    } else if (!suspended && this.since !== null) {
      this.totalMs += Date.now() - this.since;
      this.since = null;
      this.log.info(`job/${this.jobName} resumed after ${Math.round(this.totalMs / 1e3)}s suspended`);
    }
  }
  /** Whether the Job is suspended now (a queue has not admitted it). */
  isSuspended() {
    return this.since !== null;
  }
  /** Seconds the Job spent suspended while pinship watched it, or null when it never was. */
  seconds() {
    if (!this.was) return null;
    return (this.totalMs + (this.since === null ? 0 : Date.now() - this.since)) / 1e3;
  }
};

// src/run/kube/pod-attempt.ts
function podAttempt(pod, end, attempt, output, job, usage) {
  const uid = pod.metadata.uid;
  const duration = end.startedAt && end.finishedAt ? round(Math.max(0, Date.parse(end.finishedAt) - Date.parse(end.startedAt)) / 1e3, 3) : null;
  return {
    attempt,
    ...end,
    durationSeconds: duration,
    runner: { kind: "pod", id: uid, name: pod.metadata.name ?? null },
    logLines: output.lines,
    logTail: end.status === "succeeded" ? [] : output.tail(),
    resultCount: output.results.length,
    resultErrorCount: output.resultErrorCount,
    resources: end.startedAt ? usage.usage(uid, duration, job.memoryLimitBytes) : null,
    ...job.readLogs ? {} : { logsRead: false }
  };
}
function stoppedEnd(stop, pod, startedAt) {
  const timedOut = stop.kind === "timeout";
  return {
    status: timedOut ? "timed-out" : "cancelled",
    reason: timedOut ? "DeadlineExceeded" : "Cancelled",
    exitCode: null,
    message: `${stop.message}; pod ${pod.metadata.name} is still running in the cluster`,
    startedAt,
    finishedAt: null
  };
}
function failedWithoutEnd(reason, message) {
  return { status: "failed", reason, exitCode: null, message, startedAt: null, finishedAt: null };
}

// src/kube/object-time.ts
function isoTime(value) {
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? null : value.toISOString();
  if (typeof value !== "string" || !value) return null;
  const ms = Date.parse(value);
  return Number.isNaN(ms) ? null : new Date(ms).toISOString();
}
function timeMs(value) {
  const iso = isoTime(value);
  return iso === null ? null : Date.parse(iso);
}

// src/run/kube/pod-state.ts
var STUCK2 = /* @__PURE__ */ new Set([
  "ImagePullBackOff",
  "InvalidImageName",
  "CreateContainerConfigError",
  "CreateContainerError"
]);
function mainContainer(pod, name) {
  const statuses = pod.status?.containerStatuses ?? [];
  const wanted = name ?? pod.spec?.containers?.[0]?.name;
  return statuses.find((s) => s.name === wanted) ?? statuses[0];
}
function podState(pod, container) {
  const status = mainContainer(pod, container);
  const phase = pod.status?.phase;
  const terminated = status?.state?.terminated;
  if (phase === "Succeeded" || phase === "Failed") return { kind: "ended", end: podEnd(pod, status) };
  const waiting = status?.state?.waiting;
  if (waiting?.reason && STUCK2.has(waiting.reason)) {
    return { kind: "stuck", reason: waiting.reason, message: waiting.message ?? null };
  }
  if (terminated && pod.spec?.restartPolicy === "Never") return { kind: "ended", end: podEnd(pod, status) };
  if (status?.state?.running || terminated) {
    return { kind: "running", startedAt: isoTime(status?.state?.running?.startedAt ?? terminated?.startedAt) };
  }
  return { kind: "pending" };
}
function podEnd(pod, status = mainContainer(pod)) {
  const terminated = status?.state?.terminated;
  const times = {
    startedAt: isoTime(terminated?.startedAt),
    finishedAt: isoTime(terminated?.finishedAt)
  };
  const exitCode = terminated?.exitCode ?? null;
  const podReason = pod.status?.reason;
  const podMessage = pod.status?.message ?? null;
  if (podReason === "Evicted") return { status: "failed", reason: "Evicted", exitCode, message: podMessage, ...times };
  if (podReason === "DeadlineExceeded") {
    return {
      status: "failed",
      reason: "DeadlineExceeded",
      exitCode,
      message: podMessage ?? "the pod went over its activeDeadlineSeconds",
      ...times
    };
  }
  if (terminated?.reason === "OOMKilled") {
    const message2 = terminated.message || "the shard went over its memory limit and the kernel killed it";
    return { status: "failed", reason: "OOMKilled", exitCode, message: message2, ...times };
  }
  if (pod.status?.phase === "Succeeded" || exitCode === 0 && pod.status?.phase !== "Failed") {
    return { status: "succeeded", reason: "Completed", exitCode: exitCode ?? 0, message: null, ...times };
  }
  if (!terminated) {
    const message2 = [podReason, podMessage].filter(Boolean).join(": ") || "the pod failed before its container ran";
    return { status: "failed", reason: "StartError", exitCode: null, message: message2, ...times };
  }
  const message = terminated.message || signalMessage(exitCode) || (terminated.reason && terminated.reason !== "Error" ? terminated.reason : null);
  return { status: "failed", reason: "Error", exitCode, message, ...times };
}
function completionIndex(pod) {
  const text = pod.metadata?.annotations?.["batch.kubernetes.io/job-completion-index"] ?? pod.metadata?.labels?.["batch.kubernetes.io/job-completion-index"];
  if (text === void 0 || !/^\d+$/.test(text)) return null;
  return Number(text);
}
function deadlineEnd(pod, end, jobFailure) {
  if (end.status !== "failed" || jobFailure?.reason !== "DeadlineExceeded" || !pod.metadata?.deletionTimestamp)
    return end;
  return {
    ...end,
    reason: "DeadlineExceeded",
    message: jobFailure.message ?? "the Job went over its activeDeadlineSeconds"
  };
}

// src/run/kube/slim-pod.ts
var INDEX_ANNOTATION = "batch.kubernetes.io/job-completion-index";
function slimPod(pod, container) {
  const { metadata = {}, spec, status } = pod;
  const index = metadata.annotations?.[INDEX_ANNOTATION] ?? metadata.labels?.[INDEX_ANNOTATION];
  pod.metadata = {
    name: metadata.name,
    namespace: metadata.namespace,
    uid: metadata.uid,
    resourceVersion: metadata.resourceVersion,
    ...metadata.deletionTimestamp ? { deletionTimestamp: metadata.deletionTimestamp } : {},
    ...index === void 0 ? {} : { annotations: { [INDEX_ANNOTATION]: index } }
  };
  const main = status ? mainContainer(pod, container) : void 0;
  pod.spec = {
    restartPolicy: spec?.restartPolicy,
    nodeName: spec?.nodeName,
    containers: (spec?.containers ?? []).filter((c) => c.name === container).map((c) => ({ name: c.name }))
  };
  pod.status = status && {
    phase: status.phase,
    reason: status.reason,
    message: status.message,
    containerStatuses: main ? [slimStatus(main)] : void 0
  };
}
function slimStatus(status) {
  return {
    name: status.name,
    imageID: status.imageID,
    image: "",
    ready: status.ready,
    restartCount: status.restartCount,
    state: status.state
  };
}
function forgetPod(pod) {
  const { metadata = {}, status } = pod;
  pod.metadata = {
    name: metadata.name,
    namespace: metadata.namespace,
    uid: metadata.uid,
    resourceVersion: metadata.resourceVersion
  };
  pod.spec = void 0;
  pod.status = status?.phase ? { phase: status.phase } : void 0;
}

// src/run/kube/job-shards.ts
var JobShards = class {
  constructor(config, plan, record, usage, log, applied) {
    this.config = config;
    this.plan = plan;
    this.record = record;
    this.usage = usage;
    this.log = log;
    this.suspension = new JobSuspension(plan.name, log);
    this.outcomes = new IndexOutcomes(plan.completions);
    const core = config.makeApiClient(ObjectCoreV1Api);
    const batch = config.makeApiClient(ObjectBatchV1Api);
    const { namespace } = plan;
    const labelSelector = `batch.kubernetes.io/controller-uid=${plan.uid}`;
    this.pods = new WatchedList(config, {
      path: `/api/v1/namespaces/${namespace}/pods`,
      labelSelector,
      list: (page) => core.listNamespacedPod({ namespace, labelSelector, limit: page.limit, _continue: page.continue }),
      request: { resource: "pods", namespace },
      log,
      trim: (pod) => this.progress.get(pod.metadata?.uid ?? "") === "done" ? forgetPod(pod) : slimPod(pod, plan.container),
      onChange: (event, pod) => this.onPod(event, pod)
    });
    const fieldSelector = `metadata.name=${plan.name}`;
    this.job = new WatchedList(config, {
      path: `/apis/batch/v1/namespaces/${namespace}/jobs`,
      fieldSelector,
      seed: seedOf(applied),
      list: (page) => batch.listNamespacedJob({ namespace, fieldSelector, limit: page.limit, _continue: page.continue }),
      request: { resource: "jobs.batch", namespace },
      log,
      onChange: (_event, job) => {
        if (job.metadata?.uid === plan.uid) this.suspension.follow(job.spec?.suspend === true);
        this.pods.wake();
      }
    });
  }
  config;
  plan;
  record;
  usage;
  log;
  pods;
  job;
  progress = /* @__PURE__ */ new Map();
  attempts = /* @__PURE__ */ new Map();
  outcomes;
  /** Non-indexed Jobs: which slot each pod fills. */
  slots = /* @__PURE__ */ new Map();
  inFlight = /* @__PURE__ */ new Set();
  ran = /* @__PURE__ */ new Set();
  suspension;
  async start() {
    await Promise.all([this.job.start(), this.pods.start()]);
  }
  /**
   * Resolves once every index succeeded, or the Job finished (or only stuck pods remain), and
   * every pod's attempt is recorded.
   */
  async wait(signal) {
    await this.pods.waitFor(() => this.isSettled(), signal);
    await Promise.all([...this.inFlight]);
  }
  /** Names of the Job's pods that still run, for "still running" messages. */
  running() {
    return this.pods.items().filter((p) => p.status?.phase === "Running" || p.status?.phase === "Pending").map((p) => p.metadata.name);
  }
  /** Uids and names of pods that are running now, for the usage sampler. */
  activePods() {
    return this.pods.items().filter((p) => p.status?.phase === "Running");
  }
  /** Manifest digests the Job's pods ran, from their containers' imageID. */
  digests() {
    return [...this.ran];
  }
  /** Whether the Job is suspended now (a queue has not admitted it). */
  isSuspended() {
    return this.suspension.isSuspended();
  }
  /** Seconds the Job spent suspended while pinship watched it, or null when it never was. */
  suspendedSeconds() {
    return this.suspension.seconds();
  }
  /** The Job's Failed condition message, if it failed. */
  failure() {
    const failed = this.currentJob()?.status?.conditions?.find((c) => c.type === "Failed" && c.status === "True");
    return failed ? `${failed.reason ?? "Failed"}: ${failed.message ?? ""}`.trim() : null;
  }
  /**
   * The run stopped (timeout, Ctrl-C) before the Job ended: pods still running are recorded as
   * attempts that were stopped, though they go on in the cluster; pods not started are not attempts.
   */
  async stopWaiting(stop) {
    await Promise.all([...this.inFlight]);
    for (const pod of this.pods.items()) {
      const uid = pod.metadata.uid;
      const progress = this.progress.get(uid);
      if (progress === "done" || progress === "stuck" || progress === "recording") continue;
      const position = this.position(pod);
      if (position === null) continue;
      const state = podState(pod, this.plan.container);
      if (state.kind === "running") {
        this.finish(position, pod, stoppedEnd(stop, pod, state.startedAt));
      } else if (progress === "announced") {
        this.record.attemptAbandoned(position);
      }
    }
  }
  async stop() {
    await Promise.all([this.pods.stop(), this.job.stop()]);
  }
  currentJob() {
    return this.job.items().find((j) => j.metadata?.uid === this.plan.uid);
  }
  isSettled() {
    if (this.inFlight.size > 0) return false;
    const recorded = (p) => ["done", "stuck"].includes(this.progress.get(p.metadata.uid) ?? "");
    const job = this.currentJob();
    const finished = job?.status?.conditions?.some(
      (c) => (c.type === "Complete" || c.type === "Failed") && c.status === "True"
    );
    if (finished) {
      return this.pods.items().every((p) => recorded(p) || podState(p, this.plan.container).kind === "pending");
    }
    return this.outcomes.decided() && this.pods.items().every(recorded);
  }
  onPod(event, pod) {
    const uid = pod.metadata?.uid;
    if (!uid) return;
    const progress = this.progress.get(uid);
    if (progress === "done" || progress === "recording") return;
    const position = this.position(pod);
    if (position === null) return;
    const state = podState(pod, this.plan.container);
    if (state.kind === "running" && !progress) {
      this.progress.set(uid, "announced");
      this.record.attemptStarted(position);
    } else if (state.kind === "stuck" && progress !== "stuck") {
      if (!progress) this.record.attemptStarted(position);
      this.progress.set(uid, "stuck");
      this.outcomes.settle(position, "stuck");
      this.log.warn(
        `pod ${pod.metadata.name}: ${state.reason}${state.message ? ` (${state.message})` : ""}; Kubernetes keeps retrying it, pinship stops waiting`
      );
      this.finish(position, pod, failedWithoutEnd(state.reason, state.message));
      this.progress.set(uid, "stuck");
    } else if (state.kind === "ended") {
      if (!progress) this.record.attemptStarted(position);
      this.progress.set(uid, "recording");
      const task = this.recordEnd(position, pod, state.end).finally(() => {
        this.inFlight.delete(task);
        this.pods.wake();
      });
      this.inFlight.add(task);
    } else if (event === "delete" && progress === "announced") {
      const failure = this.failure();
      this.finish(
        position,
        pod,
        failedWithoutEnd("Error", `the pod was deleted before it ended${failure ? ` (${failure})` : ""}`)
      );
    }
  }
  /** Reads the log of a pod that ended, then records its attempt. */
  async recordEnd(position, pod, end) {
    const attempt = (this.attempts.get(position) ?? 0) + 1;
    const target = { namespace: this.plan.namespace, pod: pod.metadata.name, container: this.plan.container };
    const { output, logProblem } = await attemptOutput(this.config, target, attempt, this.plan.readLogs, this.log);
    if (pod.metadata?.deletionTimestamp && end.status === "failed") {
      await this.job.waitFor(() => this.jobFailure(), AbortSignal.timeout(5e3)).catch(() => {
      });
    }
    const outcome = logProblem && end.status === "succeeded" ? { ...end, status: "failed", reason: "Error", message: logProblem } : end;
    this.finish(position, pod, outcome, output);
  }
  finish(position, pod, podEnd2, output = new AttemptOutput(1)) {
    const uid = pod.metadata.uid;
    const end = deadlineEnd(pod, podEnd2, this.jobFailure());
    const imageId = mainContainer(pod, this.plan.container)?.imageID ?? "";
    const digest = /sha256:[a-f0-9]{64}$/.exec(imageId)?.[0];
    if (digest) this.ran.add(digest);
    const attempt = (this.attempts.get(position) ?? 0) + 1;
    this.attempts.set(position, attempt);
    const record = podAttempt(pod, end, attempt, output, this.plan, this.usage);
    const results = output.results.map((r) => ({ ...r, attempt }));
    const resultErrors = output.resultErrors.map((r) => ({ ...r, attempt }));
    this.progress.set(uid, "done");
    if (end.status === "succeeded") this.outcomes.settle(position, "succeeded");
    else if (attempt > this.plan.backoffLimit) this.outcomes.settle(position, "failed");
    this.record.attemptFinished(position, { attempt: record, results, resultErrors });
    const cached = this.pods.get(pod.metadata.name, pod.metadata.namespace);
    if (cached?.metadata?.uid === uid) forgetPod(cached);
  }
  /** The Job's FailureTarget (decided, pods being removed) or Failed condition, if any. */
  jobFailure() {
    return this.currentJob()?.status?.conditions?.find(
      (c) => (c.type === "FailureTarget" || c.type === "Failed") && c.status === "True"
    );
  }
  /** The record position of a pod's shard: its completion index, or a free slot of a non-indexed Job. */
  position(pod) {
    if (this.plan.indexed) {
      const index = completionIndex(pod);
      return index === null || index >= this.plan.completions ? null : this.plan.offset + index;
    }
    const uid = pod.metadata.uid;
    let slot = this.slots.get(uid);
    if (slot === void 0) {
      const busy = new Set(
        [...this.slots.entries()].filter(([u]) => this.progress.get(u) !== "done").map(([, s]) => s)
      );
      slot = [...Array(this.plan.completions).keys()].find(
        (s) => !busy.has(s) && !this.outcomes.succeeded(this.plan.offset + s)
      ) ?? 0;
      this.slots.set(uid, slot);
    }
    return this.plan.offset + slot;
  }
};

// src/run/kube/pod-usage.ts
var PodUsage = class {
  peakCores = null;
  peakMemory = null;
  cpuSeconds = null;
  count = 0;
  add(reading) {
    this.count += 1;
    this.peakCores = Math.max(this.peakCores ?? 0, reading.cpuCores);
    this.peakMemory = Math.max(this.peakMemory ?? 0, reading.memoryBytes);
    if (reading.cpuSeconds !== null) this.cpuSeconds = Math.max(this.cpuSeconds ?? 0, reading.cpuSeconds);
  }
  /** The attempt's usage: wall time from its container state, the memory limit from its spec. */
  usage(wallSeconds, memoryLimitBytes) {
    const cpu = this.cpuSeconds === null ? null : round(this.cpuSeconds, 4);
    return {
      samples: [],
      summary: {
        wallSeconds,
        cpuCoreSeconds: cpu,
        averageCores: cpu !== null && wallSeconds ? round(cpu / wallSeconds, 4) : null,
        peakCores: this.peakCores === null ? null : round(this.peakCores, 4),
        peakMemoryBytes: this.peakMemory === null ? null : Math.round(this.peakMemory),
        memoryLimitBytes: memoryLimitBytes ? Math.round(memoryLimitBytes) : null,
        peakMemoryOfLimit: this.peakMemory !== null && memoryLimitBytes ? round(this.peakMemory / memoryLimitBytes, 4) : null,
        ioReadBytes: null,
        ioWriteBytes: null,
        samples: this.count
      }
    };
  }
};
var UsageBook = class {
  pods = /* @__PURE__ */ new Map();
  add(uid, reading) {
    const usage = this.pods.get(uid) ?? new PodUsage();
    this.pods.set(uid, usage);
    usage.add(reading);
  }
  /** Wall time and limit only, when no sample was taken (metrics absent, or the pod was too quick). */
  usage(uid, wallSeconds, memoryLimitBytes) {
    return (this.pods.get(uid) ?? new PodUsage()).usage(wallSeconds, memoryLimitBytes);
  }
};

// src/kube/pod-metrics.ts
async function listPodMetrics(config, namespace, labelSelector) {
  const api = config.makeApiClient(ObjectCustomObjectsApi);
  const list = await api.listNamespacedCustomObject({
    group: "metrics.k8s.io",
    version: "v1beta1",
    namespace,
    plural: "pods",
    labelSelector
  });
  const out = [];
  for (const item of list.items ?? []) {
    for (const c of item.containers) {
      out.push({
        namespace: item.metadata.namespace,
        pod: item.metadata.name,
        container: c.name,
        atMs: timeMs(item.timestamp) ?? Date.now(),
        cpuCores: parseQuantity(c.usage.cpu) ?? 0,
        memoryBytes: parseQuantity(c.usage.memory) ?? 0,
        cpuSeconds: null
      });
    }
  }
  return out;
}
async function readNodeSummary(config, node) {
  const api = config.makeApiClient(ObjectCoreV1Api);
  const text = await api.connectGetNodeProxyWithPath({ name: node, path: "stats/summary" });
  const summary = typeof text === "string" ? JSON.parse(text) : text;
  const out = [];
  for (const pod of summary.pods ?? []) {
    for (const c of pod.containers ?? []) {
      if (c.cpu?.usageNanoCores === void 0 || c.memory?.workingSetBytes === void 0) continue;
      out.push({
        namespace: pod.podRef.namespace,
        pod: pod.podRef.name,
        container: c.name,
        atMs: timeMs(c.cpu.time) ?? Date.now(),
        cpuCores: c.cpu.usageNanoCores / 1e9,
        memoryBytes: c.memory.workingSetBytes,
        cpuSeconds: c.cpu.usageCoreNanoSeconds === void 0 ? null : c.cpu.usageCoreNanoSeconds / 1e9
      });
    }
  }
  return out;
}

// src/run/kube/usage-sampler.ts
var FAILURES_BEFORE_FALLBACK = 3;
var UsageSampler = class {
  constructor(config, groups, book, log, intervalMs = 2e4) {
    this.config = config;
    this.groups = groups;
    this.book = book;
    this.log = log;
    this.intervalMs = intervalMs;
  }
  config;
  groups;
  book;
  log;
  intervalMs;
  source = "metrics.k8s.io";
  timer;
  busy = false;
  seen = /* @__PURE__ */ new Map();
  /** Failures of the metrics API in a row: a 503 that lasts is an APIService with no metrics-server. */
  metricsFailures = 0;
  start() {
    this.timer = setInterval(() => void this.tick(), this.intervalMs);
    this.timer.unref();
  }
  stop() {
    clearInterval(this.timer);
  }
  async tick() {
    if (this.busy || this.source === "none") return;
    this.busy = true;
    try {
      for (const group of this.groups) {
        const pods = group.pods();
        if (pods.length === 0) continue;
        const readings = await this.read(group, pods);
        const uids = new Map(pods.map((p) => [`${p.metadata.namespace}/${p.metadata.name}`, p.metadata.uid]));
        for (const r of readings) {
          const uid = uids.get(`${r.namespace}/${r.pod}`);
          if (!uid || r.container !== group.container) continue;
          if (this.seen.get(uid) === r.atMs) continue;
          this.seen.set(uid, r.atMs);
          this.book.add(uid, r);
        }
      }
    } catch (err) {
      this.log.debug(`usage sample failed: ${kubeErrorText(err)}`);
    } finally {
      this.busy = false;
    }
  }
  /**
   * Only "not served" moves to the next source: 404 (no such API), 403 (not for this identity), or a 503 that lasted
   * FAILURES_BEFORE_FALLBACK ticks. A 429 (API priority and fairness), a passing 503 (the API
   * server restarting) or a lost connection is retried on the next tick.
   */
  notServed(err) {
    const code = statusCode(err);
    if (code === 403 || code === 404) return true;
    if (code === 503) return ++this.metricsFailures >= FAILURES_BEFORE_FALLBACK;
    return false;
  }
  async read(group, pods) {
    if (this.source === "metrics.k8s.io") {
      try {
        const readings = await listPodMetrics(this.config, group.namespace, group.labelSelector);
        this.metricsFailures = 0;
        return readings;
      } catch (err) {
        if (!this.notServed(err)) throw err;
        this.source = "kubelet-summary";
        this.log.info(
          `metrics.k8s.io is not available (${kubeErrorText(err)}): reading usage from the kubelets' summaries`
        );
      }
    }
    const nodes = [...new Set(pods.map((p) => p.spec?.nodeName).filter((n) => Boolean(n)))];
    try {
      return (await Promise.all(nodes.map((n) => readNodeSummary(this.config, n)))).flat();
    } catch (err) {
      if (![400, 403, 404].includes(statusCode(err) ?? 0)) throw err;
      this.source = "none";
      this.log.warn(
        `no resource usage is recorded: neither metrics.k8s.io nor the kubelet summary through the API server answered (${kubeErrorText(err)})`
      );
      return [];
    }
  }
};

// src/run/kube/kube-run.ts
async function runOnKubernetes(options, ctx) {
  const { config, plan } = options;
  const { log, record, stop } = ctx;
  record.setImage(imageRecord(plan.image, null), null);
  const applied = await applyOverlay(options, ctx);
  if (!applied) return;
  recordNotRerun(applied, record, log);
  const book = new UsageBook();
  const jobs = followJobs(options, applied, ctx, book);
  const rollouts = followRollouts(options, applied, log);
  const sampler = new UsageSampler(
    config,
    jobs.map((j) => ({
      namespace: j.plan.namespace,
      labelSelector: `batch.kubernetes.io/controller-uid=${j.plan.uid}`,
      container: j.plan.container,
      pods: () => j.activePods()
    })),
    book,
    log,
    options.sampleIntervalMs
  );
  try {
    await Promise.all([...jobs, ...rollouts].map((w) => w.start()));
    sampler.start();
    options.onWaiting?.();
    const waited = await Promise.allSettled([...jobs, ...rollouts].map((w) => w.wait(stop)));
    const failed = waited.find((w) => w.status === "rejected" && !stop.aborted);
    if (failed) throw failed.reason;
    sampler.stop();
    if (stop.aborted) await reportStillRunning(jobs, rollouts, stop.reason, log);
    else warnStuck(jobs, log);
    recordOutcome(plan.image, jobs, rollouts, ctx);
    if (!stop.aborted || stop.reason.kind === "timeout") await collectOutputs(options, jobs, ctx);
  } finally {
    sampler.stop();
    await Promise.all([...jobs, ...rollouts].map((w) => w.stop()));
  }
}
async function applyOverlay(options, ctx) {
  const { log, stop } = ctx;
  try {
    return options.apply ? await options.apply(ctx) : await applyObjects(options.config, options.objects, {
      namespace: options.plan.namespace,
      log,
      signal: stop,
      rerunJobs: options.rerun
    });
  } catch (err) {
    if (err instanceof ApplyStopped && stop.aborted) {
      log.warn(
        `${err.message}; applied: ${err.applied.map((a) => `${a.kind.toLowerCase()}/${a.name}`).join(", ") || "nothing"}`
      );
      return void 0;
    }
    throw err;
  }
}
function followJobs(options, applied, ctx, book) {
  let offset = 0;
  return options.plan.jobs.map((job) => {
    const object = applied.find((a) => a.kind === "Job" && a.name === job.name).object;
    const shards = new JobShards(
      options.config,
      { ...job, namespace: object.metadata.namespace, uid: object.metadata.uid, offset },
      ctx.record,
      book,
      ctx.log,
      object
    );
    offset += job.completions;
    if (!job.readLogs) ctx.log.info(`job/${job.name}: pinship.dev/logs is none: its pods' logs are not read`);
    return shards;
  });
}
function followRollouts(options, applied, log) {
  return options.plan.deployments.map((d) => {
    const object = applied.find((a) => a.kind === "Deployment" && a.name === d.name).object;
    const labels = object.spec?.selector?.matchLabels ?? {};
    const selector = Object.entries(labels).map(([k, v]) => `${k}=${v}`).join(",");
    return new DeploymentRollout(options.config, d.name, object.metadata.namespace, selector, log, object);
  });
}
function warnStuck(jobs, log) {
  const stuck = jobs.filter((j) => j.running().length);
  if (stuck.length) {
    log.warn(
      `still in the cluster, waiting on what Kubernetes retries: ${stuck.map((j) => `job/${j.plan.name} (${j.running().join(", ")})`).join(", ")}`
    );
  }
}
function recordOutcome(image, jobs, rollouts, ctx) {
  const { log, record, stop } = ctx;
  for (const job of jobs) {
    const failure = job.failure();
    if (failure) log.warn(`job/${job.plan.name}: ${failure}`);
  }
  const suspended = jobs.map((j) => j.suspendedSeconds()).filter((s) => s !== null);
  if (suspended.length) record.setSuspended(Math.max(...suspended));
  for (const rollout of rollouts)
    record.addRollout(rollout.toRecord(stop.aborted ? stop.reason : void 0));
  const digests = new Set(
    jobs.length ? jobs.filter((j) => j.plan.image === image).flatMap((j) => j.digests()) : (rollouts[0]?.toRecord().images ?? []).flatMap((i) => i.image === image && i.digest ? [i.digest] : [])
  );
  if (digests.size > 0) record.setImage(imageRecord(image, digests), null);
}
function recordNotRerun(applied, record, log) {
  for (const a of applied.filter((o) => o.kind === "Job" && o.action === "unchanged")) {
    const status = a.object.status;
    const startedAt = isoTime2(status?.startTime);
    const finishedAt = isoTime2(status?.completionTime);
    record.addNotRerun({ job: a.name, namespace: a.namespace ?? "", startedAt, finishedAt });
    const when = startedAt ? `; it ran ${startedAt}${finishedAt ? ` to ${finishedAt}` : ""}` : "";
    log.info(`job/${a.name}: not run again (unchanged)${when}; --rerun replaces it to run it again`);
  }
}
function isoTime2(value) {
  if (value === void 0) return null;
  const time = new Date(value);
  return Number.isNaN(time.getTime()) ? null : time.toISOString();
}
async function reportStillRunning(jobs, rollouts, stop, log) {
  for (const job of jobs) await job.stopWaiting(stop);
  const still = [
    ...jobs.filter((j) => j.isSuspended()).map((j) => `job/${j.plan.name} (suspended, never resumed)`),
    ...jobs.filter((j) => j.running().length).map((j) => `job/${j.plan.name} (${j.running().length} pod(s) running or pending)`),
    ...rollouts.filter((r) => r.state().kind === "progressing").map((r) => `deployment/${r.name} (rolling out)`)
  ];
  log.warn(`${stop.message}; still running in the cluster: ${still.join(", ") || "nothing"}`);
}
var COLLECT_AFTER_TIMEOUT_MS = 3e4;
async function collectOutputs(options, jobs, ctx) {
  const withOutputs = jobs.filter((job) => options.plan.jobs.find((j) => j.name === job.plan.name)?.output);
  if (withOutputs.length === 0) return;
  if (!options.collectorImage) {
    ctx.log.warn(
      `the output files of ${withOutputs.map((j) => `job/${j.plan.name}`).join(", ")} are not listed: give --collector-image REPO@sha256:... (an image with sh, find, stat and sha256sum, busybox say); the experiment's own image is not trusted to list its outputs`
    );
    return;
  }
  const signal = ctx.stop.aborted ? AbortSignal.any([AbortSignal.timeout(COLLECT_AFTER_TIMEOUT_MS), ...options.signal ? [options.signal] : []]) : ctx.stop;
  for (const job of withOutputs) {
    const output = options.plan.jobs.find((j) => j.name === job.plan.name).output;
    try {
      const files = await listClaimFiles(
        options.config,
        {
          namespace: job.plan.namespace,
          claim: output.claim,
          base: output.base,
          image: options.collectorImage,
          runId: options.runId
        },
        ctx.log,
        signal
      );
      for (let index = 0; index < job.plan.completions; index++)
        ctx.record.setOutputs(job.plan.offset + index, files.get(index) ?? []);
    } catch (err) {
      ctx.log.warn(`job/${job.plan.name}: the output files were not listed: ${describeError(err)}`);
    }
  }
}
function imageRecord(ref, digests) {
  const parsed = parseReference(ref);
  if (parsed.digest)
    return { ref, name: parsed.name, digest: parsed.digest, imageId: null, resolvedFrom: "digest", note: null };
  const ran = digests && digests.size === 1 ? [...digests][0] : null;
  return {
    ref,
    name: parsed.name,
    digest: ran,
    imageId: null,
    resolvedFrom: "tag",
    note: ran ? "not pinned in the overlay: the digest the pods ran, from their status" : digests && digests.size > 1 ? `not pinned in the overlay, and the pods ran ${digests.size} different digests` : "not pinned in the overlay, and no pod reported a digest"
  };
}

// src/run/kube/overlay-record.ts
function overlayAccess(options) {
  return loadClusterAccess({
    kubeconfig: options.kubeconfig,
    context: options.context,
    env: options.processEnv ?? process.env,
    userAgent: options.userAgent
  });
}
function recordOverlayRun(options, run) {
  const { plan } = run;
  return recordRun({
    id: run.id,
    backend: "kubernetes",
    parameters: { ...plan.parameters, timeoutSeconds: options.timeoutSeconds ?? null },
    outputDir: null,
    source: run.source,
    shardJobs: plan.shardJobs,
    action: run.action,
    out: options.out,
    signal: options.signal,
    log: options.log,
    execute: (ctx) => runOnKubernetes(
      {
        ...run.kube,
        config: run.access.config,
        plan,
        objects: run.objects,
        runId: run.id,
        collectorImage: options.collectorImage,
        signal: options.signal,
        sampleIntervalMs: options.sampleIntervalMs,
        onWaiting: options.onWaiting
      },
      ctx
    )
  });
}

export {
  renderOverlay,
  planOverlay,
  overlayAccess,
  recordOverlayRun
};
