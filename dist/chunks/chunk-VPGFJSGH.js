import { createRequire as __pinshipCreateRequire } from 'node:module'; import { fileURLToPath as __pinshipFileURLToPath } from 'node:url'; import { dirname as __pinshipDirname } from 'node:path'; const require = __pinshipCreateRequire(import.meta.url); const __filename = __pinshipFileURLToPath(import.meta.url); const __dirname = __pinshipDirname(__filename);
import {
  setSecret
} from "./chunk-QS2IIGFL.js";

// src/action/mask-kubeconfig.ts
async function maskKubeconfig(content) {
  if (!content) return;
  const { kubeconfigSecrets } = await import("./kubeconfig-file-3OVULX5P.js");
  for (const secret of kubeconfigSecrets(content)) setSecret(secret);
}

export {
  maskKubeconfig
};
