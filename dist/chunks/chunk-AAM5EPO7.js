import { createRequire as __pinshipCreateRequire } from 'node:module'; import { fileURLToPath as __pinshipFileURLToPath } from 'node:url'; import { dirname as __pinshipDirname } from 'node:path'; const require = __pinshipCreateRequire(import.meta.url); const __filename = __pinshipFileURLToPath(import.meta.url); const __dirname = __pinshipDirname(__filename);
import {
  PinshipError
} from "./chunk-SI2EDPFI.js";

// src/report/marker.ts
var PREFIX = "<!-- pinship:report ";
var SUFFIX = " -->";
var MAX_EXPERIMENT = 64;
var MARKER_BUDGET = 400;
function checkExperiment(key, field = "--experiment") {
  if (!/^[A-Za-z0-9][A-Za-z0-9._-]*$/.test(key) || key.length > MAX_EXPERIMENT || key.includes("..")) {
    throw new PinshipError(`${JSON.stringify(key)} is not an experiment key`, {
      field,
      hint: `letters, digits, '.', '_' and '-', starting with a letter or digit, at most ${MAX_EXPERIMENT} characters`
    });
  }
  return key;
}
function markerFor(record, experiment) {
  return {
    experiment,
    // The schema leaves `commit` free text; only a hex object name is worth comparing.
    commit: record.source.commit && /^[0-9a-f]{7,64}$/.test(record.source.commit) ? record.source.commit : void 0,
    runId: record.id,
    startedAt: record.startedAt,
    finishedAt: record.finishedAt
  };
}
function formatMarker(marker) {
  const fields = [
    ["experiment", marker.experiment],
    ["commit", marker.commit],
    ["run", marker.runId],
    ["started", marker.startedAt],
    ["finished", marker.finishedAt]
  ];
  const text = fields.filter((f) => f[1] !== void 0).map(([k, v]) => `${k}=${encodeURIComponent(v)}`).join(" ");
  return `${PREFIX}${text}${SUFFIX}`;
}
function parseMarker(body) {
  if (!body.startsWith(PREFIX)) return void 0;
  const end = body.indexOf(SUFFIX, PREFIX.length);
  if (end === -1 || end > MARKER_BUDGET) return void 0;
  const fields = /* @__PURE__ */ new Map();
  for (const pair of body.slice(PREFIX.length, end).split(" ")) {
    const eq = pair.indexOf("=");
    if (eq <= 0) return void 0;
    try {
      fields.set(pair.slice(0, eq), decodeURIComponent(pair.slice(eq + 1)));
    } catch {
      return void 0;
    }
  }
  const experiment = fields.get("experiment");
  if (experiment === void 0) return void 0;
  return {
    experiment,
    commit: fields.get("commit"),
    runId: fields.get("run") ?? "",
    startedAt: fields.get("started") ?? "",
    finishedAt: fields.get("finished") ?? ""
  };
}

export {
  checkExperiment,
  markerFor,
  formatMarker,
  parseMarker
};
