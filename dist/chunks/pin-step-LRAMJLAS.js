import { createRequire as __pinshipCreateRequire } from 'node:module'; import { fileURLToPath as __pinshipFileURLToPath } from 'node:url'; import { dirname as __pinshipDirname } from 'node:path'; const require = __pinshipCreateRequire(import.meta.url); const __filename = __pinshipFileURLToPath(import.meta.url); const __dirname = __pinshipDirname(__filename);
import {
  describeChange
} from "./chunk-IEVNMBNJ.js";
import "./chunk-CDRSM3XE.js";
import "./chunk-WWE2H5DM.js";
import {
  parseImagePins
} from "./chunk-6ZN2BK6V.js";
import "./chunk-6U5DZSTP.js";
import {
  escapeHtml,
  summaryLine
} from "./chunk-G2OUNXF5.js";
import "./chunk-QBC5PCZI.js";
import "./chunk-7MXVX47H.js";
import {
  parseRepository
} from "./chunk-QRD45XQP.js";
import "./chunk-WJTU3CIM.js";
import {
  PinshipError
} from "./chunk-SI2EDPFI.js";
import "./chunk-XDLBQ6T7.js";

// src/pipeline/pin-step.ts
async function pinStep(flow, ref, options, deps) {
  const { context, log } = deps;
  const release = flow === "release";
  const overlays = release ? options.pin.production : options.pin.staging;
  const field = release ? "production-overlays" : "staging-overlays";
  if (overlays.length === 0) throw new PinshipError(`no overlay to pin for the ${flow} flow`, { field });
  const branch = release ? context.defaultBranch : context.branch;
  if (!branch) throw new PinshipError("the event names no default branch to pin onto", { field });
  if (options.pin.pullRequest && !options.pin.token) {
    throw new PinshipError("pull-request needs a token", { field: "token" });
  }
  const { createGitHubClient } = await import("./client-3FOKPTU4.js");
  const pullRequest = options.pin.pullRequest ? {
    client: createGitHubClient({ token: options.pin.token, baseUrl: process.env.GITHUB_API_URL, log }),
    ...parseRepository(context.repository, "GITHUB_REPOSITORY")
  } : void 0;
  const { pin } = await import("./pin-WX4XJQAZ.js");
  const result = await log.group(
    "pin",
    () => pin({
      repo: ".",
      overlays,
      images: parseImagePins([`${options.imageName}=${ref}`], "image-name"),
      commit: true,
      push: !pullRequest,
      pullRequest,
      branch,
      sourceCommit: context.sha,
      rollJobs: true,
      // The image step found this digest in the registry (or the job that built it did).
      verifyDigests: false,
      log
    })
  );
  for (const f of result.files) for (const i of f.images) log.info(`${f.file}: ${describeChange(i)}`);
  deps.output("pin-action", result.action);
  deps.output("pinned-commit", result.commit ?? "");
  deps.output("pin-pull-request-url", result.pullRequest?.url ?? "");
  const where = result.pullRequest?.url ?? result.commit?.slice(0, 12) ?? "";
  await deps.summary(summaryLine(escapeHtml(`pinship pin (${overlays.join(", ")}): ${result.action} ${where}`)));
  return result.commit;
}
export {
  pinStep
};
