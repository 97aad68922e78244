import { createRequire as __pinshipCreateRequire } from 'node:module'; import { fileURLToPath as __pinshipFileURLToPath } from 'node:url'; import { dirname as __pinshipDirname } from 'node:path'; const require = __pinshipCreateRequire(import.meta.url); const __filename = __pinshipFileURLToPath(import.meta.url); const __dirname = __pinshipDirname(__filename);
import {
  hasCommit
} from "./chunk-QBC5PCZI.js";
import {
  GitError,
  git
} from "./chunk-7MXVX47H.js";

// src/git/log.ts
async function commitMessages(dir, rev, paths, grep) {
  const out = await git(dir, ["log", "--format=%x1e%B", `--grep=${grep}`, rev, "--", ...paths]);
  return out.split("").slice(1);
}
async function pathsAddedOrModified(dir, rev, pathspec) {
  const out = await git(dir, ["log", "--format=", "--name-only", "--diff-filter=AM", rev, "--", pathspec]);
  return out.split("\n").filter(Boolean);
}
async function mergeBase(dir, a, b) {
  if (!isObjectName(a) || !isObjectName(b)) return void 0;
  if (!await hasCommit(dir, a) || !await hasCommit(dir, b)) return void 0;
  try {
    return (await git(dir, ["merge-base", a, b])).trim() || void 0;
  } catch (err) {
    if (err instanceof GitError) return void 0;
    throw err;
  }
}
async function firstParentHistory(dir, start, max) {
  if (!isObjectName(start) || !await hasCommit(dir, start)) return void 0;
  const out = await git(dir, ["rev-list", "--first-parent", `--max-count=${max}`, start]);
  return out.split("\n").filter(Boolean);
}
function isObjectName(text) {
  return /^[0-9a-f]{7,64}$/.test(text);
}
async function commitsWithMessageContaining(dir, revs, text) {
  const out = await git(dir, ["log", "--format=%x1e%H%n%B", "--fixed-strings", `--grep=${text}`, ...revs, "--"]);
  return out.split("").slice(1).map((entry) => {
    const newline = entry.indexOf("\n");
    return { commit: entry.slice(0, newline), message: entry.slice(newline + 1) };
  });
}
async function firstParentChangesOf(dir, revs, text, paths) {
  const args = ["log", "--first-parent", "--diff-merges=first-parent", "--no-patch", "--reverse", "--format=%H"];
  const out = await git(dir, [...args, `-S${text}`, ...revs, "--", ...paths.map((p) => `:(top,literal)${p}`)]);
  return out.split("\n").filter(Boolean);
}

export {
  commitMessages,
  pathsAddedOrModified,
  mergeBase,
  firstParentHistory,
  commitsWithMessageContaining,
  firstParentChangesOf
};
