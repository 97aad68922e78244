import { createRequire as __pinshipCreateRequire } from 'node:module'; import { fileURLToPath as __pinshipFileURLToPath } from 'node:url'; import { dirname as __pinshipDirname } from 'node:path'; const require = __pinshipCreateRequire(import.meta.url); const __filename = __pinshipFileURLToPath(import.meta.url); const __dirname = __pinshipDirname(__filename);
import {
  reportRunOptions,
  reportSchema,
  requireRun
} from "../chunks/chunk-BSSJENMQ.js";
import {
  uploadForkRecord
} from "../chunks/chunk-HN4R37QZ.js";
import {
  requirePostTarget
} from "../chunks/chunk-Y2Q63GZE.js";
import "../chunks/chunk-QBC5PCZI.js";
import "../chunks/chunk-7MXVX47H.js";
import {
  gateFailure,
  leftOutWarnings
} from "../chunks/chunk-C24TWCP4.js";
import "../chunks/chunk-AAM5EPO7.js";
import {
  readGitHubContext
} from "../chunks/chunk-QRD45XQP.js";
import {
  readInputs
} from "../chunks/chunk-T5AM7XDX.js";
import "../chunks/chunk-6F3K4STA.js";
import "../chunks/chunk-WJTU3CIM.js";
import {
  runAction,
  setOutput,
  setSecret,
  summary
} from "../chunks/chunk-QS2IIGFL.js";
import "../chunks/chunk-3Z3LTAZD.js";
import "../chunks/chunk-XFI7XXBZ.js";
import {
  PinshipError
} from "../chunks/chunk-SI2EDPFI.js";
import "../chunks/chunk-XDLBQ6T7.js";

// src/action/report.ts
import { writeFile } from "node:fs/promises";
import { dirname, join } from "node:path";
await runAction(async (log) => {
  const { values: options } = readInputs(reportSchema);
  const token = options.token ?? "";
  if (token) setSecret(token);
  const context = readGitHubContext();
  const fromArtifact = context.eventName === "workflow_run" && Boolean(options.recordArtifact);
  const run = fromArtifact ? "" : requireRun(options, "run");
  const from = { token: "token", repository: "GITHUB_REPOSITORY" };
  const { owner, repo } = requirePostTarget(context.repository, token, from);
  const { createGitHubClient } = await import("../chunks/client-3FOKPTU4.js");
  const client = createGitHubClient({ token, baseUrl: process.env.GITHUB_API_URL || void 0, log });
  const post = { client, owner, repo, check: options.check };
  const report = { ...reportRunOptions(options, run), context, post, log };
  if (fromArtifact) return reportArtifact(report, context, options, token, log);
  const { makeReport } = await import("../chunks/make-report-FU2XVRQX.js");
  const { prepared, published } = await makeReport(report);
  const commentFile = join(dirname(run), `pinship-comment-${options.experiment}.md`);
  await writeFile(commentFile, prepared.body);
  log.info(`comment file: ${commentFile}`);
  const upload = { artifact: options.recordArtifact, record: run, context, skipped: published?.skipped };
  await uploadForkRecord(upload, log);
  await finish(prepared, published?.comment, prepared.rendered.conclusion, options.failOnRegression, log);
});
async function reportArtifact(report, context, options, token, log) {
  const runId = context.workflowRun?.id;
  if (runId === void 0)
    throw new PinshipError("the workflow_run event names no run id", { field: "GITHUB_EVENT_PATH" });
  const { reportWorkflowRun } = await import("../chunks/workflow-run-report-OSSGIKAU.js");
  const done = await reportWorkflowRun({ ...report, runId, artifact: options.recordArtifact, token });
  if (done.skipped && !done.report) log.warn(done.skipped);
  if (done.report)
    await finish(done.report.prepared, done.report.published?.comment, done.conclusion, options.failOnRegression, log);
}
async function finish(prepared, comment, conclusion, failOnRegression, log) {
  for (const warning of leftOutWarnings(prepared)) log.warn(warning);
  setOutput("conclusion", conclusion ?? prepared.rendered.conclusion);
  setOutput("comment-url", comment?.url ?? "");
  setOutput("comment-id", comment ? String(comment.id) : "");
  if (process.env.GITHUB_STEP_SUMMARY) await summary.addRaw(prepared.rendered.summary, true).write();
  const gate = gateFailure(prepared.rendered, failOnRegression);
  if (gate) throw new PinshipError(gate, { field: "fail-on-regression" });
}
