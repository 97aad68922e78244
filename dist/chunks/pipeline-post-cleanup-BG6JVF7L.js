import { createRequire as __pinshipCreateRequire } from 'node:module'; import { fileURLToPath as __pinshipFileURLToPath } from 'node:url'; import { dirname as __pinshipDirname } from 'node:path'; const require = __pinshipCreateRequire(import.meta.url); const __filename = __pinshipFileURLToPath(import.meta.url); const __dirname = __pinshipDirname(__filename);
import {
  maskKubeconfig
} from "./chunk-VPGFJSGH.js";
import {
  getInput,
  getState,
  runAction
} from "./chunk-QS2IIGFL.js";
import "./chunk-3Z3LTAZD.js";
import "./chunk-XFI7XXBZ.js";
import "./chunk-SI2EDPFI.js";
import "./chunk-XDLBQ6T7.js";

// src/action/pipeline-post-cleanup.ts
import { rm } from "node:fs/promises";
var cleanUpAfterPipeline = () => runAction(async (log) => {
  const kubeconfigDir = getState("kubeconfig-dir");
  if (kubeconfigDir) await rm(kubeconfigDir, { recursive: true, force: true });
  const runId = getState("run-id");
  if (runId) {
    const { connectEngine } = await import("./engine-2LSGAD5G.js");
    const { removeRunContainers } = await import("./leftovers-VOWII66O.js");
    const removed = await removeRunContainers(await connectEngine(), runId, log);
    if (removed) log.info(`removed ${removed} container(s) left by run ${runId}`);
  }
  const namespace = getState("namespace");
  if (!namespace || getState("ended") === "by itself") return;
  const kubeconfig = getInput("kubeconfig");
  await maskKubeconfig(kubeconfig);
  const { cleanup } = await import("./cleanup-DRTIV47W.js");
  const { withKubeconfig } = await import("./kubeconfig-BAOMQN7G.js");
  const result = await withKubeconfig(
    kubeconfig || void 0,
    { saveState: () => void 0 },
    (path) => cleanup({ namespace, kubeconfig: path, log })
  );
  const deleted = result.namespaces.includes(namespace) ? `namespace ${namespace}` : `${result.objects.length} object(s) pinship created in ${namespace}`;
  log.info(`the run was stopped: deleted ${deleted}`);
});
export {
  cleanUpAfterPipeline
};
