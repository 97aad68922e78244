import { createRequire as __pinshipCreateRequire } from 'node:module'; import { fileURLToPath as __pinshipFileURLToPath } from 'node:url'; import { dirname as __pinshipDirname } from 'node:path'; const require = __pinshipCreateRequire(import.meta.url); const __filename = __pinshipFileURLToPath(import.meta.url); const __dirname = __pinshipDirname(__filename);
import {
  PinshipError,
  wrapError
} from "./chunk-SI2EDPFI.js";

// src/github/context.ts
import { readFileSync } from "node:fs";
function readGitHubContext(env = process.env) {
  const event = readEvent(env.GITHUB_EVENT_PATH);
  const run = event?.workflow_run;
  const server = env.GITHUB_SERVER_URL ?? "https://github.com";
  return {
    repository: env.GITHUB_REPOSITORY || text(event?.repository?.full_name),
    eventName: env.GITHUB_EVENT_NAME,
    sha: env.GITHUB_SHA,
    pullRequest: eventPullRequest(event),
    workflowRun: run?.head_sha ? {
      headSha: run.head_sha,
      headBranch: run.head_branch,
      headOwner: run.head_repository?.owner?.login ?? run.repository?.owner?.login,
      pullRequestNumber: run.pull_requests?.[0]?.number
    } : void 0,
    defaultBranch: text(event?.repository?.default_branch),
    branch: env.GITHUB_REF?.startsWith("refs/heads/") ? env.GITHUB_REF.slice("refs/heads/".length) : void 0,
    runUrl: env.GITHUB_REPOSITORY && env.GITHUB_RUN_ID ? `${server}/${env.GITHUB_REPOSITORY}/actions/runs/${env.GITHUB_RUN_ID}` + (env.GITHUB_RUN_ATTEMPT ? `/attempts/${env.GITHUB_RUN_ATTEMPT}` : "") : void 0,
    repositoryUrl: env.GITHUB_SERVER_URL && env.GITHUB_REPOSITORY ? `${env.GITHUB_SERVER_URL}/${env.GITHUB_REPOSITORY}` : void 0
  };
}
function eventPullRequest(event) {
  const pr = event?.pull_request;
  const number = pr?.number ?? event?.number;
  if (!pr || !Number.isSafeInteger(number) || number <= 0) return void 0;
  const head = text(pr.head?.repo?.full_name);
  const base = text(pr.base?.repo?.full_name);
  return { number, headSha: pr.head?.sha, baseSha: pr.base?.sha, fork: Boolean(head && base && head !== base) };
}
function text(value) {
  return typeof value === "string" ? value : void 0;
}
function parseRepository(repository, field, hint) {
  const m = /^([A-Za-z0-9_.-]+)\/([A-Za-z0-9_.-]+)$/.exec(repository ?? "");
  if (!m) throw new PinshipError(`expected OWNER/NAME, got ${JSON.stringify(repository ?? "")}`, { field, hint });
  return { owner: m[1], repo: m[2] };
}
function readEvent(path) {
  if (!path) return void 0;
  try {
    return JSON.parse(readFileSync(path, "utf8"));
  } catch (err) {
    throw wrapError("reading the event file", err, { file: path });
  }
}

export {
  readGitHubContext,
  parseRepository
};
