import { createRequire as __pinshipCreateRequire } from 'node:module'; import { fileURLToPath as __pinshipFileURLToPath } from 'node:url'; import { dirname as __pinshipDirname } from 'node:path'; const require = __pinshipCreateRequire(import.meta.url); const __filename = __pinshipFileURLToPath(import.meta.url); const __dirname = __pinshipDirname(__filename);
import {
  escapeHtml,
  summaryLine
} from "./chunk-G2OUNXF5.js";
import {
  PinshipError
} from "./chunk-SI2EDPFI.js";
import "./chunk-XDLBQ6T7.js";

// src/pipeline/image-step.ts
async function imageStep(flow, options, deps) {
  const { log } = deps;
  if (!options.build.image) throw new PinshipError("build needs the repository to push to", { field: "image" });
  const push = !(flow === "pull-request" && deps.context.pullRequest?.fork);
  const { connectEngine } = await import("./engine-2LSGAD5G.js");
  const docker = await connectEngine();
  const build = { ...options.build, push };
  const result = await log.group(flow === "release" ? "find the built image" : "build", async () => {
    if (flow === "release") return (await import("./built-image-S6JK5GQP.js")).findBuiltImage(build, { docker, log });
    return (await import("./build-image-HXSSRYS7.js")).buildImage(build, { docker, log });
  });
  deps.output("image", result.image);
  deps.output("digest", result.digest);
  deps.output("ref", result.ref);
  deps.output("tags", result.tags.join("\n"));
  deps.output("skipped", String(result.skipped));
  const how = flow === "release" ? "built earlier for this commit" : result.skipped ? "unchanged inputs, reused" : push ? "built" : "built into the runner's engine, not pushed (a fork's pull request)";
  log.info(`${result.ref} (${how})`);
  await deps.summary(summaryLine(`pinship build: <code>${escapeHtml(result.ref)}</code> (${escapeHtml(how)})`));
  return result.ref;
}
export {
  imageStep
};
