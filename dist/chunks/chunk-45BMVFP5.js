import { createRequire as __pinshipCreateRequire } from 'node:module'; import { fileURLToPath as __pinshipFileURLToPath } from 'node:url'; import { dirname as __pinshipDirname } from 'node:path'; const require = __pinshipCreateRequire(import.meta.url); const __filename = __pinshipFileURLToPath(import.meta.url); const __dirname = __pinshipDirname(__filename);
import {
  parseRepository
} from "./chunk-35JCXQKC.js";
import {
  isAncestor
} from "./chunk-QBC5PCZI.js";
import {
  PinshipError,
  wrapError
} from "./chunk-SI2EDPFI.js";

// src/report/marker.ts
var PREFIX = "<!-- pinship:report ";
var SUFFIX = " -->";
var MAX_EXPERIMENT = 64;
var MARKER_BUDGET = 400;
function checkExperiment(key, field = "--experiment") {
  if (!/^[A-Za-z0-9][A-Za-z0-9._-]*$/.test(key) || key.length > MAX_EXPERIMENT || key.includes("..")) {
    throw new PinshipError(`${JSON.stringify(key)} is not an experiment key`, {
      field,
      hint: `letters, digits, '.', '_' and '-', starting with a letter or digit, at most ${MAX_EXPERIMENT} characters`
    });
  }
  return key;
}
function markerFor(record, experiment) {
  return {
    experiment,
    // The schema leaves `commit` free text; only a hex object name is worth comparing.
    commit: record.source.commit && /^[0-9a-f]{7,64}$/.test(record.source.commit) ? record.source.commit : void 0,
    runId: record.id,
    startedAt: record.startedAt,
    finishedAt: record.finishedAt
  };
}
function formatMarker(marker) {
  const fields = [
    ["experiment", marker.experiment],
    ["commit", marker.commit],
    ["run", marker.runId],
    ["started", marker.startedAt],
    ["finished", marker.finishedAt]
  ];
  const text = fields.filter((f) => f[1] !== void 0).map(([k, v]) => `${k}=${encodeURIComponent(v)}`).join(" ");
  return `${PREFIX}${text}${SUFFIX}`;
}
function parseMarker(body) {
  if (!body.startsWith(PREFIX)) return void 0;
  const end = body.indexOf(SUFFIX, PREFIX.length);
  if (end === -1 || end > MARKER_BUDGET) return void 0;
  const fields = /* @__PURE__ */ new Map();
  for (const pair of body.slice(PREFIX.length, end).split(" ")) {
    const eq = pair.indexOf("=");
    if (eq <= 0) return void 0;
    try {
      fields.set(pair.slice(0, eq), decodeURIComponent(pair.slice(eq + 1)));
    } catch {
      return void 0;
    }
  }
  const experiment = fields.get("experiment");
  if (experiment === void 0) return void 0;
  return {
    experiment,
    commit: fields.get("commit"),
    runId: fields.get("run") ?? "",
    startedAt: fields.get("started") ?? "",
    finishedAt: fields.get("finished") ?? ""
  };
}

// src/github/permission.ts
function isRateLimited(err) {
  const e = err;
  if (e?.status !== 403 && e?.status !== 429) return false;
  return Boolean(e.response?.headers?.["retry-after"]) || /rate limit/i.test(e.response?.data?.message ?? e.message ?? "");
}
function isPermissionDenied(err) {
  const status = err?.status;
  return status === 403 && !isRateLimited(err) || status === 404;
}
function gitHubFailure(action, err, permission) {
  const e = err;
  const said = e?.response?.data?.message ?? e?.message ?? String(err);
  if (e?.status === 401) {
    return new PinshipError(`${action}: GitHub refused the token (401 ${said})`, {
      field: "token",
      hint: "the token input (or GITHUB_TOKEN for the CLI) is missing, expired or wrong",
      cause: err
    });
  }
  if (isPermissionDenied(err)) {
    return new PinshipError(`${action}: ${e.status} ${said}`, {
      field: "token",
      hint: `the token needs \`${permission}\` (add it to the job's \`permissions:\`)` + (e.status === 404 ? " (GitHub answers 404 for what a token may not see; also check the repository and number)" : ""),
      cause: err
    });
  }
  return wrapError(action, err);
}

// src/github/check.ts
var CHECK_CONCLUSION = {
  success: "success",
  failure: "failure",
  "timed-out": "timed_out",
  cancelled: "cancelled"
};
var STATUS_STATE = { success: "success", failure: "failure", "timed-out": "failure", cancelled: "error" };
var MAX_SUMMARY = 65535;
async function publishCheck(spec, onFallback) {
  const { client, owner, repo, sha } = spec;
  try {
    const { data } = await client.rest.checks.create({
      owner,
      repo,
      head_sha: sha,
      name: spec.name,
      status: "completed",
      conclusion: CHECK_CONCLUSION[spec.conclusion],
      ...spec.detailsUrl ? { details_url: spec.detailsUrl } : {},
      output: { title: spec.title.slice(0, 1e3), summary: spec.summary.slice(0, MAX_SUMMARY) }
    });
    return { kind: "check-run", id: data.id, url: data.html_url ?? void 0 };
  } catch (err) {
    if (!isPermissionDenied(err))
      throw gitHubFailure(`creating check run "${spec.name}" on ${sha.slice(0, 12)}`, err, "checks: write");
    onFallback(
      `the token lacks \`checks: write\` (GitHub answered ${err.status}): set a commit status instead of a check run`
    );
  }
  try {
    const { data } = await client.rest.repos.createCommitStatus({
      owner,
      repo,
      sha,
      state: STATUS_STATE[spec.conclusion],
      context: spec.name,
      description: spec.title.length > 140 ? `${spec.title.slice(0, 139)}\u2026` : spec.title,
      ...spec.detailsUrl ? { target_url: spec.detailsUrl } : {}
    });
    return { kind: "status", id: data.id };
  } catch (err) {
    throw gitHubFailure(
      `setting commit status "${spec.name}" on ${sha.slice(0, 12)}`,
      err,
      "checks: write` or `statuses: write"
    );
  }
}

// src/github/token-identity.ts
async function tokenIdentity(client) {
  const { viewer } = await client.graphql(
    "query { viewer { login databaseId } }"
  );
  return { login: viewer.login, id: viewer.databaseId };
}

// src/report/run-order.ts
async function compareRuns(a, b, options = {}) {
  if (a.runId === b.runId && a.startedAt === b.startedAt) return 0;
  if (a.commit && b.commit && a.commit !== b.commit) {
    const byCommit = await compareCommits(a.commit, b.commit, options);
    if (byCommit !== 0) return byCommit;
  }
  return compareTimes(a.startedAt, b.startedAt) || compareTimes(a.finishedAt, b.finishedAt) || a.runId.localeCompare(b.runId);
}
async function compareCommits(a, b, options) {
  const head = options.currentHead;
  if (head && a === head) return 1;
  if (head && b === head) return -1;
  if (!options.ancestry) return 0;
  if (await options.ancestry(b, a)) return 1;
  if (await options.ancestry(a, b)) return -1;
  return 0;
}
function compareTimes(a, b) {
  const ta = Date.parse(a);
  const tb = Date.parse(b);
  if (Number.isNaN(ta) || Number.isNaN(tb)) return 0;
  return Math.sign(ta - tb);
}

// src/report/sticky-comment.ts
var PERMISSION = "pull-requests: write";
async function upsertStickyComment(spec) {
  const self = tokenIdentity(spec.client);
  const found = await listReportComments(spec, self);
  if (found.length === 0) {
    const mine = await createComment(spec);
    const again = await listReportComments(spec, self);
    const settled = await settle(spec, again.some((c) => c.id === mine.id) ? again : [...again, mine], mine);
    return {
      ...settled,
      action: settled.id === mine.id || settled.action === "unchanged" ? "created" : settled.action
    };
  }
  return settle(spec, found);
}
async function settle(spec, found, mine) {
  const survivor = found.reduce((a, b) => b.id < a.id ? b : a, found[0] ?? mine);
  const ours = mine ?? { id: -1, body: spec.body, url: "", marker: spec.marker };
  let newest = ours;
  for (const other of found) {
    if (other.id === ours.id) continue;
    if (await compareRuns(other.marker, newest.marker, spec.order) > 0) newest = other;
  }
  for (const other of found) if (other.id !== survivor.id) await deleteComment(spec, other.id);
  if (survivor.body === newest.body) {
    return { action: newest === ours ? "unchanged" : "kept-newer", id: survivor.id, url: survivor.url };
  }
  await updateComment(spec, survivor.id, newest.body);
  return { action: newest === ours ? "updated" : "kept-newer", id: survivor.id, url: survivor.url };
}
async function listReportComments(spec, identity) {
  const { client, owner, repo, issueNumber } = spec;
  try {
    const [self, all] = await Promise.all([
      identity,
      client.paginate(client.rest.issues.listComments, { owner, repo, issue_number: issueNumber, per_page: 100 })
    ]);
    return all.flatMap((c) => {
      const marker = c.user?.id === self.id ? parseMarker(c.body ?? "") : void 0;
      return marker?.experiment === spec.marker.experiment ? [{ id: c.id, body: c.body ?? "", url: c.html_url, marker }] : [];
    });
  } catch (err) {
    throw gitHubFailure(`listing the comments of #${issueNumber}`, err, PERMISSION);
  }
}
async function createComment(spec) {
  const { client, owner, repo, issueNumber, body } = spec;
  try {
    const { data } = await client.rest.issues.createComment({ owner, repo, issue_number: issueNumber, body });
    return { id: data.id, body, url: data.html_url, marker: spec.marker };
  } catch (err) {
    throw gitHubFailure(`commenting on #${issueNumber}`, err, PERMISSION);
  }
}
async function updateComment(spec, id, body) {
  try {
    await spec.client.rest.issues.updateComment({ owner: spec.owner, repo: spec.repo, comment_id: id, body });
  } catch (err) {
    throw gitHubFailure(`updating comment ${id} on #${spec.issueNumber}`, err, PERMISSION);
  }
}
async function deleteComment(spec, id) {
  try {
    await spec.client.rest.issues.deleteComment({ owner: spec.owner, repo: spec.repo, comment_id: id });
    spec.log.info(`deleted duplicate report comment ${id} on #${spec.issueNumber}`);
  } catch (err) {
    if (err.status === 404) return;
    throw gitHubFailure(`deleting duplicate comment ${id} on #${spec.issueNumber}`, err, PERMISSION);
  }
}

// src/report/publish.ts
async function publishReport(prepared, target, log) {
  const where = await postingPlace(prepared, target);
  if ("skipped" in where) return where;
  const { pr, currentHead } = where;
  const outcome = {};
  if (pr !== void 0) outcome.comment = await postComment(prepared, target, pr, currentHead, log);
  const { context } = target;
  const sha = target.sha ?? currentHead ?? context.pullRequest?.headSha ?? context.workflowRun?.headSha ?? context.sha;
  if (target.check && sha) outcome.check = await postCheck(prepared, target, sha, outcome.comment, log);
  return outcome;
}
async function postingPlace(prepared, target) {
  const { context } = target;
  const fromFork = context.pullRequest?.fork && context.eventName !== "pull_request_target" && !context.workflowRun;
  if (fromFork) {
    return {
      skipped: "pull request from a fork: its token is read-only, so no comment or check is posted (see the job summary)"
    };
  }
  const pr = target.pr ?? context.pullRequest?.number;
  if (!context.workflowRun) return { pr };
  const found = await workflowRunPullRequest(target, context.workflowRun, pr);
  if (!found) return { skipped: `no open pull request has head ${context.workflowRun.headSha.slice(0, 12)}` };
  const refused = refusal(prepared, found.headSha, context.workflowRun.headSha);
  if (refused) return { skipped: refused };
  return { pr: found.number, currentHead: found.headSha };
}
async function postComment(prepared, target, pr, currentHead, log) {
  const comment = await upsertStickyComment({
    client: target.client,
    owner: target.owner,
    repo: target.repo,
    issueNumber: pr,
    body: prepared.body,
    marker: prepared.marker,
    order: { currentHead, ancestry: target.dir ? (a, b) => isAncestor(target.dir, a, b) : void 0 },
    log
  });
  const verb = {
    created: "created",
    updated: "updated",
    unchanged: "left unchanged",
    "kept-newer": "kept (it shows a newer run)"
  };
  log.info(`comment ${verb[comment.action]}: ${comment.url}`);
  return comment;
}
function postCheck(prepared, target, sha, comment, log) {
  const summary = [
    prepared.rendered.headline,
    comment ? `The report: ${comment.url}` : "",
    ...prepared.rendered.regressions.map((r) => `- ${r}`)
  ];
  return publishCheck(
    {
      client: target.client,
      owner: target.owner,
      repo: target.repo,
      sha,
      name: `pinship report (${prepared.marker.experiment})`,
      conclusion: prepared.rendered.conclusion,
      title: prepared.rendered.headline,
      summary: summary.filter(Boolean).join("\n\n"),
      detailsUrl: comment?.url || target.context.runUrl
    },
    (why) => log.warn(why)
  );
}
async function workflowRunPullRequest(target, run, pr) {
  const { client, owner, repo } = target;
  const number = pr ?? run.pullRequestNumber;
  try {
    if (number !== void 0) {
      const { data: data2 } = await client.rest.pulls.get({ owner, repo, pull_number: number });
      return { number, headSha: data2.head.sha };
    }
    const { data } = await client.rest.pulls.list({
      owner,
      repo,
      state: "open",
      head: `${run.headOwner}:${run.headBranch}`
    });
    const match = data.find((p) => p.head.sha === run.headSha) ?? data[0];
    return match ? { number: match.number, headSha: match.head.sha } : void 0;
  } catch (err) {
    throw gitHubFailure(`finding the pull request of ${run.headOwner}:${run.headBranch}`, err, "pull-requests: read");
  }
}
function refusal(prepared, prHead, runHead) {
  const commit = prepared.record.source.commit;
  if (commit !== prHead || runHead !== prHead) {
    return `refusing to post: the pull request's head is ${prHead.slice(0, 12)}, but the record is of ${JSON.stringify((commit ?? "no commit").slice(0, 40))} (workflow run head ${runHead.slice(0, 12)}); a record is posted only for the commit the pull request shows`;
  }
  return void 0;
}
function requirePostTarget(repository, token, from = { token: "GITHUB_TOKEN", repository: "--repo" }) {
  if (!token) throw new PinshipError("no token to post with", { field: from.token });
  const hint = from.repository === "--repo" ? "or set GITHUB_REPOSITORY" : void 0;
  return { ...parseRepository(repository, from.repository, hint), token };
}

export {
  checkExperiment,
  markerFor,
  formatMarker,
  publishReport,
  requirePostTarget
};
