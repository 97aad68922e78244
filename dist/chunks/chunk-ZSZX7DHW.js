import { createRequire as __pinshipCreateRequire } from 'node:module'; import { fileURLToPath as __pinshipFileURLToPath } from 'node:url'; import { dirname as __pinshipDirname } from 'node:path'; const require = __pinshipCreateRequire(import.meta.url); const __filename = __pinshipFileURLToPath(import.meta.url); const __dirname = __pinshipDirname(__filename);

// src/pipeline/kubeconfig.ts
async function withKubeconfig(content, deps, fn) {
  if (!content) return fn(void 0);
  const { withKubeconfigFile } = await import("./kubeconfig-file-3OVULX5P.js");
  return withKubeconfigFile(content, fn, void 0, (folder) => deps.saveState("kubeconfig-dir", folder));
}

export {
  withKubeconfig
};
