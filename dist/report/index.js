import { createRequire as __pinshipCreateRequire } from 'node:module'; import { fileURLToPath as __pinshipFileURLToPath } from 'node:url'; import { dirname as __pinshipDirname } from 'node:path'; const require = __pinshipCreateRequire(import.meta.url); const __filename = __pinshipFileURLToPath(import.meta.url); const __dirname = __pinshipDirname(__filename);
import {
  gateFailure,
  parseMetric,
  parseThreshold
} from "../chunks/chunk-PWTP3X2T.js";
import {
  checkExperiment,
  requirePostTarget
} from "../chunks/chunk-45BMVFP5.js";
import {
  readGitHubContext
} from "../chunks/chunk-35JCXQKC.js";
import {
  getLinesInput
} from "../chunks/chunk-CJ7CG2QY.js";
import "../chunks/chunk-QBC5PCZI.js";
import "../chunks/chunk-7MXVX47H.js";
import {
  getBooleanInputOr
} from "../chunks/chunk-KDLMRSMH.js";
import {
  getInput,
  runAction,
  setOutput,
  setSecret,
  summary
} from "../chunks/chunk-ERQRHJ4R.js";
import "../chunks/chunk-3Z3LTAZD.js";
import {
  PinshipError
} from "../chunks/chunk-SI2EDPFI.js";
import "../chunks/chunk-XDLBQ6T7.js";

// src/action/report.ts
import { writeFile } from "node:fs/promises";
import { dirname, join } from "node:path";
await runAction(async (log) => {
  const token = getInput("token");
  if (token) setSecret(token);
  const run = getInput("run", { required: true });
  const experiment = checkExperiment(getInput("experiment") || "default", "experiment");
  const context = readGitHubContext();
  const from = { token: "token", repository: "GITHUB_REPOSITORY" };
  const { owner, repo } = requirePostTarget(context.repository, token, from);
  const { createGitHubClient } = await import("../chunks/client-RNP47VUJ.js");
  const { makeReport } = await import("../chunks/make-report-55EC3BKD.js");
  const { prepared, published } = await makeReport({
    run,
    experiment,
    baseline: getInput("baseline") || void 0,
    metrics: getLinesInput("metrics").map((m) => parseMetric(m, "metrics")),
    thresholdPct: parseThreshold(getInput("threshold"), "threshold"),
    failOnRegression: getBooleanInputOr("fail-on-regression", false),
    store: getBooleanInputOr("store", false),
    recordsBranch: getInput("records-branch") || "pinship-records",
    context,
    post: {
      client: createGitHubClient({ token, baseUrl: process.env.GITHUB_API_URL || void 0, log }),
      owner,
      repo,
      check: getBooleanInputOr("check", true)
    },
    log
  });
  const commentFile = join(dirname(run), `pinship-comment-${experiment}.md`);
  await writeFile(commentFile, prepared.body);
  log.info(`comment file: ${commentFile}`);
  setOutput("conclusion", prepared.rendered.conclusion);
  setOutput("comment-url", published?.comment?.url ?? "");
  setOutput("comment-id", published?.comment ? String(published.comment.id) : "");
  if (process.env.GITHUB_STEP_SUMMARY) await summary.addRaw(prepared.rendered.summary, true).write();
  const gate = gateFailure(prepared.rendered, getBooleanInputOr("fail-on-regression", false));
  if (gate) throw new PinshipError(gate, { field: "fail-on-regression" });
});
