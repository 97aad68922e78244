import { createRequire as __pinshipCreateRequire } from 'node:module'; import { fileURLToPath as __pinshipFileURLToPath } from 'node:url'; import { dirname as __pinshipDirname } from 'node:path'; const require = __pinshipCreateRequire(import.meta.url); const __filename = __pinshipFileURLToPath(import.meta.url); const __dirname = __pinshipDirname(__filename);
import {
  reportRunOptions,
  reportSchema
} from "../chunks/chunk-BUNCNJGS.js";
import {
  requirePostTarget
} from "../chunks/chunk-Q4SHHE74.js";
import "../chunks/chunk-QBC5PCZI.js";
import "../chunks/chunk-7MXVX47H.js";
import {
  gateFailure
} from "../chunks/chunk-PWTP3X2T.js";
import "../chunks/chunk-AAM5EPO7.js";
import {
  readGitHubContext
} from "../chunks/chunk-ARO6EYCV.js";
import {
  readInputs
} from "../chunks/chunk-RMNUKREJ.js";
import "../chunks/chunk-6F3K4STA.js";
import "../chunks/chunk-WJTU3CIM.js";
import {
  runAction,
  setOutput,
  setSecret,
  summary
} from "../chunks/chunk-OVYHJUI7.js";
import "../chunks/chunk-3Z3LTAZD.js";
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
  const from = { token: "token", repository: "GITHUB_REPOSITORY" };
  const { owner, repo } = requirePostTarget(context.repository, token, from);
  const { createGitHubClient } = await import("../chunks/client-RNP47VUJ.js");
  const { makeReport } = await import("../chunks/make-report-OKNMVE7K.js");
  const { prepared, published } = await makeReport({
    ...reportRunOptions(options),
    context,
    post: {
      client: createGitHubClient({ token, baseUrl: process.env.GITHUB_API_URL || void 0, log }),
      owner,
      repo,
      check: options.check
    },
    log
  });
  const commentFile = join(dirname(options.run), `pinship-comment-${options.experiment}.md`);
  await writeFile(commentFile, prepared.body);
  log.info(`comment file: ${commentFile}`);
  setOutput("conclusion", prepared.rendered.conclusion);
  setOutput("comment-url", published?.comment?.url ?? "");
  setOutput("comment-id", published?.comment ? String(published.comment.id) : "");
  if (process.env.GITHUB_STEP_SUMMARY) await summary.addRaw(prepared.rendered.summary, true).write();
  const gate = gateFailure(prepared.rendered, options.failOnRegression);
  if (gate) throw new PinshipError(gate, { field: "fail-on-regression" });
});
