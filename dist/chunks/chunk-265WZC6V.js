import { createRequire as __pinshipCreateRequire } from 'node:module'; import { fileURLToPath as __pinshipFileURLToPath } from 'node:url'; import { dirname as __pinshipDirname } from 'node:path'; const require = __pinshipCreateRequire(import.meta.url); const __filename = __pinshipFileURLToPath(import.meta.url); const __dirname = __pinshipDirname(__filename);
import {
  assertRunRecord
} from "./chunk-AJHGJJON.js";
import {
  STATS,
  TREND_RECORDS,
  buildModel,
  formatNumber,
  formatPct,
  formatSeconds,
  mermaidChart,
  regressionLines,
  trendSection
} from "./chunk-H5HYLQYK.js";
import {
  runGitBatch
} from "./chunk-ZGUWF77U.js";
import {
  pushWithRetries
} from "./chunk-3STPPBFV.js";
import {
  firstParentHistory,
  mergeBase,
  pathsAddedOrModified
} from "./chunk-WWE2H5DM.js";
import {
  formatBytes,
  headline,
  nothingRan,
  shardTable
} from "./chunk-V5BDOAQ7.js";
import {
  codeBlock,
  codeSpan,
  cut,
  inertHtml,
  inertText
} from "./chunk-G2OUNXF5.js";
import {
  publishReport,
  refuseStore
} from "./chunk-Y2Q63GZE.js";
import {
  fetchBranch,
  hasRemote,
  isMissingRemoteBranch,
  isShallow,
  workTreeRoot
} from "./chunk-QBC5PCZI.js";
import {
  GitError,
  git
} from "./chunk-7MXVX47H.js";
import {
  formatMarker,
  markerFor
} from "./chunk-AAM5EPO7.js";
import {
  PinshipError,
  wrapError
} from "./chunk-SI2EDPFI.js";

// src/record/read.ts
import { open } from "node:fs/promises";
var MAX_RECORD_BYTES = 256 * 2 ** 20;
function parseRunRecord(text, file) {
  if (text.length > MAX_RECORD_BYTES) throw tooLarge(text.length, file);
  let value;
  try {
    value = JSON.parse(text.startsWith("\uFEFF") ? text.slice(1) : text);
  } catch (err) {
    throw new PinshipError(`not JSON: ${err instanceof Error ? err.message : String(err)}`, {
      file,
      hint: "pass the run record that `pinship run` wrote (--out, or <output-dir>/run.json)"
    });
  }
  assertRunRecord(value, file);
  return value;
}
async function readRunRecord(file) {
  let text;
  try {
    const handle = await open(file, "r");
    try {
      const { size } = await handle.stat();
      if (size > MAX_RECORD_BYTES) throw tooLarge(size, file);
      text = await handle.readFile("utf8");
    } finally {
      await handle.close();
    }
  } catch (err) {
    if (err instanceof PinshipError) throw err;
    throw wrapError("reading the run record", err, { file });
  }
  return parseRunRecord(text, file);
}
function tooLarge(size, file) {
  const mib = (bytes) => `${Math.ceil(bytes / 2 ** 20)} MiB`;
  return new PinshipError(`run record is ${mib(size)}, over the ${mib(MAX_RECORD_BYTES)} pinship reads`, {
    file,
    hint: "larger records are refused unread, as a record may come from an untrusted run"
  });
}

// src/report/history.ts
var MAX_WALK = 2e3;
async function findBaseline(dir, stored, start, exceptRun) {
  const usable = async (commits) => (await stored.read(commits)).find((r) => r.id !== exceptRun) ?? null;
  if (stored.commits.length === 0) return { record: null, note: "no records stored for this experiment yet" };
  const walk = dir && start ? await firstParentHistory(dir, start, MAX_WALK) : void 0;
  if (walk) {
    for (const commit of walk.filter((c) => stored.has(c))) {
      const record2 = await usable([commit]);
      if (record2) return { record: record2, note: `baseline: the record stored for ${commit.slice(0, 12)}` };
    }
    if (!await isShallow(dir)) return { record: null, note: `no stored record at or before ${start.slice(0, 12)}` };
  }
  if (start && stored.has(start)) {
    const record2 = await usable([start]);
    if (record2) return { record: record2, note: `baseline: the record stored for ${start.slice(0, 12)}` };
  }
  const record = await usable(stored.commits.slice(0, 5));
  return record ? {
    record,
    note: `baseline: the most recently stored record (${start ? `${start.slice(0, 12)} is not in this clone's history` : "no base commit known"}; fetch-depth: 0 walks it)`
  } : { record: null, note: "no readable stored record" };
}
async function findTrend(dir, stored, start, exceptRun) {
  if (stored.commits.length === 0) return [];
  const walk = dir && start && !await isShallow(dir) ? await firstParentHistory(dir, start, MAX_WALK) : void 0;
  const commits = (walk ? walk.filter((c) => stored.has(c)) : stored.commits).slice(0, TREND_RECORDS);
  const records = await stored.read(commits);
  return records.filter((r) => r.id !== exceptRun).reverse();
}

// src/git/file-commit.ts
import { rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { randomUUID } from "node:crypto";
async function commitFileOnto(dir, parent, path, content, message, author) {
  const blob = (await git(dir, ["hash-object", "-w", "--stdin"], { input: content })).trim();
  const index = join(tmpdir(), `pinship-index-${randomUUID()}`);
  const env = { GIT_INDEX_FILE: index };
  try {
    await git(dir, parent ? ["read-tree", parent] : ["read-tree", "--empty"], { env });
    await git(dir, ["update-index", "--add", "--cacheinfo", `100644,${blob},${path}`], { env });
    const tree = (await git(dir, ["write-tree"], { env })).trim();
    if (parent && tree === (await git(dir, ["rev-parse", `${parent}^{tree}`])).trim()) return void 0;
    const identity = {
      GIT_AUTHOR_NAME: author.name,
      GIT_AUTHOR_EMAIL: author.email,
      GIT_COMMITTER_NAME: author.name,
      GIT_COMMITTER_EMAIL: author.email
    };
    const args = ["commit-tree", tree, ...parent ? ["-p", parent] : [], "-m", message];
    return (await git(dir, args, { env: identity })).trim();
  } finally {
    await rm(index, { force: true });
  }
}

// src/report/records-branch.ts
var AUTHOR = { name: "pinship", email: "pinship@users.noreply.github.com" };
async function fetchRecordsTip(at) {
  try {
    return await fetchBranch(at.dir, at.remote, at.branch);
  } catch (err) {
    if (isMissingRemoteBranch(err)) return void 0;
    throw wrapError(`fetching ${at.branch} from ${at.remote}`, err, {
      field: "--records-branch",
      hint: pushHint(err)
    });
  }
}
async function openStoredRecords(at, experiment) {
  const tip = await fetchRecordsTip(at);
  const commits = [];
  if (tip) {
    const seen = /* @__PURE__ */ new Set();
    for (const path of await pathsAddedOrModified(at.dir, tip, `${experiment}/`)) {
      const commit = new RegExp(`^${experiment.replace(/\./g, "\\.")}/([0-9a-f]{7,64})\\.json$`).exec(path)?.[1];
      if (commit && !seen.has(commit)) {
        seen.add(commit);
        commits.push(commit);
      }
    }
  }
  const known = new Set(commits);
  const leftOut = [];
  const leaveOut = (why) => {
    if (!leftOut.includes(why)) leftOut.push(why);
  };
  return {
    commits,
    leftOut,
    has: (commit) => known.has(commit),
    async read(wanted) {
      if (!tip || wanted.length === 0) return [];
      const paths = wanted.map((c) => `${experiment}/${c}.json`);
      const texts = await runGitBatch(
        at.dir,
        paths.map((p) => ["show", `${tip}:${p}`])
      );
      return texts.flatMap((text, i) => {
        const where = `${at.branch}:${paths[i]}`;
        if (text === void 0) {
          leaveOut(`cannot read ${where}`);
          return [];
        }
        try {
          return [parseRunRecord(text, where)];
        } catch (err) {
          leaveOut(err instanceof PinshipError ? err.format() : String(err));
          return [];
        }
      });
    }
  };
}
async function storeRecord(at, experiment, record, log) {
  const commit = record.source.commit;
  if (!commit || !/^[0-9a-f]{7,64}$/.test(commit)) {
    throw new PinshipError(`the run record has no source commit to store it under (${JSON.stringify(commit)})`, {
      field: "--store",
      hint: "run with --source-commit (the run action records GITHUB_SHA)"
    });
  }
  const path = `${experiment}/${commit}.json`;
  const text = `${JSON.stringify(record, null, 2)}
`;
  const message = `pinship report: ${experiment} at ${commit.slice(0, 12)} (run ${record.id}, ${record.conclusion})`;
  try {
    const pushed = await pushWithRetries({
      dir: at.dir,
      remote: at.remote,
      branch: at.branch,
      maxAttempts: 10,
      log,
      fetchTip: () => fetchRecordsTip(at),
      commitOn: async (tip) => ({
        value: void 0,
        commit: await commitFileOnto(at.dir, tip, path, text, message, AUTHOR)
      })
    });
    return { path, commit: pushed.commit, attempts: pushed.attempts };
  } catch (err) {
    throw new PinshipError(`storing ${path} on ${at.branch}: ${err instanceof Error ? err.message : String(err)}`, {
      field: "--store",
      hint: pushHint(err),
      cause: err
    });
  }
}
function pushHint(err) {
  const cause = err instanceof PinshipError ? err.cause : err;
  const text = cause instanceof GitError ? `${cause.stderr}
${cause.stdout}` : String(cause);
  if (/\b403\b|Permission to .* denied|denied to|Authentication failed|could not read Username|\b401\b/i.test(text)) {
    return "the token needs `contents: write` (add it to the job's `permissions:`; actions/checkout must keep its credentials)";
  }
  return void 0;
}

// src/report/render/more.ts
function moreLine(model, what) {
  const url = model.input.summaryUrl;
  const link = url && /^https?:\/\/[^\s<>()\\]+$/.test(url) ? `[the job summary](${url})` : "the job summary";
  return `_\u2026and ${what}: see ${link}._`;
}

// src/report/render/table.ts
function markdownTable(header, rows, right = []) {
  const align = header.map((_, i) => right.includes(i) ? "---:" : "---");
  const line = (cells) => `| ${cells.join(" | ")} |`;
  return [line(header), line(align), ...rows.map(line)].join("\n");
}

// src/report/render/failures.ts
function failuresSection(model, limits) {
  const failed = model.record.shards.filter((s) => s.status !== "succeeded" && s.status !== "not-started");
  const notStarted = model.record.totals.notStarted;
  if (failed.length === 0 && notStarted === 0) return "";
  const parts = [`#### Shards that did not succeed (${failed.length + notStarted})`];
  const shown = failed.slice(0, limits.failedShards);
  for (const shard of shown) parts.push(failedShard(shard, limits));
  if (failed.length > shown.length) parts.push(moreLine(model, `${failed.length - shown.length} more failed shards`));
  if (notStarted) parts.push(`${notStarted} shard${notStarted === 1 ? "" : "s"} did not start before the run stopped.`);
  return parts.join("\n\n");
}
function failedShard(shard, limits) {
  const last = shard.attempts.at(-1);
  const exit = last?.exitCode === null || last === void 0 ? "" : `, exit code ${last.exitCode}`;
  const attempts = `${shard.attempts.length} attempt${shard.attempts.length === 1 ? "" : "s"}`;
  const title = `Shard ${shard.index}: ${shard.status}, ${last?.reason ?? "no attempt"}${exit}, ${attempts}`;
  const body = [];
  if (last?.message) body.push(`Message: ${inertText(last.message, 300)}`);
  const tail = last?.logTail ?? [];
  if (limits.logLines > 0 && tail.length) {
    const lines = tail.slice(-limits.logLines).map((l) => cut(l, limits.logLineChars));
    const of = last.logLines > lines.length ? ` of ${last.logLines}` : "";
    body.push(`Last ${lines.length} log lines${of}:`, codeBlock(lines));
  }
  if (last?.logsRead === false) body.push("Its log was not read (the Job is annotated `pinship.dev/logs: none`).");
  if (body.length === 0) return `<details><summary>${inertHtml(title)}</summary>

No log lines kept.

</details>`;
  return `<details><summary>${inertHtml(title)}</summary>

${body.join("\n\n")}

</details>`;
}
function invalidLinesSection(model, limits) {
  const total = model.record.totals.resultErrors;
  if (total === 0) return "";
  const rows = [];
  for (const shard of model.record.shards) {
    for (const e of shard.resultErrors) {
      if (rows.length >= limits.invalidLines) break;
      const where = [String(shard.index), String(e.attempt), String(e.line)];
      rows.push([...where, inertText(e.message, 120), codeSpan(e.text, 120)]);
    }
  }
  const parts = [`#### Invalid result lines (${total})`];
  if (rows.length) parts.push(markdownTable(["Shard", "Attempt", "Line", "Problem", "Text"], rows, [0, 1, 2]));
  if (total > rows.length) parts.push(moreLine(model, `${total - rows.length} more invalid result lines`));
  return parts.join("\n\n");
}

// src/report/render/glance.ts
var ICONS = {
  success: "\u2705",
  failure: "\u274C",
  "timed-out": "\u23F1\uFE0F",
  cancelled: "\u23F9\uFE0F"
};
var SOURCE_FROM = {
  "image-label": " (the image's revision label)",
  "pin-commit": " (the pin commit's Pinship-Source)"
};
function glanceSection(model, regressions) {
  const { record, input } = model;
  const stopped = record.cancellation ? ` (stopped: ${record.cancellation.reason})` : "";
  const lines = [
    `### ${ICONS[record.conclusion]} pinship run ${codeSpan(input.experiment, 60)}: ${record.conclusion}`,
    "",
    `- **Shards**: ${shardCounts(record)}`,
    nothingRan(record) ? `- **Duration**: nothing ran (the wait took ${formatSeconds(record.durationSeconds)})${stopped}` : `- **Duration**: ${formatSeconds(record.durationSeconds)}${stopped}`,
    `- **Image**: ${imageText(record)}`,
    `- **Commit**: ${commitText(record.source.commit)}${SOURCE_FROM[record.source.from] ?? ""}`
  ];
  if (record.notRerun?.length) {
    lines.push(
      `- **Not run again** (unchanged, so its shards are from that run; times not compared): ` + notRerunMarkdown(record)
    );
  }
  if (record.appliedBy) {
    const { kustomization, commit } = record.appliedBy;
    lines.push(`- **Applied by**: Flux Kustomization ${codeSpan(kustomization, 120)} at ${commitText(commit)}`);
  }
  if (record.rollouts.length) {
    const ok = record.rollouts.filter((r) => r.conclusion === "success").length;
    lines.push(`- **Rollouts**: ${ok}/${record.rollouts.length} succeeded`);
  }
  if (record.totals.outputFiles) {
    lines.push(`- **Outputs**: ${record.totals.outputFiles} files, ${formatBytes(record.totals.outputBytes)}`);
  }
  lines.push(`- **Baseline**: ${baselineText(model)}`);
  if (input.baseline) {
    const gate = input.failOnRegression ? " (they fail this check)" : "";
    lines.push(
      regressions.length ? `- **Regressions** beyond ${input.thresholdPct} % and the noise: \u26A0\uFE0F ${regressions.length}${gate}` : `- **Regressions** beyond ${input.thresholdPct} % and the noise: none`
    );
  }
  return lines.join("\n");
}
function shardCounts(record) {
  const t = record.totals;
  const parts = [`${t.succeeded}/${t.shards} succeeded`];
  if (t.failed) parts.push(`${t.failed} failed`);
  if (t.timedOut) parts.push(`${t.timedOut} timed out`);
  if (t.cancelled) parts.push(`${t.cancelled} cancelled`);
  if (t.notStarted) parts.push(`${t.notStarted} not started`);
  if (t.retries) parts.push(`${t.retries} ${t.retries === 1 ? "retry" : "retries"}`);
  if (t.resultErrors) parts.push(`${t.resultErrors} invalid result lines`);
  return parts.join(", ");
}
function imageText(record) {
  const { digest, name, ref } = record.image;
  const hex = digest?.match(/^sha256:([0-9a-f]{64})$/)?.[1];
  if (hex) return `${codeSpan(name, 100)} @ ${codeSpan(`sha256:${hex.slice(0, 12)}`)}`;
  return `${codeSpan(ref, 120)} (no digest)`;
}
function commitText(commit) {
  if (commit === null) return "unknown";
  return /^[0-9a-f]{7,64}$/.test(commit) ? codeSpan(commit.slice(0, 12)) : codeSpan(commit, 60);
}
function baselineText(model) {
  const base = model.input.baseline;
  if (!base) return "none found for this experiment at the base";
  return `run ${inertText(base.id, 60)} at ${commitText(base.source.commit)}`;
}
function notRerunMarkdown(record) {
  return (record.notRerun ?? []).slice(0, 20).map((j) => {
    const when = j.startedAt ? ` (ran ${j.startedAt}${j.finishedAt ? ` to ${j.finishedAt}` : ""})` : "";
    return `${codeSpan(`job/${j.job}`, 80)}${when}`;
  }).join(", ");
}

// src/report/render/limits.ts
var COMMENT_LEVELS = [
  {
    shardRows: 20,
    keys: 30,
    shardKeys: 6,
    otherValues: 5,
    failedShards: 10,
    logLines: 30,
    logLineChars: 300,
    invalidLines: 10,
    charts: true
  },
  {
    shardRows: 20,
    keys: 20,
    shardKeys: 6,
    otherValues: 3,
    failedShards: 5,
    logLines: 15,
    logLineChars: 200,
    invalidLines: 5,
    charts: true
  },
  {
    shardRows: 10,
    keys: 10,
    shardKeys: 4,
    otherValues: 2,
    failedShards: 3,
    logLines: 5,
    logLineChars: 120,
    invalidLines: 3,
    charts: true
  },
  {
    shardRows: 0,
    keys: 5,
    shardKeys: 0,
    otherValues: 0,
    failedShards: 0,
    logLines: 0,
    logLineChars: 0,
    invalidLines: 0,
    charts: false
  }
];
var SUMMARY_LEVELS = [
  {
    shardRows: 1e3,
    keys: 200,
    shardKeys: 10,
    otherValues: 20,
    failedShards: 100,
    logLines: 50,
    logLineChars: 500,
    invalidLines: 100,
    charts: true
  },
  {
    shardRows: 1e3,
    keys: 200,
    shardKeys: 10,
    otherValues: 10,
    failedShards: 100,
    logLines: 20,
    logLineChars: 300,
    invalidLines: 100,
    charts: true
  },
  {
    shardRows: 500,
    keys: 100,
    shardKeys: 8,
    otherValues: 10,
    failedShards: 50,
    logLines: 10,
    logLineChars: 200,
    invalidLines: 50,
    charts: true
  },
  ...COMMENT_LEVELS
];

// src/report/render/resources-section.ts
var NOT_MEASURED = "not measured";
function resourcesSection(model, limits) {
  const withBaseline = model.input.baseline !== null && model.notCompared === null;
  const header = withBaseline ? ["Resource", "This run", "Baseline", "Change"] : ["Resource", "This run"];
  const rows = model.resources.map((row) => {
    const value = row.value === null ? NOT_MEASURED : row.format(row.value);
    const cells = [row.label, value + row.note];
    if (withBaseline) {
      const d = row.delta;
      const change = d ? `${formatPct(d.pct)}${d.regression ? " \u26A0\uFE0F" : ""}` : "";
      cells.push(row.base === null ? NOT_MEASURED : row.format(row.base), change);
    }
    return cells;
  });
  const parts = ["#### Resources", markdownTable(header, rows, withBaseline ? [1, 2, 3] : [1])];
  if (model.notCompared) {
    const { of, record } = model.notCompared;
    parts.push(`Not compared with the baseline: ${notRerunMarkdown(record)} of ${of} did not run again.`);
  }
  if (model.series && limits.charts) parts.push(usageCharts(model.series));
  else if (!model.series) parts.push("No resource samples were recorded.");
  return parts.join("\n\n");
}
function usageCharts(series) {
  const to = series.t.length > 1 ? series.t.at(-1) + series.t[1] : 1;
  const x = { label: "seconds since the run started", from: 0, to };
  const memoryUnit = unitFor(Math.max(...series.memoryBytes));
  return [
    mermaidChart({ title: "Cores in use, all shards", yLabel: "cores", x, values: series.cores }),
    mermaidChart({
      title: "Memory in use, all shards",
      yLabel: memoryUnit.name,
      x,
      values: series.memoryBytes.map((b) => b / memoryUnit.bytes)
    })
  ].join("\n\n");
}
function unitFor(bytes) {
  if (bytes >= 2 ** 30) return { name: "GiB", bytes: 2 ** 30 };
  if (bytes >= 2 ** 20) return { name: "MiB", bytes: 2 ** 20 };
  return { name: "KiB", bytes: 2 ** 10 };
}

// src/report/render/results-section.ts
function resultsSection(model, limits) {
  const { record } = model;
  if (model.keys.length === 0) {
    return `#### Results

No result lines (\`pinship:result {json}\` on stdout).`;
  }
  const parts = ["#### Results"];
  if (record.shards.length <= limits.shardRows && limits.shardKeys > 0) {
    parts.push(
      perShardTable(
        record.shards,
        model.keys.slice(0, limits.shardKeys).map((k) => k.aggregate.key)
      )
    );
  }
  const keys = model.keys.slice(0, limits.keys);
  parts.push(aggregateTable(keys, limits, model.input.baseline !== null));
  const hidden = model.keys.length - keys.length;
  if (hidden > 0) parts.push(moreLine(model, `${hidden} more result keys`));
  return parts.join("\n\n");
}
function perShardTable(shards, keys) {
  const rows = shards.map((shard) => {
    const last = /* @__PURE__ */ new Map();
    for (const r of shard.results) for (const key of keys) if (key in r.value) last.set(key, r.value[key]);
    const cells = keys.map((key) => last.has(key) ? valueCell(last.get(key)) : "");
    return [String(shard.index), shard.status, String(shard.results.length), ...cells];
  });
  const header = ["Shard", "Status", "Lines", ...keys.map((k) => codeSpan(k, 60))];
  return markdownTable(header, rows, [0, 2]);
}
function valueCell(value) {
  if (typeof value === "number" && Number.isFinite(value)) return formatNumber(value);
  return codeSpan(typeof value === "string" ? value : JSON.stringify(value) ?? String(value), 80);
}
function aggregateTable(keys, limits, withBaseline) {
  const rows = keys.map(({ aggregate, better, deltas }) => {
    const name = `${codeSpan(aggregate.key, 60)}${better ? ` (${better} is better)` : ""}`;
    const n = aggregate.numeric;
    const stats = STATS.map((stat) => n ? statCell(n[stat], deltas[stat], withBaseline) : "");
    return [name, String(n?.count ?? 0), ...stats, othersCell(aggregate, limits.otherValues)];
  });
  const header = ["Key", "Numbers", "Mean", "Min", "Max", "Sum", "Other values"];
  return markdownTable(header, rows, [1, 2, 3, 4, 5]);
}
function statCell(value, delta, withBaseline) {
  if (!withBaseline || !delta) return formatNumber(value);
  return `${formatNumber(value)} (${formatPct(delta.pct)}${delta.regression ? " \u26A0\uFE0F" : ""})`;
}
function othersCell(aggregate, max) {
  if (aggregate.distinctOthers === 0) return "";
  const shown = aggregate.others.slice(0, max).map((o) => `${codeSpan(o.value, 60)} \xD7${o.count}`);
  const hidden = aggregate.distinctOthers - shown.length;
  if (hidden > 0) shown.push(`${hidden} more`);
  return shown.join(", ");
}

// src/report/render/rollouts-section.ts
function rolloutsSection(model) {
  const rollouts = model.record.rollouts;
  if (rollouts.length === 0) return "";
  const rows = rollouts.map((r) => [
    codeSpan(`${r.namespace}/${r.name}`, 100),
    r.revision === null ? "" : codeSpan(r.revision, 20),
    r.conclusion,
    `${r.replicas.ready}/${r.replicas.desired} ready, ${r.replicas.updated} updated`,
    r.message === null ? "" : inertText(r.message, 200)
  ]);
  return `#### Rollouts

${markdownTable(["Deployment", "Revision", "Conclusion", "Replicas", "Message"], rows)}`;
}

// src/report/render/shards-section.ts
function shardsSection(model, limits) {
  const shards = model.record.shards.length;
  if (shards > limits.shardRows || shards === 0) return "";
  const [header, ...rows] = shardTable(model.record).map((row) => row.map((cell) => inertText(cell)));
  const table = markdownTable(header, rows, [0, 2, 3, 5, 6]);
  return `<details><summary>Shards (${shards})</summary>

${table}

</details>`;
}

// src/report/render/report.ts
var COMMENT_BUDGET = 65e3;
var SUMMARY_BUDGET = 1e6;
function renderReport(input) {
  const model = buildModel(input);
  const regressions = regressionLines(model);
  const comment = fit(
    COMMENT_LEVELS,
    (limits) => markdown(model, regressions, limits, input.trendOpen),
    (text) => text.length <= COMMENT_BUDGET
  );
  const summary = fit(
    SUMMARY_LEVELS,
    (limits) => markdown(model, regressions, limits, true),
    (text) => Buffer.byteLength(text) <= SUMMARY_BUDGET
  );
  const gated = input.failOnRegression && regressions.length > 0 && input.record.conclusion === "success";
  const headline2 = gated ? `${reportHeadline(model)}; ${regressions.length} regression(s) fail the gate` : reportHeadline(model);
  return { conclusion: gated ? "failure" : input.record.conclusion, headline: headline2, comment, summary, regressions };
}
function reportHeadline(model) {
  const rollouts = model.record.rollouts;
  if (rollouts.length === 0) return headline(model.record);
  const ok = rollouts.filter((r) => r.conclusion === "success").length;
  return `${headline(model.record)}; rollouts ${ok}/${rollouts.length} succeeded`;
}
function fit(levels, render, fits) {
  for (const limits of levels) {
    const text = render(limits);
    if (fits(text)) return text;
  }
  throw new Error("report does not fit its budget at its smallest level");
}
function markdown(model, regressions, limits, trendOpen) {
  const sections = [
    glanceSection(model, regressions),
    regressionsSection(regressions, limits),
    rolloutsSection(model),
    resultsSection(model, limits),
    resourcesSection(model, limits),
    failuresSection(model, limits),
    invalidLinesSection(model, limits),
    shardsSection(model, limits),
    limits.charts ? trendSection(model, trendOpen) : ""
  ];
  return `${sections.filter(Boolean).join("\n\n")}
`;
}
function regressionsSection(regressions, limits) {
  if (regressions.length === 0) return "";
  const shown = regressions.slice(0, Math.max(limits.keys, 5));
  const more = regressions.length > shown.length ? [`- \u2026and ${regressions.length - shown.length} more`] : [];
  return ["#### \u26A0\uFE0F Regressions", "", ...shown.map((r) => `- ${r}`), ...more].join("\n");
}

// src/report/prepare.ts
async function prepareReport(options) {
  const { log } = options;
  const record = await readRunRecord(options.run);
  const { baseline, trend, leftOut } = await history(options, record);
  const input = {
    record,
    experiment: options.experiment,
    baseline,
    trend,
    metrics: options.metrics,
    thresholdPct: options.thresholdPct,
    failOnRegression: options.failOnRegression,
    trendOpen: options.pullRequest === void 0,
    summaryUrl: options.summaryUrl
  };
  const rendered = renderReport(input);
  const marker = markerFor(record, options.experiment);
  log.info(rendered.headline);
  for (const line of rendered.regressions) log.warn(`regression: ${line}`);
  return { record, input, rendered, marker, body: `${formatMarker(marker)}
${rendered.comment}`, leftOut };
}
async function history(options, record) {
  const { log, records } = options;
  const fromFile = options.baseline ? await readRunRecord(options.baseline) : void 0;
  if (!records) {
    if (!fromFile)
      log.info("no baseline or trend: not in a clone with an origin remote (the records branch is read with git)");
    return { baseline: fromFile ?? null, trend: [], leftOut: [] };
  }
  const stored = await openStoredRecords(records, options.experiment);
  const pr = options.pullRequest;
  const start = pr ? pr.baseSha && pr.headSha && await mergeBase(records.dir, pr.baseSha, pr.headSha) || pr.baseSha : record.source.commit ?? void 0;
  const trend = await findTrend(records.dir, stored, start, record.id);
  if (fromFile) return { baseline: fromFile, trend, leftOut: stored.leftOut };
  const found = await findBaseline(records.dir, stored, start, record.id);
  log.info(found.note);
  return { baseline: found.record, trend, leftOut: stored.leftOut };
}

// src/report/make-report.ts
async function makeReport(options) {
  const { log, context } = options;
  if (options.store && context.workflowRun) throw refuseStore();
  const dir = await workTreeRoot(options.cwd ?? process.cwd());
  const remote = options.remote ?? "origin";
  const records = dir && await hasRemote(dir, remote) ? { dir, remote, branch: options.recordsBranch } : void 0;
  const pr = context.pullRequest;
  const prepared = await prepareReport({
    ...options,
    records,
    // A workflow_run job reports on a pull request too (folded trend); its base is not in the event.
    pullRequest: pr || context.workflowRun || options.post?.pr !== void 0 ? { baseSha: pr?.baseSha, headSha: pr?.headSha } : void 0,
    summaryUrl: context.runUrl ?? null
  });
  const outcome = { prepared };
  if (options.store) {
    if (!records) {
      throw new PinshipError(
        `--store needs a clone of the repository with a remote ${remote} (it gets the records branch)`,
        {
          field: "--store",
          hint: "run in the checkout (actions/checkout) or a clone"
        }
      );
    }
    outcome.stored = await storeRecord(records, options.experiment, prepared.record, log);
    log.info(
      outcome.stored.commit ? `stored ${outcome.stored.path} on ${records.branch}` : `${outcome.stored.path} was already stored`
    );
  }
  if (options.post) {
    outcome.published = await publishReport(prepared, { ...options.post, context, dir }, log);
    if (outcome.published.skipped) log.warn(outcome.published.skipped);
  }
  return outcome;
}

export {
  MAX_RECORD_BYTES,
  readRunRecord,
  makeReport
};
