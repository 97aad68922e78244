import { createRequire as __pinshipCreateRequire } from 'node:module'; import { fileURLToPath as __pinshipFileURLToPath } from 'node:url'; import { dirname as __pinshipDirname } from 'node:path'; const require = __pinshipCreateRequire(import.meta.url); const __filename = __pinshipFileURLToPath(import.meta.url); const __dirname = __pinshipDirname(__filename);
import {
  uploadForkRecord
} from "./chunk-HN4R37QZ.js";
import {
  requirePostTarget
} from "./chunk-Y2Q63GZE.js";
import "./chunk-QBC5PCZI.js";
import "./chunk-7MXVX47H.js";
import {
  gateFailure,
  leftOutWarnings
} from "./chunk-C24TWCP4.js";
import "./chunk-AAM5EPO7.js";
import "./chunk-QRD45XQP.js";
import "./chunk-SI2EDPFI.js";
import "./chunk-XDLBQ6T7.js";

// src/pipeline/report-step.ts
import { writeFile } from "node:fs/promises";
import { dirname, join } from "node:path";
async function reportStep(flow, recordPath, options, deps) {
  const { context, log } = deps;
  const { report } = options;
  const { owner, repo, token } = requirePostTarget(context.repository, report.token, {
    token: "token",
    repository: "GITHUB_REPOSITORY"
  });
  const { createGitHubClient } = await import("./client-3FOKPTU4.js");
  const { makeReport } = await import("./make-report-FU2XVRQX.js");
  const { prepared, published } = await makeReport({
    run: recordPath,
    experiment: report.experiment,
    metrics: report.metrics,
    thresholdPct: report.thresholdPct,
    failOnRegression: report.failOnRegression,
    store: flow === "default-branch",
    recordsBranch: report.recordsBranch,
    context,
    post: {
      client: createGitHubClient({ token, baseUrl: process.env.GITHUB_API_URL || void 0, log }),
      owner,
      repo,
      check: report.check
    },
    log
  });
  for (const warning of leftOutWarnings(prepared)) log.warn(warning);
  const commentFile = join(dirname(recordPath), `pinship-comment-${report.experiment}.md`);
  await writeFile(commentFile, prepared.body);
  deps.output("comment-file", commentFile);
  const upload = { artifact: report.recordArtifact, record: recordPath, context, skipped: published?.skipped };
  await uploadForkRecord(upload, log);
  deps.output("conclusion", prepared.rendered.conclusion);
  deps.output("comment-url", published?.comment?.url ?? "");
  deps.output("comment-id", published?.comment ? String(published.comment.id) : "");
  await deps.summary(prepared.rendered.summary);
  return gateFailure(prepared.rendered, report.failOnRegression);
}
export {
  reportStep
};
