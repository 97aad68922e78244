import { createRequire as __pinshipCreateRequire } from 'node:module'; import { fileURLToPath as __pinshipFileURLToPath } from 'node:url'; import { dirname as __pinshipDirname } from 'node:path'; const require = __pinshipCreateRequire(import.meta.url); const __filename = __pinshipFileURLToPath(import.meta.url); const __dirname = __pinshipDirname(__filename);
import {
  withKubeconfig
} from "./chunk-ZSZX7DHW.js";
import "./chunk-XDLBQ6T7.js";

// src/pipeline/cleanup-step.ts
async function cleanupStep(options, deps) {
  const { log, context } = deps;
  const number = context.pullRequest.number;
  if (!options.cluster.kubeconfig) {
    log.info(`no kubeconfig given: pull request #${number} ran on no cluster, nothing to delete`);
    deps.output("deleted-namespaces", "");
    return;
  }
  const { cleanup } = await import("./cleanup-DRTIV47W.js");
  const result = await withKubeconfig(
    options.cluster.kubeconfig,
    deps,
    (kubeconfig) => cleanup({ pullRequest: number, kubeconfig, signal: deps.signal, log })
  );
  log.info(`deleted ${result.namespaces.length} namespace(s): ${result.namespaces.join(", ") || "none"}`);
  deps.output("deleted-namespaces", result.namespaces.join("\n"));
}
export {
  cleanupStep
};
