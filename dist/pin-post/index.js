import { createRequire as __pinshipCreateRequire } from 'node:module'; import { fileURLToPath as __pinshipFileURLToPath } from 'node:url'; import { dirname as __pinshipDirname } from 'node:path'; const require = __pinshipCreateRequire(import.meta.url); const __filename = __pinshipFileURLToPath(import.meta.url); const __dirname = __pinshipDirname(__filename);
import {
  removeLeftoverWorktrees
} from "../chunks/chunk-GKVHMDQR.js";
import {
  GitError
} from "../chunks/chunk-7MXVX47H.js";
import {
  getInput,
  runAction
} from "../chunks/chunk-QS2IIGFL.js";
import "../chunks/chunk-3Z3LTAZD.js";
import "../chunks/chunk-XFI7XXBZ.js";
import "../chunks/chunk-SI2EDPFI.js";
import "../chunks/chunk-XDLBQ6T7.js";

// src/action/pin-post.ts
await runAction(async (log) => {
  const removed = await removeLeftoverWorktrees(getInput("working-directory") || ".").catch((err) => {
    if (err instanceof GitError) return [];
    throw err;
  });
  for (const path of removed) log.info(`removed the temporary work tree ${path} a stopped pin left`);
});
