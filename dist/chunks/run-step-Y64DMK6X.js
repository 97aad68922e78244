import { createRequire as __pinshipCreateRequire } from 'node:module'; import { fileURLToPath as __pinshipFileURLToPath } from 'node:url'; import { dirname as __pinshipDirname } from 'node:path'; const require = __pinshipCreateRequire(import.meta.url); const __filename = __pinshipFileURLToPath(import.meta.url); const __dirname = __pinshipDirname(__filename);
import {
  withKubeconfig
} from "./chunk-ZSZX7DHW.js";
import {
  headline
} from "./chunk-V5BDOAQ7.js";
import {
  parseImagePins
} from "./chunk-6ZN2BK6V.js";
import "./chunk-6U5DZSTP.js";
import {
  escapeHtml,
  summaryLine
} from "./chunk-G2OUNXF5.js";
import "./chunk-WJTU3CIM.js";
import {
  PinshipError
} from "./chunk-SI2EDPFI.js";
import "./chunk-XDLBQ6T7.js";

// src/pipeline/run-step.ts
import { join } from "node:path";
async function runStep(flow, ref, revision, report, options, deps) {
  const { cluster } = options;
  const sourceCommit = flow === "pull-request" ? deps.context.pullRequest?.headSha : deps.context.sha;
  const out = options.out ?? (process.env.RUNNER_TEMP ? join(process.env.RUNNER_TEMP, "pinship", "run.json") : void 0);
  const overlay = flow === "pull-request" ? cluster.overlay : options.pin.staging[0];
  if (cluster.observe && flow !== "default-branch") {
    throw new PinshipError("observe watches the default branch roll its pin, not a pull request", { field: "observe" });
  }
  if (flow === "pull-request" && cluster.overlay && !cluster.kubeconfig) {
    deps.log.info(`overlay ${cluster.overlay} is for a cluster and no kubeconfig was given: running on this engine`);
  }
  const outcome = await (cluster.kubeconfig || cluster.observe ? withKubeconfig(cluster.kubeconfig, deps, (kubeconfig) => {
    if (!overlay) {
      const field = flow === "pull-request" ? "overlay" : "staging-overlays";
      throw new PinshipError(`a run on the cluster needs the overlay to run`, { field });
    }
    const common = { overlay, kubeconfig, sourceCommit, out, timeoutSeconds: options.timeoutSeconds };
    const waiting = { signal: deps.signal, log: deps.log, onWaiting: report && (() => report.load()) };
    return runOnCluster(flow, ref, revision, { ...common, ...waiting }, options, deps);
  }) : runLocally(ref, sourceCommit, out, options, deps));
  const { record, recordPath } = outcome;
  deps.log.info(headline(record));
  deps.output("record", recordPath);
  deps.output("run-id", record.id);
  deps.output("run-conclusion", record.conclusion);
  if (!report) await deps.summary(summaryLine(`pinship run: ${escapeHtml(headline(record))}`));
  return outcome;
}
async function runOnCluster(flow, ref, revision, common, options, deps) {
  const { cluster } = options;
  const images = parseImagePins([`${options.imageName}=${ref}`], "image-name");
  if (cluster.observe) {
    const { observeOverlay } = await import("./observe-overlay-DBZNQM3B.js");
    const observed = cluster.revision ?? revision;
    return observeOverlay({
      ...common,
      revision: observed,
      kustomization: cluster.kustomization,
      reconcile: cluster.reconcile
    });
  }
  const { runOverlay } = await import("./run-overlay-GHNASRQ6.js");
  if (flow !== "pull-request") return runOverlay({ ...common, images });
  const number = deps.context.pullRequest.number;
  const namespace = cluster.namespace || `pinship-pr-${number}`;
  deps.saveState("namespace", namespace);
  deps.output("namespace", namespace);
  return runOverlay({ ...common, images, namespace, pullRequest: number, ttlSeconds: cluster.ttlSeconds });
}
async function runLocally(ref, sourceCommit, out, options, deps) {
  const { newRunId } = await import("./run-QUYNHMGN.js");
  const { runShards } = await import("./run-shards-5UCWCIWL.js");
  const id = newRunId();
  deps.saveState("run-id", id);
  const { local, build } = options;
  return runShards({
    id,
    image: ref,
    ...local,
    timeoutSeconds: options.timeoutSeconds,
    out,
    sourceCommit,
    username: build.username,
    password: build.password,
    signal: deps.signal,
    log: deps.log
  });
}
export {
  runStep
};
