import { createRequire as __pinshipCreateRequire } from 'node:module'; import { fileURLToPath as __pinshipFileURLToPath } from 'node:url'; import { dirname as __pinshipDirname } from 'node:path'; const require = __pinshipCreateRequire(import.meta.url); const __filename = __pinshipFileURLToPath(import.meta.url); const __dirname = __pinshipDirname(__filename);
import {
  PinshipError
} from "./chunk-SI2EDPFI.js";

// src/report/options.ts
function parseMetric(text, field) {
  const m = /^(\S.*):(lower|higher)$/.exec(text.trim());
  if (!m) throw new PinshipError(`expected KEY:lower or KEY:higher, got ${JSON.stringify(text)}`, { field });
  return { key: m[1], better: m[2] };
}
function parseThreshold(text, field) {
  if (text === void 0 || text === "") return 10;
  const m = /^(\d+(?:\.\d+)?)%?$/.exec(text.trim());
  if (!m) throw new PinshipError(`expected a percentage such as 10 or 2.5%, got ${JSON.stringify(text)}`, { field });
  return Number(m[1]);
}
function leftOutWarnings(prepared) {
  return prepared.leftOut.map((why) => `${why}; left out of the baseline and trend`);
}
function gateFailure(rendered, failOnRegression) {
  if (!failOnRegression || rendered.regressions.length === 0) return void 0;
  return `${rendered.regressions.length} regression(s) beyond the threshold and the noise fail the gate (fail-on-regression): ${rendered.regressions.join("; ")}`;
}

export {
  parseMetric,
  parseThreshold,
  leftOutWarnings,
  gateFailure
};
