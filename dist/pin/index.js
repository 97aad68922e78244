import { createRequire as __pinshipCreateRequire } from 'node:module'; import { fileURLToPath as __pinshipFileURLToPath } from 'node:url'; import { dirname as __pinshipDirname } from 'node:path'; const require = __pinshipCreateRequire(import.meta.url); const __filename = __pinshipFileURLToPath(import.meta.url); const __dirname = __pinshipDirname(__filename);
import {
  describeChange
} from "../chunks/chunk-37SANBHM.js";
import "../chunks/chunk-6BHEEKJ2.js";
import {
  parseImagePins
} from "../chunks/chunk-6ZN2BK6V.js";
import "../chunks/chunk-6U5DZSTP.js";
import {
  escapeHtml,
  summaryLine
} from "../chunks/chunk-G2OUNXF5.js";
import {
  splitList
} from "../chunks/chunk-WJTU3CIM.js";
import {
  parseRepository,
  readGitHubContext
} from "../chunks/chunk-35JCXQKC.js";
import {
  getLinesInput
} from "../chunks/chunk-CJ7CG2QY.js";
import {
  parseAuthor
} from "../chunks/chunk-QBC5PCZI.js";
import "../chunks/chunk-7MXVX47H.js";
import {
  getBooleanInputOr
} from "../chunks/chunk-KDLMRSMH.js";
import {
  getInput,
  runAction,
  setOutput,
  summary
} from "../chunks/chunk-ERQRHJ4R.js";
import "../chunks/chunk-3Z3LTAZD.js";
import {
  PinshipError
} from "../chunks/chunk-SI2EDPFI.js";
import "../chunks/chunk-XDLBQ6T7.js";

// src/action/pin.ts
import { statSync } from "node:fs";
function getInputs() {
  return {
    overlays: getLinesInput("overlays", { required: true }).flatMap(splitList),
    images: getLinesInput("images", { required: true }),
    commit: getBooleanInputOr("commit", false),
    push: getBooleanInputOr("push", false),
    "pull-request": getBooleanInputOr("pull-request", false),
    "dry-run": getBooleanInputOr("dry-run", false),
    token: getInput("token"),
    author: getInput("author"),
    branch: getInput("branch"),
    "pull-request-branch": getInput("pull-request-branch"),
    "source-commit": getInput("source-commit"),
    "source-repo": getInput("source-repo"),
    "job-roll": getBooleanInputOr("job-roll", true),
    "verify-digest": getBooleanInputOr("verify-digest", true),
    "working-directory": getInput("working-directory") || "."
  };
}
async function main(log) {
  const inputs = getInputs();
  if (inputs.token) log.addSecret(inputs.token);
  if (!statSync(inputs["working-directory"], { throwIfNoEntry: false })?.isDirectory()) {
    throw new PinshipError(`${JSON.stringify(inputs["working-directory"])} is not a directory`, {
      field: "working-directory"
    });
  }
  const author = inputs.author ? parseAuthor(inputs.author) : void 0;
  if (inputs.author && !author) throw new PinshipError('expected "Name <email>"', { field: "author" });
  let pullRequest;
  if (inputs["pull-request"]) {
    if (!inputs.token) throw new PinshipError("pull-request needs a token", { field: "token" });
    const { owner, repo } = parseRepository(readGitHubContext().repository, "GITHUB_REPOSITORY");
    const { createGitHubClient } = await import("../chunks/client-RNP47VUJ.js");
    pullRequest = {
      client: createGitHubClient({ token: inputs.token, baseUrl: process.env.GITHUB_API_URL, log }),
      owner,
      repo
    };
  }
  const { pin } = await import("../chunks/pin-M3DIDMNB.js");
  const result = await log.group(
    "pin",
    () => pin({
      repo: inputs["working-directory"],
      overlays: inputs.overlays,
      images: parseImagePins(inputs.images, "images"),
      dryRun: inputs["dry-run"],
      commit: inputs.commit,
      push: inputs.push,
      pullRequest,
      branch: inputs.branch || void 0,
      pullRequestBranch: inputs["pull-request-branch"] || void 0,
      sourceCommit: inputs["source-commit"] || void 0,
      sourceRepo: inputs["source-repo"] || void 0,
      author,
      rollJobs: inputs["job-roll"],
      verifyDigests: inputs["verify-digest"],
      log
    })
  );
  for (const f of result.files) for (const i of f.images) log.info(`${f.file}: ${describeChange(i)}`);
  if (result.diff) log.info(result.diff);
  setOutput("changed", String(result.changed));
  setOutput("action", result.action);
  setOutput("files", JSON.stringify(result.files.map((f) => f.file)));
  setOutput("commit", result.commit ?? "");
  if (result.pullRequest) {
    setOutput("pull-request-number", String(result.pullRequest.number));
    setOutput("pull-request-url", result.pullRequest.url);
  }
  await writeSummary(result);
}
async function writeSummary(result) {
  if (!process.env.GITHUB_STEP_SUMMARY) return;
  const summary2 = summary.addHeading("pinship pin", 3);
  if (result.files.length) {
    summary2.addTable([
      [
        { data: "File", header: true },
        { data: "Image", header: true },
        { data: "Old", header: true },
        { data: "New", header: true }
      ],
      ...result.files.flatMap((f) => f.images.map((i) => [f.file, i.name, i.old ?? "(none)", i.new].map(escapeHtml)))
    ]);
  }
  for (const k of result.kept) summary2.addRaw(summaryLine(escapeHtml(`${k.file}: ${k.name} kept: ${k.reason}`)), true);
  for (const w of result.warnings) summary2.addRaw(summaryLine(escapeHtml(`Warning: ${w}`)), true);
  const where = result.pullRequest ? ` ${result.pullRequest.url}` : result.commit ? ` ${result.commit.slice(0, 12)}` : "";
  await summary2.addRaw(summaryLine(escapeHtml(`Result: ${result.action}${where}`)), true).write();
}
await runAction(main);
