import { createRequire as __pinshipCreateRequire } from 'node:module'; import { fileURLToPath as __pinshipFileURLToPath } from 'node:url'; import { dirname as __pinshipDirname } from 'node:path'; const require = __pinshipCreateRequire(import.meta.url); const __filename = __pinshipFileURLToPath(import.meta.url); const __dirname = __pinshipDirname(__filename);
import {
  maskKubeconfig
} from "../chunks/chunk-VPGFJSGH.js";
import {
  parseCpus,
  parseDuration,
  parseMemory
} from "../chunks/chunk-YJIP63MZ.js";
import {
  stopOnSignals
} from "../chunks/chunk-6I5N4CR6.js";
import {
  parseMetric,
  parseThreshold
} from "../chunks/chunk-C24TWCP4.js";
import {
  checkExperiment
} from "../chunks/chunk-AAM5EPO7.js";
import {
  readGitHubContext
} from "../chunks/chunk-QRD45XQP.js";
import {
  readInputs
} from "../chunks/chunk-T5AM7XDX.js";
import {
  boolean,
  count,
  keyValues,
  lines,
  text,
  textOr
} from "../chunks/chunk-6F3K4STA.js";
import "../chunks/chunk-WJTU3CIM.js";
import {
  getInput,
  runAction,
  saveState,
  setOutput,
  summary
} from "../chunks/chunk-QS2IIGFL.js";
import "../chunks/chunk-3Z3LTAZD.js";
import "../chunks/chunk-XFI7XXBZ.js";
import {
  PinshipError
} from "../chunks/chunk-SI2EDPFI.js";
import "../chunks/chunk-XDLBQ6T7.js";

// src/pipeline/flow.ts
var STEPS = ["build", "pin", "run", "report", "cleanup"];
var PULL_REQUEST_RUNS = /* @__PURE__ */ new Set(["opened", "synchronize", "reopened"]);
function flowFor(context) {
  const event = context.eventName ?? "";
  if (event === "pull_request") return pullRequestFlow(context);
  if (event === "push") {
    if (context.tag !== void 0)
      return { name: "release", steps: ["build", "pin"], why: `push of tag ${context.tag}` };
    if (!context.branch) return none("a push of neither a branch nor a tag");
    if (!context.defaultBranch) return none(`a push to ${context.branch}: the event names no default branch`);
    if (context.branch !== context.defaultBranch) {
      return none(`a push to ${context.branch}, not the default branch ${context.defaultBranch}`);
    }
    return { name: "default-branch", steps: ["build", "pin", "run", "report"], why: `push to ${context.branch}` };
  }
  return none(`a ${event || "unnamed"} event`);
}
function pullRequestFlow(context) {
  const pr = context.pullRequest;
  if (!pr) return none("a pull_request event without a pull request number");
  const action = context.action ?? "";
  const why = `pull_request ${action || "(no action)"} #${pr.number}`;
  if (action === "closed") return { name: "pull-request-closed", steps: ["cleanup"], why };
  if (PULL_REQUEST_RUNS.has(action)) return { name: "pull-request", steps: ["build", "run", "report"], why };
  return none(`a pull_request ${action || "(no action)"} event`);
}
function none(why) {
  return { name: "none", steps: [], why };
}
function parseSteps(items, field) {
  if (items.length === 0) return void 0;
  for (const item of items) {
    if (!STEPS.includes(item)) {
      throw new PinshipError(`unknown step ${JSON.stringify(item)}`, { field, hint: `one of ${STEPS.join(", ")}` });
    }
  }
  return items;
}
function chooseSteps(flow, requested, log) {
  if (!requested) return flow.steps;
  for (const step of requested) {
    if (!flow.steps.includes(step)) log.info(`${step}: not a part of the ${flow.name} flow (${flow.why}), left out`);
  }
  return flow.steps.filter((s) => requested.includes(s));
}

// src/pipeline/pipeline.ts
async function runPipeline(options, deps) {
  const { log } = deps;
  const flow = flowFor(deps.context);
  const steps = chooseSteps(flow, options.steps, log);
  deps.output("flow", flow.name);
  deps.output("steps", steps.join(","));
  log.info(`pinship pipeline: ${flow.name} (${flow.why}): ${steps.join(", ") || "nothing to do"}`);
  const has = (step) => steps.includes(step);
  if (has("report") && !has("run")) {
    throw new PinshipError("report goes with run, in one job: it reads the record the run writes", { field: "steps" });
  }
  if (has("cleanup")) {
    const { cleanupStep } = await import("../chunks/cleanup-step-4MEO55DQ.js");
    await cleanupStep(options, deps);
  }
  if (!has("build") && !has("pin") && !has("run")) return flow;
  const ref = has("build") ? await (await import("../chunks/image-step-KKV2EO4X.js")).imageStep(flow.name, options, deps) : options.ref;
  if (!ref) throw new PinshipError(`${steps.join(", ")} without build needs the image`, { field: "ref" });
  if (!has("build")) deps.output("ref", ref);
  const pinned = has("pin") ? await (await import("../chunks/pin-step-LRAMJLAS.js")).pinStep(flow.name, ref, options, deps) : void 0;
  if (!has("run")) return flow;
  const { runStep } = await import("../chunks/run-step-Y64DMK6X.js");
  const report = has("report") ? reportLoader() : void 0;
  const { record, recordPath } = await runStep(flow.name, ref, pinned, report, options, deps);
  const failures = [];
  if (report) {
    const gate = await (await report.loaded()).reportStep(flow.name, recordPath, options, deps);
    if (gate) failures.push(gate);
  }
  if (record.conclusion !== "success") failures.push(`the run concluded ${record.conclusion}`);
  if (failures.length) throw new PinshipError(failures.join("; "), { hint: `the run record is in ${recordPath}` });
  return flow;
}
function reportLoader() {
  let modules;
  const loaded = () => modules ??= Promise.all([
    import("../chunks/report-step-6CC7MHHZ.js"),
    import("../chunks/client-3FOKPTU4.js"),
    import("../chunks/make-report-FU2XVRQX.js")
  ]).then(([step]) => step);
  return {
    load: () => void loaded().catch(() => void 0),
    loaded
  };
}

// src/options/pipeline.ts
var pipelineSchema = {
  steps: lines({ input: "steps", split: true }, (list, field) => parseSteps(list, field)),
  image: text({ input: "image" }),
  ref: text({ input: "ref" }),
  imageName: textOr({ input: "image-name" }, "compute"),
  context: textOr({ input: "context" }, "."),
  file: text({ input: "file" }),
  buildArgs: keyValues({ input: "build-args" }),
  target: text({ input: "target" }),
  labels: keyValues({ input: "labels" }),
  platform: text({ input: "platform" }),
  secrets: lines({ input: "secrets" }),
  cacheFrom: lines({ input: "cache-from", split: true }),
  username: text({ input: "username" }),
  password: text({ input: "password" }),
  shards: count({ input: "shards" }, 1, 4),
  parallelism: count({ input: "parallelism" }, 1),
  cpus: text({ input: "cpus" }, parseCpus),
  memoryBytes: text({ input: "memory" }, parseMemory),
  args: lines({ input: "args", literal: true }),
  env: keyValues({ input: "env" }),
  timeoutSeconds: text({ input: "timeout" }, parseDuration),
  out: text({ input: "out" }),
  kubeconfig: text({ input: "kubeconfig" }),
  overlay: text({ input: "overlay" }),
  namespace: text({ input: "namespace" }),
  ttlSeconds: text({ input: "ttl" }, parseDuration),
  stagingOverlays: lines({ input: "staging-overlays", split: true }),
  productionOverlays: lines({ input: "production-overlays", split: true }),
  pullRequest: boolean({ input: "pull-request" }),
  observe: boolean({ input: "observe" }),
  kustomization: text({ input: "kustomization" }),
  reconcile: boolean({ input: "reconcile" }),
  revision: text({ input: "revision" }),
  experiment: textOr({ input: "experiment" }, "default", checkExperiment),
  metrics: lines({ input: "metrics" }, (list, field) => list.map((m) => parseMetric(m, field))),
  thresholdPct: textOr({ input: "threshold" }, 10, parseThreshold),
  failOnRegression: boolean({ input: "fail-on-regression" }),
  recordsBranch: textOr({ input: "records-branch" }, "pinship-records"),
  check: boolean({ input: "check" }, true),
  recordArtifact: text({ input: "record-artifact" }),
  token: text({ input: "token" })
};

// src/action/pipeline-inputs.ts
async function readPipelineInputs(log) {
  await maskSecrets(log);
  const o = readInputs(pipelineSchema).values;
  return {
    steps: o.steps,
    build: {
      context: o.context,
      file: o.file,
      image: o.image ?? "",
      buildArgs: o.buildArgs,
      target: o.target,
      labels: o.labels,
      platform: o.platform,
      secrets: o.secrets,
      cacheFrom: o.cacheFrom,
      username: o.username,
      password: o.password
    },
    ref: o.ref,
    imageName: o.imageName,
    local: {
      shards: o.shards,
      parallelism: o.parallelism ?? o.shards,
      cpus: o.cpus ?? null,
      memoryBytes: o.memoryBytes ?? null,
      args: o.args,
      env: o.env
    },
    cluster: {
      kubeconfig: o.kubeconfig,
      overlay: o.overlay,
      namespace: o.namespace,
      ttlSeconds: o.ttlSeconds,
      observe: o.observe,
      kustomization: o.kustomization,
      reconcile: o.reconcile,
      revision: o.revision
    },
    pin: {
      staging: o.stagingOverlays,
      production: o.productionOverlays,
      pullRequest: o.pullRequest,
      token: o.token ?? ""
    },
    report: {
      experiment: o.experiment,
      metrics: o.metrics ?? [],
      thresholdPct: o.thresholdPct,
      failOnRegression: o.failOnRegression,
      recordsBranch: o.recordsBranch,
      check: o.check,
      token: o.token ?? "",
      recordArtifact: o.recordArtifact
    },
    timeoutSeconds: o.timeoutSeconds ?? null,
    out: o.out
  };
}
async function maskSecrets(log) {
  for (const name of ["password", "token"]) {
    const value = getInput(name);
    if (value) log.addSecret(value);
  }
  await maskKubeconfig(getInput("kubeconfig"));
}

// src/action/pipeline.ts
await runAction(async (log) => {
  const options = await readPipelineInputs(log);
  const stop = stopOnSignals(log);
  try {
    await runPipeline(options, {
      context: readGitHubContext(),
      log,
      output: (name, value) => setOutput(name, value),
      saveState: (name, value) => saveState(name, value),
      // Set by the runner; absent when the entry runs elsewhere (a shell): skip the summary then.
      summary: async (html) => {
        if (process.env.GITHUB_STEP_SUMMARY) await summary.addRaw(html, true).write();
      },
      signal: stop.signal
    });
  } finally {
    saveState("ended", stop.signal.aborted ? "stopped" : "by itself");
    stop.dispose();
  }
});
