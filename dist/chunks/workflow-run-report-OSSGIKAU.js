import { createRequire as __pinshipCreateRequire } from 'node:module'; import { fileURLToPath as __pinshipFileURLToPath } from 'node:url'; import { dirname as __pinshipDirname } from 'node:path'; const require = __pinshipCreateRequire(import.meta.url); const __filename = __pinshipFileURLToPath(import.meta.url); const __dirname = __pinshipDirname(__filename);
import {
  MAX_RECORD_BYTES,
  makeReport,
  readRunRecord
} from "./chunk-265WZC6V.js";
import "./chunk-AJHGJJON.js";
import "./chunk-H5HYLQYK.js";
import "./chunk-3RNY2SU5.js";
import "./chunk-BJNWZC5G.js";
import "./chunk-ZGUWF77U.js";
import "./chunk-3STPPBFV.js";
import "./chunk-WWE2H5DM.js";
import "./chunk-V5BDOAQ7.js";
import "./chunk-G2OUNXF5.js";
import {
  downloadRecordArtifact
} from "./chunk-HN4R37QZ.js";
import {
  assertRecordOfRun,
  capConclusion,
  findRunPullRequest,
  getWorkflowRun,
  refuseStore,
  staleRun
} from "./chunk-Y2Q63GZE.js";
import "./chunk-QBC5PCZI.js";
import "./chunk-7MXVX47H.js";
import "./chunk-AAM5EPO7.js";
import "./chunk-QRD45XQP.js";
import "./chunk-SI2EDPFI.js";
import "./chunk-XDLBQ6T7.js";

// src/report/workflow-run-report.ts
async function reportWorkflowRun(options) {
  if (options.store) throw refuseStore();
  const { client, owner, repo } = options.post;
  const run = await getWorkflowRun(client, owner, repo, options.runId);
  const from = { token: options.token, owner, repo, runId: run.id, name: options.artifact };
  const file = await downloadRecordArtifact(from, MAX_RECORD_BYTES);
  if (!file) {
    const skipped = `workflow run ${run.id} uploaded no artifact ${JSON.stringify(options.artifact)}: nothing to post (a pull request from this repository posts its own report)`;
    return { run, skipped };
  }
  assertRecordOfRun(await readRunRecord(file), run, file);
  const pr = await findRunPullRequest(client, owner, repo, { ...run, pullRequestNumber: run.pullRequestNumbers[0] });
  const stale = staleRun(run, pr);
  if (stale || !pr) return { run, skipped: stale };
  const report = await makeReport({
    ...options,
    run: file,
    context: {
      ...options.context,
      pullRequest: { ...pr, fork: run.headRepository.toLowerCase() !== `${owner}/${repo}`.toLowerCase() },
      workflowRun: {
        headSha: run.headSha,
        headBranch: run.headBranch,
        headOwner: run.headOwner,
        pullRequestNumber: pr.number
      }
    },
    post: { ...options.post, pr: pr.number, sha: run.headSha, runConclusion: run.conclusion }
  });
  const conclusion = capConclusion(report.prepared.rendered.conclusion, run.conclusion);
  return { run, report, skipped: report.published?.skipped, conclusion };
}
export {
  reportWorkflowRun
};
