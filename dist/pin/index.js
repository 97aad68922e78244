import { createRequire as __pinshipCreateRequire } from 'node:module'; import { fileURLToPath as __pinshipFileURLToPath } from 'node:url'; import { dirname as __pinshipDirname } from 'node:path'; const require = __pinshipCreateRequire(import.meta.url); const __filename = __pinshipFileURLToPath(import.meta.url); const __dirname = __pinshipDirname(__filename);
import {
  pinRunOptions,
  pinSchema
} from "../chunks/chunk-7PPAXRDD.js";
import {
  describeChange
} from "../chunks/chunk-IEVNMBNJ.js";
import "../chunks/chunk-CDRSM3XE.js";
import "../chunks/chunk-WWE2H5DM.js";
import "../chunks/chunk-6ZN2BK6V.js";
import "../chunks/chunk-6U5DZSTP.js";
import {
  escapeHtml,
  summaryLine
} from "../chunks/chunk-G2OUNXF5.js";
import "../chunks/chunk-QBC5PCZI.js";
import "../chunks/chunk-7MXVX47H.js";
import {
  parseRepository,
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
  summary
} from "../chunks/chunk-QS2IIGFL.js";
import "../chunks/chunk-3Z3LTAZD.js";
import "../chunks/chunk-XFI7XXBZ.js";
import {
  PinshipError
} from "../chunks/chunk-SI2EDPFI.js";
import "../chunks/chunk-XDLBQ6T7.js";

// src/action/pin.ts
async function main(log) {
  const { values: options } = readInputs(pinSchema);
  if (options.token) log.addSecret(options.token);
  const pullRequest = options.pullRequest ? await pullRequestTarget(options.token, log) : void 0;
  const { pin } = await import("../chunks/pin-WX4XJQAZ.js");
  const result = await log.group("pin", () => pin({ ...pinRunOptions(options), pullRequest, log }));
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
async function pullRequestTarget(token, log) {
  if (!token) throw new PinshipError("pull-request needs a token", { field: "token" });
  const { owner, repo } = parseRepository(readGitHubContext().repository, "GITHUB_REPOSITORY");
  const { createGitHubClient } = await import("../chunks/client-3FOKPTU4.js");
  return { client: createGitHubClient({ token, baseUrl: process.env.GITHUB_API_URL, log }), owner, repo };
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
