import { createRequire as __pinshipCreateRequire } from 'node:module'; import { fileURLToPath as __pinshipFileURLToPath } from 'node:url'; import { dirname as __pinshipDirname } from 'node:path'; const require = __pinshipCreateRequire(import.meta.url); const __filename = __pinshipFileURLToPath(import.meta.url); const __dirname = __pinshipDirname(__filename);
import {
  getState,
  runAction
} from "../chunks/chunk-QS2IIGFL.js";
import "../chunks/chunk-3Z3LTAZD.js";
import "../chunks/chunk-XFI7XXBZ.js";
import "../chunks/chunk-SI2EDPFI.js";
import "../chunks/chunk-XDLBQ6T7.js";

// src/action/run-post.ts
import { rm } from "node:fs/promises";
await runAction(async (log) => {
  const kubeconfigDir = getState("kubeconfig-dir");
  if (kubeconfigDir) await rm(kubeconfigDir, { recursive: true, force: true });
  const runId = getState("run-id");
  if (!runId) {
    log.info("no run was started: nothing to clean up");
    return;
  }
  const { connectEngine } = await import("../chunks/engine-2LSGAD5G.js");
  const { removeRunContainers } = await import("../chunks/leftovers-VOWII66O.js");
  const removed = await removeRunContainers(await connectEngine(), runId, log);
  log.info(removed ? `removed ${removed} container(s) left by run ${runId}` : `run ${runId} left no container behind`);
});
