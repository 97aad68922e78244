import { createRequire as __pinshipCreateRequire } from 'node:module'; import { fileURLToPath as __pinshipFileURLToPath } from 'node:url'; import { dirname as __pinshipDirname } from 'node:path'; const require = __pinshipCreateRequire(import.meta.url); const __filename = __pinshipFileURLToPath(import.meta.url); const __dirname = __pinshipDirname(__filename);
import {
  parseMetric,
  parseThreshold
} from "./chunk-C24TWCP4.js";
import {
  checkExperiment
} from "./chunk-AAM5EPO7.js";
import {
  boolean,
  count,
  lines,
  oneOf,
  text,
  textOr
} from "./chunk-6F3K4STA.js";
import {
  PinshipError
} from "./chunk-SI2EDPFI.js";

// src/options/report.ts
var reportSchema = {
  // Required but in a workflow_run job that reads the record from `record-artifact` (requireRun).
  run: text({ flag: "run", input: "run" }),
  recordArtifact: text({ input: "record-artifact" }),
  experiment: textOr({ flag: "experiment", input: "experiment" }, "default", checkExperiment),
  baseline: text({ flag: "baseline", input: "baseline" }),
  metrics: lines({ flag: "metric", input: "metrics" }, (list, field) => list.map((m) => parseMetric(m, field))),
  thresholdPct: textOr({ flag: "threshold", input: "threshold" }, 10, parseThreshold),
  failOnRegression: boolean({ flag: "fail-on-regression", input: "fail-on-regression" }),
  store: boolean({ flag: "store", input: "store" }),
  recordsBranch: textOr({ flag: "records-branch", input: "records-branch" }, "pinship-records"),
  check: boolean({ flag: "no-check", negated: true, input: "check" }, true),
  token: text({ input: "token" }),
  format: oneOf({ flag: "format" }, ["markdown", "html", "json"], "markdown"),
  post: boolean({ flag: "post" }),
  repo: text({ flag: "repo" }),
  pr: count({ flag: "pr" }, 1),
  sha: text({ flag: "sha" }, checkSha),
  commentFile: text({ flag: "comment-file" })
};
function checkSha(sha, field) {
  if (!/^[0-9a-f]{40}$/.test(sha))
    throw new PinshipError(`expected a full commit sha, got ${JSON.stringify(sha)}`, { field });
  return sha;
}
function requireRun(o, field) {
  if (o.run) return o.run;
  throw new PinshipError("no run record was given", { field, hint: "pinship report --run run.json" });
}
function reportRunOptions(o, run) {
  return {
    run,
    experiment: o.experiment,
    baseline: o.baseline,
    metrics: o.metrics ?? [],
    thresholdPct: o.thresholdPct,
    failOnRegression: o.failOnRegression,
    store: o.store,
    recordsBranch: o.recordsBranch
  };
}

export {
  reportSchema,
  requireRun,
  reportRunOptions
};
