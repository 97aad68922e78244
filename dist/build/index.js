import { createRequire as __pinshipCreateRequire } from 'node:module'; import { fileURLToPath as __pinshipFileURLToPath } from 'node:url'; import { dirname as __pinshipDirname } from 'node:path'; const require = __pinshipCreateRequire(import.meta.url); const __filename = __pinshipFileURLToPath(import.meta.url); const __dirname = __pinshipDirname(__filename);
import {
  buildSchema
} from "../chunks/chunk-QCQJ6JJM.js";
import {
  escapeHtml,
  summaryLine
} from "../chunks/chunk-G2OUNXF5.js";
import {
  readInputs
} from "../chunks/chunk-T5AM7XDX.js";
import "../chunks/chunk-6F3K4STA.js";
import "../chunks/chunk-WJTU3CIM.js";
import {
  runAction,
  setOutput,
  summary
} from "../chunks/chunk-QS2IIGFL.js";
import "../chunks/chunk-3Z3LTAZD.js";
import "../chunks/chunk-XFI7XXBZ.js";
import "../chunks/chunk-SI2EDPFI.js";
import "../chunks/chunk-XDLBQ6T7.js";

// src/action/build.ts
await runAction(async (log) => {
  const { values: inputs } = readInputs(buildSchema);
  if (inputs.password) log.addSecret(inputs.password);
  const { connectEngine } = await import("../chunks/engine-2LSGAD5G.js");
  const { buildImage } = await import("../chunks/build-image-HXSSRYS7.js");
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
