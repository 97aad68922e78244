import { createRequire as __pinshipCreateRequire } from 'node:module'; import { fileURLToPath as __pinshipFileURLToPath } from 'node:url'; import { dirname as __pinshipDirname } from 'node:path'; const require = __pinshipCreateRequire(import.meta.url); const __filename = __pinshipFileURLToPath(import.meta.url); const __dirname = __pinshipDirname(__filename);
import {
  parseMetric,
  parseThreshold
} from "./chunk-PWTP3X2T.js";
import {
  checkExperiment
} from "./chunk-AAM5EPO7.js";
import {
  boolean,
  count,
  lines,
  oneOf,
  requiredText,
  text,
  textOr
} from "./chunk-6F3K4STA.js";
import {
  PinshipError
} from "./chunk-SI2EDPFI.js";

// src/options/report.ts
var reportSchema = {
  run: requiredText({ flag: "run", input: "run" }, "pinship report --run run.json"),
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
function reportRunOptions(o) {
  return {
    run: o.run,
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
  reportRunOptions
};
