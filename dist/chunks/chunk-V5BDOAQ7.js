import { createRequire as __pinshipCreateRequire } from 'node:module'; import { fileURLToPath as __pinshipFileURLToPath } from 'node:url'; import { dirname as __pinshipDirname } from 'node:path'; const require = __pinshipCreateRequire(import.meta.url); const __filename = __pinshipFileURLToPath(import.meta.url); const __dirname = __pinshipDirname(__filename);

// src/record/not-rerun.ts
function nothingRan(record) {
  const jobs = new Set((record.notRerun ?? []).map((j) => j.job));
  if (jobs.size === 0 || record.shards.length === 0) return false;
  return record.shards.every((s) => s.job === void 0 ? jobs.size > 0 : jobs.has(s.job));
}
function notRerunText(record) {
  return (record.notRerun ?? []).map((j) => {
    const when = j.startedAt ? ` (ran ${j.startedAt}${j.finishedAt ? ` to ${j.finishedAt}` : ""})` : "";
    return `job/${j.job}${when}`;
  }).join(", ");
}
function timesAreARun(record) {
  return !record.notRerun?.length;
}

// src/record/summary.ts
function headline(record) {
  const t = record.totals;
  const reasons = [...new Set(record.shards.filter((s) => s.status !== "succeeded").map(lastReason))].filter(Boolean);
  const bad = t.shards - t.succeeded;
  const extra = [
    bad ? `${bad} did not (${reasons.join(", ")})` : "",
    t.resultErrors ? `${t.resultErrors} invalid result line(s)` : "",
    // Not a failure (the shard ran; the container simply wrote as another user), but the hashes are missing.
    t.unreadableOutputs ? `${t.unreadableOutputs} output(s) unreadable` : "",
    // Readable, most likely: the run stopped (its conclusion says why) before they were hashed.
    t.notHashedOutputs ? `${t.notHashedOutputs} output(s) not hashed` : ""
  ].filter(Boolean);
  const also = extra.length ? `, ${extra.join(", ")}` : "";
  const seconds = record.durationSeconds.toFixed(1);
  if (nothingRan(record)) {
    return `${record.conclusion}: nothing ran: ${notRerunText(record)} unchanged, not run again; ${t.succeeded}/${t.shards} shards succeeded then${also} (--rerun runs it again)`;
  }
  const earlier = record.notRerun?.length ? `; not run again (unchanged): ${notRerunText(record)}` : "";
  return `${record.conclusion}: ${t.succeeded}/${t.shards} shards succeeded${also} in ${seconds}s${earlier}`;
}
function shardTable(record) {
  const header = [
    "Shard",
    "Status",
    "Attempts",
    "Exit code",
    "Reason",
    "Wall (s)",
    "CPU (core\xB7s)",
    "Peak memory",
    "Results",
    "Files"
  ];
  const rows = record.shards.map((shard) => {
    const last = shard.attempts.at(-1);
    const r = shard.resources;
    const limit = r?.memoryLimitBytes ? ` / ${formatBytes(r.memoryLimitBytes)}` : "";
    const invalidLines = invalid(shard);
    return [
      String(shard.index),
      shard.status,
      String(shard.attempts.length),
      last?.exitCode === null || last === void 0 ? "" : String(last.exitCode),
      lastReason(shard),
      r?.wallSeconds === null || r === null ? "" : r.wallSeconds.toFixed(1),
      r?.cpuCoreSeconds === null || r === null ? "" : r.cpuCoreSeconds.toFixed(2),
      r?.peakMemoryBytes === null || r === null ? "" : `${formatBytes(r.peakMemoryBytes)}${limit}`,
      `${shard.results.length}${invalidLines ? ` (${invalidLines} invalid)` : ""}`,
      files(shard)
    ];
  });
  return [header, ...rows];
}
function invalid(shard) {
  return shard.attempts.reduce((n, a) => n + a.resultErrorCount, 0);
}
function files(shard) {
  const unreadable = shard.outputs.filter((f) => f.unreadable !== void 0 && !f.notHashed).length;
  const notHashed = shard.outputs.filter((f) => f.notHashed).length;
  const count = shard.outputs.filter((f) => f.kind !== "directory").length;
  const notes = [unreadable ? `${unreadable} unreadable` : "", notHashed ? `${notHashed} not hashed` : ""];
  const note = notes.filter(Boolean).join(", ");
  return note ? `${count} (${note})` : String(count);
}
function lastReason(shard) {
  return shard.attempts.at(-1)?.reason ?? (shard.status === "not-started" ? "not started" : "");
}
function formatBytes(bytes) {
  const units = ["B", "KiB", "MiB", "GiB", "TiB"];
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit += 1;
  }
  return `${unit === 0 ? value : value.toFixed(1)} ${units[unit]}`;
}

export {
  nothingRan,
  timesAreARun,
  headline,
  shardTable,
  formatBytes
};
