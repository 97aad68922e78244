import { createRequire as __pinshipCreateRequire } from 'node:module'; import { fileURLToPath as __pinshipFileURLToPath } from 'node:url'; import { dirname as __pinshipDirname } from 'node:path'; const require = __pinshipCreateRequire(import.meta.url); const __filename = __pinshipFileURLToPath(import.meta.url); const __dirname = __pinshipDirname(__filename);
import {
  assertRunRecord
} from "./chunk-AJHGJJON.js";
import {
  combineSummaries,
  round
} from "./chunk-3RNY2SU5.js";
import {
  prepareWritable,
  writeFileAtomic
} from "./chunk-YZGLF4LN.js";
import {
  PinshipError,
  describeError,
  wrapError
} from "./chunk-SI2EDPFI.js";

// src/run/run.ts
import { randomBytes } from "node:crypto";
import { mkdir } from "node:fs/promises";
import { dirname, resolve } from "node:path";

// src/record/json-text.ts
var PIECE = 64 * 1024;
function* jsonTextPieces(value) {
  let piece = "";
  for (const part of jsonParts(value)) {
    piece += part;
    if (piece.length >= PIECE) {
      yield piece;
      piece = "";
    }
  }
  yield piece;
}
function* jsonParts(value) {
  const entries = Object.entries(value).filter(([, v]) => !["undefined", "function", "symbol"].includes(typeof v));
  if (entries.length === 0) {
    yield "{}\n";
    return;
  }
  yield "{\n";
  for (const [i, [key, v]] of entries.entries()) {
    const head = `  ${JSON.stringify(key)}: `;
    const tail = i < entries.length - 1 ? ",\n" : "\n";
    if (Array.isArray(v) && v.length > 0) {
      yield `${head}[
`;
      for (let j = 0; j < v.length; j++) {
        const text = JSON.stringify(v[j], null, 2) ?? "null";
        yield `    ${indent(text, "    ")}${j < v.length - 1 ? ",\n" : "\n"}`;
      }
      yield `  ]${tail}`;
    } else {
      yield `${head}${indent(JSON.stringify(v, null, 2), "  ")}${tail}`;
    }
  }
  yield "}\n";
}
function indent(text, pad) {
  return text.replaceAll("\n", `
${pad}`);
}

// src/record/types.ts
var RUN_RECORD_API_VERSION = "pinship.dev/v1";
var RUN_RECORD_KIND = "RunRecord";

// src/record/builder.ts
var RunRecordBuilder = class {
  constructor(start) {
    this.start = start;
    this.shards = Array.from({ length: start.parameters.shards }, (_, position) => ({
      ...start.shardJobs?.[position] ?? { index: position },
      status: "not-started",
      attempts: [],
      results: [],
      resultErrors: [],
      outputs: [],
      resources: null
    }));
  }
  start;
  image;
  imageRevision = null;
  cancellation = null;
  suspendedSeconds;
  shards;
  running = /* @__PURE__ */ new Set();
  rollouts = [];
  notRerun = [];
  appliedBy;
  listeners = [];
  get hasImage() {
    return this.image !== void 0;
  }
  /** Calls `listener` after every change (progress lines, failed-shard logs). */
  onEvent(listener) {
    this.listeners.push(listener);
  }
  setImage(image, revisionLabel) {
    this.image = image;
    this.imageRevision = revisionLabel;
  }
  attemptStarted(index) {
    this.running.add(index);
    this.emit({ kind: "started", index });
  }
  attemptFinished(index, outcome) {
    const shard = this.shard(index);
    this.running.delete(index);
    const resultErrorCount = Math.max(outcome.attempt.resultErrorCount, outcome.resultErrors.length);
    shard.attempts.push({ ...outcome.attempt, resultErrorCount });
    shard.status = outcome.attempt.status;
    shard.results = outcome.results;
    shard.resultErrors.push(...outcome.resultErrors);
    shard.resources = combineSummaries(shard.attempts.flatMap((a) => a.resources ? [a.resources.summary] : []));
    this.emit({ kind: "finished", index, outcome });
  }
  /** An attempt that was created but stopped before it started is not an attempt: forget it. */
  attemptAbandoned(index) {
    this.running.delete(index);
    this.emit({ kind: "abandoned", index });
  }
  setOutputs(index, files) {
    this.shard(index).outputs = files;
  }
  setAppliedBy(applied) {
    this.appliedBy = applied;
  }
  addRollout(rollout) {
    this.rollouts.push(rollout);
  }
  /** Seconds the run's Jobs waited suspended (a queue had not admitted them): the run's time apart from it. */
  setSuspended(seconds) {
    this.suspendedSeconds = round(seconds, 3);
  }
  /** A Job left alone because it was unchanged: its shards are from its earlier run. */
  addNotRerun(job) {
    this.notRerun.push(job);
  }
  /** Notes why the run stopped early; the first reason wins (a timeout during Ctrl-C stays Ctrl-C). */
  cancel(cancellation) {
    this.cancellation ??= cancellation;
  }
  counts() {
    let done = 0;
    let failed = 0;
    let retrying = 0;
    for (const [position, shard] of this.shards.entries()) {
      if (this.running.has(position) || shard.status === "not-started") continue;
      if (shard.status === "failed" && shard.attempts.length <= this.start.parameters.backoffLimit && !this.cancellation) {
        retrying += 1;
        continue;
      }
      done += 1;
      if (shard.status !== "succeeded") failed += 1;
    }
    return { total: this.shards.length, done, running: this.running.size, failed, retrying };
  }
  finish(finishedAt) {
    if (!this.image) throw new Error("run record: the image was never set");
    const shards = this.shards;
    const parameters = this.start.parameters;
    const source = this.start.source?.commit ? this.start.source : this.imageRevision ? { commit: this.imageRevision, from: "image-label" } : { commit: null, from: "unknown" };
    const totals = computeTotals(shards);
    return {
      apiVersion: RUN_RECORD_API_VERSION,
      kind: RUN_RECORD_KIND,
      id: this.start.id,
      backend: this.start.backend,
      image: this.image,
      source,
      startedAt: this.start.startedAt.toISOString(),
      finishedAt: finishedAt.toISOString(),
      durationSeconds: round((finishedAt.getTime() - this.start.startedAt.getTime()) / 1e3, 3),
      parameters,
      conclusion: conclude(this.cancellation, totals, this.rollouts),
      cancellation: this.cancellation,
      outputDir: this.start.outputDir,
      totals,
      shards,
      rollouts: this.rollouts,
      ...this.suspendedSeconds === void 0 ? {} : { suspendedSeconds: this.suspendedSeconds },
      ...this.notRerun.length ? { notRerun: this.notRerun } : {},
      ...this.appliedBy ? { appliedBy: this.appliedBy } : {}
    };
  }
  shard(position) {
    const shard = this.shards[position];
    if (!shard) throw new Error(`run record: no shard ${position}`);
    return shard;
  }
  emit(event) {
    for (const listener of this.listeners) listener(event);
  }
};
function conclude(cancellation, totals, rollouts) {
  if (cancellation?.reason === "signal") return "cancelled";
  if (cancellation?.reason === "timeout") return "timed-out";
  const allSucceeded = totals.succeeded === totals.shards;
  return allSucceeded && totals.resultErrors === 0 && !cancellation && rollouts.every((r) => r.conclusion === "success") ? "success" : "failure";
}
function computeTotals(shards) {
  const attempts = shards.flatMap((s) => s.attempts);
  const count = (status) => shards.filter((s) => s.status === status).length;
  const peaks = shards.map((s) => s.resources?.peakMemoryBytes).filter((v) => typeof v === "number");
  const outputs = shards.flatMap((s) => s.outputs);
  return {
    shards: shards.length,
    succeeded: count("succeeded"),
    failed: count("failed"),
    timedOut: count("timed-out"),
    cancelled: count("cancelled"),
    notStarted: count("not-started"),
    attempts: attempts.length,
    retries: shards.reduce((n, s) => n + Math.max(0, s.attempts.length - 1), 0),
    results: shards.reduce((n, s) => n + s.results.length, 0),
    // Counted by the attempts: the shards keep only the first invalid lines of each attempt.
    resultErrors: attempts.reduce((n, a) => n + a.resultErrorCount, 0),
    outputFiles: outputs.filter((f) => f.kind !== "directory").length,
    outputBytes: outputs.reduce((n, f) => n + f.size, 0),
    unreadableOutputs: outputs.filter((f) => f.unreadable !== void 0 && !f.notHashed).length,
    notHashedOutputs: outputs.filter((f) => f.notHashed).length,
    cpuCoreSeconds: round(
      shards.reduce((n, s) => n + (s.resources?.cpuCoreSeconds ?? 0), 0),
      4
    ),
    peakMemoryBytes: peaks.length ? Math.max(...peaks) : null,
    maxConcurrent: maxConcurrent(attempts)
  };
}
function maxConcurrent(attempts) {
  const edges = [];
  for (const a of attempts) {
    if (!a.startedAt || !a.finishedAt) continue;
    edges.push([Date.parse(a.startedAt), 1], [Date.parse(a.finishedAt), -1]);
  }
  edges.sort((x, y) => x[0] - y[0] || x[1] - y[1]);
  let now = 0;
  let max = 0;
  for (const [, delta] of edges) {
    now += delta;
    max = Math.max(max, now);
  }
  return max;
}

// src/run/deadline.ts
var MAX_TIMER_MS = 2 ** 31 - 1;
function startDeadline(ms, onExpire) {
  const due = Date.now() + ms;
  let timer;
  const arm = () => {
    const left = due - Date.now();
    if (left <= 0) return onExpire();
    timer = setTimeout(arm, Math.min(left, MAX_TIMER_MS));
  };
  timer = setTimeout(arm, Math.min(ms, MAX_TIMER_MS));
  return () => clearTimeout(timer);
}

// src/run/progress.ts
function progressLine(counts, elapsedMs) {
  const retrying = counts.retrying ? `, ${counts.retrying} retrying` : "";
  return `shards ${counts.done}/${counts.total} done, ${counts.running} running, ${counts.failed} failed${retrying}, ${(elapsedMs / 1e3).toFixed(1)}s`;
}
var PROGRESS_TICK_MS = 1e3;
function reportProgress(record, log, startedMs) {
  let pending = Promise.resolve();
  let ticker;
  let stopped = false;
  const draw = () => log.progress(progressLine(record.counts(), Date.now() - startedMs));
  record.onEvent((event) => {
    draw();
    if (log.liveProgress && !ticker && !stopped) {
      ticker = setInterval(draw, PROGRESS_TICK_MS);
      ticker.unref();
    }
    if (event.kind !== "finished" || event.outcome.attempt.status === "succeeded") return;
    const { attempt } = event.outcome;
    const exit = attempt.exitCode === null ? "" : `, exit ${attempt.exitCode}`;
    const title = `shard ${event.index} attempt ${attempt.attempt}: ${attempt.reason}${exit}${attempt.message ? ` (${attempt.message})` : ""}`;
    pending = pending.then(
      () => log.group(title, async () => {
        if (attempt.logTail.length === 0) log.info("(no output)");
        for (const line of attempt.logTail) log.info(line);
      })
    );
  });
  return {
    stop: () => {
      stopped = true;
      clearInterval(ticker);
      ticker = void 0;
    },
    flush: () => pending
  };
}

// src/run/run.ts
async function recordRun(run) {
  const { id, parameters, outputDir, source } = run;
  if (run.out !== void 0) {
    await prepareWritable(resolve(run.out)).catch((err) => {
      throw new PinshipError(`cannot write the run record to ${run.out}: ${describeError(err)}`, { field: "out" });
    });
  }
  const started = /* @__PURE__ */ new Date();
  const record = new RunRecordBuilder({
    id,
    backend: run.backend,
    startedAt: started,
    parameters,
    outputDir,
    source,
    shardJobs: run.shardJobs
  });
  const progress = reportProgress(record, run.log, started.getTime());
  const stops = watchStops(record, run.signal, parameters.timeoutSeconds);
  let failure;
  try {
    await run.execute({ log: run.log, stop: stops.signal, record });
  } catch (err) {
    failure = err;
  } finally {
    stops.dispose();
    progress.stop();
  }
  await progress.flush();
  if (failure !== void 0 && !record.hasImage) throw wrapError(run.action, failure);
  if (failure !== void 0) {
    record.cancel({ reason: "error", at: (/* @__PURE__ */ new Date()).toISOString(), message: describeError(failure) });
  }
  const { result, recordPath } = await writeRecord(
    record,
    run.out ?? `${outputDir ?? resolve(`.pinship/runs/${id}`)}/run.json`
  );
  if (failure !== void 0) {
    throw wrapError(run.action, failure, { hint: `the partial run record is in ${recordPath}` });
  }
  return { record: result, recordPath };
}
function sourceFrom(commit, processEnv) {
  if (commit) return { commit, from: "option" };
  if (processEnv.GITHUB_SHA) return { commit: processEnv.GITHUB_SHA, from: "GITHUB_SHA" };
  return void 0;
}
function watchStops(record, signal, timeoutSeconds) {
  const stop = new AbortController();
  const stopWith = (reason) => {
    if (stop.signal.aborted) return;
    record.cancel({ reason: reason.kind, at: (/* @__PURE__ */ new Date()).toISOString(), message: reason.message });
    stop.abort(reason);
  };
  const onSignal = () => stopWith({ kind: "signal", message: "the run was cancelled (interrupt or abort)" });
  if (signal?.aborted) onSignal();
  signal?.addEventListener("abort", onSignal, { once: true });
  const cancelDeadline = timeoutSeconds === null ? () => {
  } : startDeadline(
    timeoutSeconds * 1e3,
    () => stopWith({ kind: "timeout", message: `the run went over its timeout of ${timeoutSeconds}s` })
  );
  return {
    signal: stop.signal,
    dispose() {
      cancelDeadline();
      signal?.removeEventListener("abort", onSignal);
    }
  };
}
async function writeRecord(record, out) {
  const result = record.finish(/* @__PURE__ */ new Date());
  assertRunRecord(result, void 0, "writer");
  const recordPath = resolve(out);
  await mkdir(dirname(recordPath), { recursive: true });
  await writeFileAtomic(recordPath, jsonTextPieces(result));
  return { result, recordPath };
}
function newRunId() {
  const stamp = (/* @__PURE__ */ new Date()).toISOString().replace(/[-:]/g, "").replace("T", "-").slice(0, 15);
  return `${stamp}-${randomBytes(3).toString("hex")}`;
}

export {
  recordRun,
  sourceFrom,
  newRunId
};
