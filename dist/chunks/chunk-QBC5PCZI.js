import { createRequire as __pinshipCreateRequire } from 'node:module'; import { fileURLToPath as __pinshipFileURLToPath } from 'node:url'; import { dirname as __pinshipDirname } from 'node:path'; const require = __pinshipCreateRequire(import.meta.url); const __filename = __pinshipFileURLToPath(import.meta.url); const __dirname = __pinshipDirname(__filename);
import {
  GitError,
  git,
  gitSucceeds
} from "./chunk-7MXVX47H.js";

// src/git/repo.ts
async function workTreeRoot(dir) {
  try {
    return (await git(dir, ["rev-parse", "--show-toplevel"])).trim();
  } catch (err) {
    if (err instanceof GitError) return void 0;
    throw err;
  }
}
async function ownershipRefusal(dir) {
  try {
    await git(dir, ["rev-parse", "--git-dir"]);
    return void 0;
  } catch (err) {
    const match = err instanceof GitError && /fatal: (detected dubious ownership in repository at '(.*)')/.exec(err.stderr);
    return match ? { message: match[1], path: match[2] } : void 0;
  }
}
async function remoteDefaultBranch(dir) {
  const ref = await git(dir, ["symbolic-ref", "--short", "-q", "refs/remotes/origin/HEAD"]).catch(() => "");
  return ref.trim().replace(/^origin\//, "") || void 0;
}
async function currentBranch(dir) {
  const name = (await git(dir, ["rev-parse", "--abbrev-ref", "HEAD"])).trim();
  return name === "HEAD" ? void 0 : name;
}
async function fetchBranch(dir, remote, branch) {
  await git(dir, ["fetch", "--no-tags", "--quiet", remote, `+refs/heads/${branch}:refs/remotes/${remote}/${branch}`]);
  return (await git(dir, ["rev-parse", `refs/remotes/${remote}/${branch}^{commit}`])).trim();
}
function isMissingRemoteBranch(err) {
  return err instanceof GitError && /couldn't find remote ref/.test(err.stderr);
}
function hasCommit(dir, commit) {
  return gitSucceeds(dir, ["cat-file", "-e", `${commit}^{commit}`]);
}
async function isAncestor(dir, ancestor, descendant) {
  if (!await hasCommit(dir, ancestor) || !await hasCommit(dir, descendant)) return void 0;
  return gitSucceeds(dir, ["merge-base", "--is-ancestor", ancestor, descendant]);
}
async function isFirstParentAncestor(dir, ancestor, descendant) {
  const reachable = await isAncestor(dir, ancestor, descendant);
  if (reachable !== true) return reachable;
  const full = (await git(dir, ["rev-parse", `${ancestor}^{commit}`])).trim();
  const lines = (await git(dir, ["rev-list", "--first-parent", "--parents", `${full}..${descendant}`])).trim();
  if (!lines) return true;
  const last = lines.split("\n").at(-1).split(" ");
  return last[1] === full;
}
async function fastForward(dir, commit) {
  await git(dir, ["merge", "--ff-only", "--quiet", commit]);
}
function parseAuthor(text) {
  const m = /^\s*(.+?)\s*<([^<>\s]+)>\s*$/.exec(text);
  return m ? { name: m[1], email: m[2] } : void 0;
}
async function commitFiles(dir, files, message, author) {
  const env = {
    GIT_AUTHOR_NAME: author.name,
    GIT_AUTHOR_EMAIL: author.email,
    GIT_COMMITTER_NAME: author.name,
    GIT_COMMITTER_EMAIL: author.email
  };
  await git(dir, ["add", "--", ...files]);
  await git(dir, ["commit", "--quiet", "--no-verify", "--only", "-m", message, "--", ...files], { env });
  return (await git(dir, ["rev-parse", "HEAD"])).trim();
}
async function dirtyFiles(dir, files) {
  const out = await git(dir, ["status", "--porcelain", "-z", "--", ...files]);
  return out.split("\0").filter(Boolean).map((line) => line.slice(3));
}
async function branchTip(dir, branch) {
  try {
    return (await git(dir, ["rev-parse", "--verify", "--quiet", `refs/heads/${branch}^{commit}`])).trim();
  } catch (err) {
    if (err instanceof GitError) return void 0;
    throw err;
  }
}
async function aheadBehind(dir, ours, theirs) {
  const [ahead, behind] = (await git(dir, ["rev-list", "--left-right", "--count", `${ours}...${theirs}`])).trim().split(/\s+/).map(Number);
  return { ahead, behind };
}
async function hasUncommittedChanges(dir) {
  return (await git(dir, ["status", "--porcelain", "--untracked-files=no"])).length > 0;
}
function isShallow(dir) {
  return git(dir, ["rev-parse", "--is-shallow-repository"]).then(
    (out) => out.trim() === "true",
    () => false
  );
}
function hasRemote(dir, name) {
  return gitSucceeds(dir, ["remote", "get-url", name]);
}
async function fetchBranchIfExists(dir, remote, branch) {
  try {
    return await fetchBranch(dir, remote, branch);
  } catch (err) {
    if (isMissingRemoteBranch(err)) return void 0;
    throw err;
  }
}
async function fileAt(dir, rev, path) {
  try {
    return await git(dir, ["show", `${rev}:${path}`]);
  } catch (err) {
    if (err instanceof GitError) return void 0;
    throw err;
  }
}
async function sameTree(dir, a, b) {
  const trees = await git(dir, ["rev-parse", `${a}^{tree}`, `${b}^{tree}`]);
  const [ta, tb] = trees.trim().split("\n");
  return ta === tb;
}

export {
  workTreeRoot,
  ownershipRefusal,
  remoteDefaultBranch,
  currentBranch,
  fetchBranch,
  isMissingRemoteBranch,
  hasCommit,
  isAncestor,
  isFirstParentAncestor,
  fastForward,
  parseAuthor,
  commitFiles,
  dirtyFiles,
  branchTip,
  aheadBehind,
  hasUncommittedChanges,
  isShallow,
  hasRemote,
  fetchBranchIfExists,
  fileAt,
  sameTree
};
