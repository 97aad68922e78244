import { createRequire as __pinshipCreateRequire } from 'node:module'; import { fileURLToPath as __pinshipFileURLToPath } from 'node:url'; import { dirname as __pinshipDirname } from 'node:path'; const require = __pinshipCreateRequire(import.meta.url); const __filename = __pinshipFileURLToPath(import.meta.url); const __dirname = __pinshipDirname(__filename);
import {
  which
} from "./chunk-XFI7XXBZ.js";
import {
  PinshipError
} from "./chunk-SI2EDPFI.js";

// src/kube/kustomize.ts
import { execFile } from "node:child_process";
var RENDERERS = [
  { command: "kustomize", args: (dir) => ["build", dir] },
  { command: "kubectl", args: (dir) => ["kustomize", dir] }
];
async function kustomizeBuild(dir, options = {}) {
  for (const renderer of RENDERERS) {
    const program = await which(renderer.command);
    if (program) return execRenderer(renderer, program, dir, options);
  }
  return void 0;
}
function execRenderer(renderer, program, dir, options) {
  const args = renderer.args(dir);
  const settings = { maxBuffer: 256 * 1024 * 1024, timeout: options.timeoutMs ?? 6e4 };
  return new Promise((resolve, reject) => {
    execFile(program, args, settings, (err, stdout, stderr) => {
      if (!err) return resolve(String(stdout));
      const said = String(stderr).trim().split("\n").slice(-3).join(" / ") || err.message;
      reject(
        new PinshipError(`${renderer.command} ${args.join(" ")} failed: ${said}`, { file: dir, field: options.field })
      );
    });
  });
}
function overlayMissing(dir) {
  return new PinshipError(`overlay directory ${JSON.stringify(dir)} does not exist`, { field: "overlay" });
}

export {
  kustomizeBuild,
  overlayMissing
};
