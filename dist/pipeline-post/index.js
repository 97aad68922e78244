import { createRequire as __pinshipCreateRequire } from 'node:module'; import { fileURLToPath as __pinshipFileURLToPath } from 'node:url'; import { dirname as __pinshipDirname } from 'node:path'; const require = __pinshipCreateRequire(import.meta.url); const __filename = __pinshipFileURLToPath(import.meta.url); const __dirname = __pinshipDirname(__filename);

// src/action/pipeline-post.ts
import { existsSync } from "node:fs";
var state = (name) => process.env[`STATE_${name}`] ?? "";
var kubeconfigLeft = state("kubeconfig-dir") !== "" && existsSync(state("kubeconfig-dir"));
var stopped = state("namespace") !== "" && state("ended") !== "by itself";
if (kubeconfigLeft || state("run-id") !== "" || stopped) {
  const { cleanUpAfterPipeline } = await import("../chunks/pipeline-post-cleanup-BG6JVF7L.js");
  await cleanUpAfterPipeline();
}
