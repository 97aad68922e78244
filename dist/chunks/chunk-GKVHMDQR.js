import { createRequire as __pinshipCreateRequire } from 'node:module'; import { fileURLToPath as __pinshipFileURLToPath } from 'node:url'; import { dirname as __pinshipDirname } from 'node:path'; const require = __pinshipCreateRequire(import.meta.url); const __filename = __pinshipFileURLToPath(import.meta.url); const __dirname = __pinshipDirname(__filename);
import {
  git
} from "./chunk-7MXVX47H.js";

// src/git/worktree.ts
import { realpathSync } from "node:fs";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { basename, dirname, join } from "node:path";
var PARENT_PREFIX = "pinship-wt-";
async function addTempWorktree(repo, commit) {
  const parent = await mkdtemp(join(tmpdir(), PARENT_PREFIX));
  const path = join(parent, "tree");
  await git(repo, ["worktree", "add", "--quiet", "--detach", path, commit]);
  return {
    path,
    async reset(next) {
      await git(path, ["checkout", "--quiet", "--force", "--detach", next]);
      await git(path, ["clean", "--quiet", "-fdx"]);
    },
    remove: () => removeWorktree(repo, path)
  };
}
async function removeLeftoverWorktrees(repo) {
  const listed = await git(repo, ["worktree", "list", "--porcelain"]);
  const paths = [...listed.matchAll(/^worktree (.+)$/gm)].map((m) => m[1]);
  const temps = /* @__PURE__ */ new Set([tmpdir(), realpathSync(tmpdir())]);
  const ours = paths.filter(
    (p) => basename(p) === "tree" && temps.has(dirname(dirname(p))) && basename(dirname(p)).startsWith(PARENT_PREFIX)
  );
  for (const path of ours) await removeWorktree(repo, path);
  return ours;
}
async function removeWorktree(repo, path) {
  const removed = await git(repo, ["worktree", "remove", "--force", path]).then(
    () => true,
    () => false
  );
  await rm(dirname(path), { recursive: true, force: true });
  if (!removed) await git(repo, ["worktree", "prune"]).catch(() => void 0);
}

export {
  addTempWorktree,
  removeLeftoverWorktrees
};
