import { createRequire as __pinshipCreateRequire } from 'node:module'; import { fileURLToPath as __pinshipFileURLToPath } from 'node:url'; import { dirname as __pinshipDirname } from 'node:path'; const require = __pinshipCreateRequire(import.meta.url); const __filename = __pinshipFileURLToPath(import.meta.url); const __dirname = __pinshipDirname(__filename);
import {
  require_dist
} from "./chunk-ER27BKIH.js";
import {
  __toESM
} from "./chunk-XDLBQ6T7.js";

// src/kube/kubeconfig-file.ts
var import_yaml = __toESM(require_dist(), 1);
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
async function withKubeconfigFile(content, fn, dir = tmpdir(), onFolder) {
  const folder = await mkdtemp(join(dir, "pinship-kubeconfig-"));
  onFolder?.(folder);
  try {
    const path = join(folder, "config");
    await writeFile(path, content, { mode: 384, flag: "wx" });
    return await fn(path);
  } finally {
    await rm(folder, { recursive: true, force: true });
  }
}
function kubeconfigSecrets(content) {
  const secrets = /* @__PURE__ */ new Set([content]);
  let doc;
  try {
    doc = (0, import_yaml.parse)(content);
  } catch {
    for (const line of content.split(/\r?\n/)) if (line.trim()) secrets.add(line.trim());
    return [...secrets];
  }
  const add = (value) => {
    if (typeof value === "string" && value.trim()) secrets.add(value);
  };
  for (const entry of doc?.users ?? []) {
    const user = entry?.user;
    if (!user || typeof user !== "object") continue;
    for (const field of SECRET_FIELDS) add(user[field]);
    for (const [key, value] of Object.entries(user["auth-provider"]?.config ?? {}))
      if (SECRET_NAME.test(key)) add(value);
    for (const env of user.exec?.env ?? []) if (SECRET_NAME.test(String(env?.name))) add(env?.value);
  }
  return [...secrets];
}
var SECRET_FIELDS = ["token", "password", "client-key-data"];
var SECRET_NAME = /secret|token|passw|key|credential|auth/i;
export {
  kubeconfigSecrets,
  withKubeconfigFile
};
