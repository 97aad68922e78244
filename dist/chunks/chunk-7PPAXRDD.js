import { createRequire as __pinshipCreateRequire } from 'node:module'; import { fileURLToPath as __pinshipFileURLToPath } from 'node:url'; import { dirname as __pinshipDirname } from 'node:path'; const require = __pinshipCreateRequire(import.meta.url); const __filename = __pinshipFileURLToPath(import.meta.url); const __dirname = __pinshipDirname(__filename);
import {
  parseImagePins
} from "./chunk-6ZN2BK6V.js";
import {
  parseAuthor
} from "./chunk-QBC5PCZI.js";
import {
  parseRepository
} from "./chunk-QRD45XQP.js";
import {
  boolean,
  count,
  lines,
  text
} from "./chunk-6F3K4STA.js";
import {
  PinshipError
} from "./chunk-SI2EDPFI.js";

// src/options/pin.ts
import { statSync } from "node:fs";
var ACTIONS_BOT = "github-actions[bot] <41898282+github-actions[bot]@users.noreply.github.com>";
var pinSchema = {
  repo: text({ flag: "repo", input: "working-directory", actionDefault: "." }, existingDirectory),
  overlays: lines({ flag: "overlay", input: "overlays", split: true, required: "give at least one --overlay DIR" }),
  images: lines({ flag: "image", input: "images", required: "give --image NAME=REF" }, parseImagePins),
  dryRun: boolean({ flag: "dry-run", input: "dry-run" }),
  commit: boolean({ flag: "commit", input: "commit" }),
  push: boolean({ flag: "push", input: "push" }),
  pullRequest: boolean({ flag: "pull-request", input: "pull-request" }),
  pullRequestBranch: text({ flag: "pull-request-branch", input: "pull-request-branch" }),
  branch: text({ flag: "branch", input: "branch" }),
  remote: text({ flag: "remote" }),
  sourceCommit: text({ flag: "source-commit", input: "source-commit" }),
  sourceRepo: text({ flag: "source-repo", input: "source-repo" }),
  author: text({ flag: "author", input: "author", actionDefault: ACTIONS_BOT }, readAuthor),
  rollJobs: boolean({ flag: "no-job-roll", negated: true, input: "job-roll" }, true),
  verifyDigests: boolean({ flag: "no-verify-digest", negated: true, input: "verify-digest" }, true),
  maxAttempts: count({ flag: "max-attempts" }, 1, 10),
  githubRepository: text({ flag: "github-repository" }, parseRepository),
  token: text({ input: "token" }),
  json: boolean({ flag: "json" })
};
function existingDirectory(path, field) {
  if (!statSync(path, { throwIfNoEntry: false })?.isDirectory())
    throw new PinshipError(`${JSON.stringify(path)} is not a directory`, { field });
  return path;
}
function readAuthor(value, field) {
  const author = parseAuthor(value);
  if (!author) throw new PinshipError('expected "Name <email>"', { field });
  return author;
}
function pinRunOptions(o) {
  return {
    repo: o.repo,
    overlays: o.overlays,
    images: o.images,
    dryRun: o.dryRun,
    commit: o.commit,
    push: o.push,
    branch: o.branch,
    pullRequestBranch: o.pullRequestBranch,
    remote: o.remote,
    sourceCommit: o.sourceCommit,
    sourceRepo: o.sourceRepo,
    author: o.author,
    rollJobs: o.rollJobs,
    verifyDigests: o.verifyDigests,
    maxAttempts: o.maxAttempts
  };
}

export {
  pinSchema,
  pinRunOptions
};
