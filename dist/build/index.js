import { createRequire as __pinshipCreateRequire } from 'node:module'; import { fileURLToPath as __pinshipFileURLToPath } from 'node:url'; import { dirname as __pinshipDirname } from 'node:path'; const require = __pinshipCreateRequire(import.meta.url); const __filename = __pinshipFileURLToPath(import.meta.url); const __dirname = __pinshipDirname(__filename);
import {
  escapeHtml,
  summaryLine
} from "../chunks/chunk-G2OUNXF5.js";
import {
  parseKeyValues,
  splitList
} from "../chunks/chunk-WJTU3CIM.js";
import {
  getLinesInput
} from "../chunks/chunk-CJ7CG2QY.js";
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
import "../chunks/chunk-SI2EDPFI.js";
import "../chunks/chunk-XDLBQ6T7.js";

// src/action/build.ts
await runAction(async (log) => {
  const password = getInput("password");
  if (password) log.addSecret(password);
  const inputs = {
    context: getInput("context") || ".",
    file: getInput("file") || void 0,
    image: getInput("image", { required: true }),
    tags: getLinesInput("tags").flatMap(splitList),
    buildArgs: parseKeyValues(getLinesInput("build-args"), "build-args"),
    target: getInput("target") || void 0,
    labels: parseKeyValues(getLinesInput("labels"), "labels"),
    platform: getInput("platform") || void 0,
    builder: getInput("builder") || void 0,
    network: getInput("network") || void 0,
    secrets: getLinesInput("secrets"),
    cacheFrom: getLinesInput("cache-from").flatMap(splitList),
    cacheTo: getInput("cache-to") || void 0,
    push: getBooleanInputOr("push", true),
    username: getInput("username") || void 0,
    password: password || void 0
  };
  const { connectEngine } = await import("../chunks/engine-LNSSMWVO.js");
  const { buildImage } = await import("../chunks/build-image-TYQDDALY.js");
  const result = await buildImage(inputs, { docker: await connectEngine(), log });
  setOutput("image", result.image);
  setOutput("digest", result.digest);
  setOutput("ref", result.ref);
  setOutput("tags", result.tags.join("\n"));
  setOutput("skipped", String(result.skipped));
  const how = result.skipped ? "unchanged inputs, reused" : inputs.push ? "built and pushed" : "built";
  log.info(`${result.ref} (${how})`);
  if (process.env.GITHUB_STEP_SUMMARY) {
    await summary.addRaw(summaryLine(`pinship build: <code>${escapeHtml(result.ref)}</code> (${escapeHtml(how)})`), true).write();
  }
});
