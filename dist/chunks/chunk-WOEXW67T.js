import { createRequire as __pinshipCreateRequire } from 'node:module'; import { fileURLToPath as __pinshipFileURLToPath } from 'node:url'; import { dirname as __pinshipDirname } from 'node:path'; const require = __pinshipCreateRequire(import.meta.url); const __filename = __pinshipFileURLToPath(import.meta.url); const __dirname = __pinshipDirname(__filename);
import {
  AttemptOutput,
  signalMessage
} from "./chunk-V4YVO7GE.js";
import {
  round
} from "./chunk-3RNY2SU5.js";
import {
  readJsonLines
} from "./chunk-WPBSY374.js";
import {
  DEFAULT_PIDS_LIMIT,
  SHARD_OUTPUT_MOUNT,
  shardEnv
} from "./chunk-WTE3RSPF.js";
import {
  describeError
} from "./chunk-SI2EDPFI.js";

// src/docker/container.ts
async function removeContainer(docker, id, log) {
  try {
    await docker.getContainer(id).remove({ force: true, v: true });
    return true;
  } catch (err) {
    if (err.statusCode === 404) return true;
    log.warn(`removing container ${id.slice(0, 12)}: ${describeError(err)}`);
    return false;
  }
}

// src/run/local/attempt.ts
import { Writable } from "node:stream";

// src/run/resource-usage.ts
var UsageTracker = class {
  constructor(startMs, memoryLimitBytes, maxSamples = 120) {
    this.startMs = startMs;
    this.memoryLimitBytes = memoryLimitBytes;
    this.maxSamples = maxSamples;
  }
  startMs;
  memoryLimitBytes;
  maxSamples;
  samples = [];
  stride = 1;
  seen = 0;
  last;
  peakCores = null;
  peakMemory = null;
  add(reading) {
    this.last = reading;
    if (reading.cpuCores !== null) this.peakCores = Math.max(this.peakCores ?? 0, reading.cpuCores);
    this.peakMemory = Math.max(this.peakMemory ?? 0, reading.memoryBytes);
    if (this.seen++ % this.stride !== 0) return;
    this.samples.push({
      t: round(Math.max(0, (reading.atMs - this.startMs) / 1e3), 3),
      cpuCores: round(reading.cpuCores ?? 0, 4),
      memoryBytes: reading.memoryBytes,
      ioReadBytes: reading.ioReadBytes,
      ioWriteBytes: reading.ioWriteBytes
    });
    if (this.samples.length >= this.maxSamples) {
      this.samples = this.samples.filter((_, i) => i % 2 === 0);
      this.stride *= 2;
    }
  }
  /** The samples and their summary, for an attempt that ran `wallSeconds`. */
  usage(wallSeconds) {
    const cpu = this.last ? round(this.last.cpuSeconds, 4) : null;
    return {
      samples: this.samples,
      summary: {
        wallSeconds,
        cpuCoreSeconds: cpu,
        averageCores: cpu !== null && wallSeconds ? round(cpu / wallSeconds, 4) : null,
        peakCores: this.peakCores === null ? null : round(this.peakCores, 4),
        peakMemoryBytes: this.peakMemory,
        memoryLimitBytes: this.memoryLimitBytes,
        peakMemoryOfLimit: this.peakMemory !== null && this.memoryLimitBytes ? round(this.peakMemory / this.memoryLimitBytes, 4) : null,
        ioReadBytes: this.last?.ioReadBytes ?? null,
        ioWriteBytes: this.last?.ioWriteBytes ?? null,
        samples: this.seen
      }
    };
  }
};

// src/run/local/attempt-record.ts
function finishedAttempt(attempt, id, name, state, output, tracker, stoppedBy) {
  const startedAt = engineTime(state.StartedAt);
  let finishedAt = engineTime(state.FinishedAt);
  if (startedAt && finishedAt && finishedAt < startedAt) finishedAt = startedAt;
  const duration = startedAt && finishedAt ? round((Date.parse(finishedAt) - Date.parse(startedAt)) / 1e3, 3) : null;
  let status;
  let reason;
  let message = state.Error || null;
  if (state.OOMKilled) {
    [status, reason] = ["failed", "OOMKilled"];
    message ??= "the shard went over its memory limit and the kernel killed it";
  } else if (stoppedBy && state.ExitCode !== 0) {
    [status, reason] = stoppedBy.kind === "timeout" ? ["timed-out", "DeadlineExceeded"] : ["cancelled", "Cancelled"];
    message = stoppedBy.message;
  } else if (state.ExitCode === 0) {
    [status, reason] = ["succeeded", "Completed"];
  } else {
    [status, reason] = ["failed", "Error"];
    message ??= signalMessage(state.ExitCode);
  }
  return {
    attempt,
    status,
    exitCode: state.ExitCode,
    reason,
    message,
    startedAt,
    finishedAt,
    durationSeconds: duration,
    runner: { kind: "container", id, name },
    logLines: output.lines,
    logTail: status === "succeeded" ? [] : output.tail(),
    resultCount: output.results.length,
    resultErrorCount: output.resultErrorCount,
    resources: tracker.usage(duration)
  };
}
function startError(attempt, container, name, message) {
  return {
    attempt,
    status: "failed",
    exitCode: null,
    reason: "StartError",
    message,
    startedAt: null,
    finishedAt: null,
    durationSeconds: null,
    runner: { kind: "container", id: container?.id ?? null, name },
    logLines: 0,
    logTail: [],
    resultCount: 0,
    resultErrorCount: 0,
    resources: null
  };
}
function engineTime(value) {
  if (!value || value.startsWith("0001-")) return null;
  const ms = Date.parse(value);
  return Number.isNaN(ms) ? null : new Date(ms).toISOString();
}

// src/run/local/stats.ts
function readingFromStats(stats) {
  const usage = stats.memory_stats?.usage;
  const cpuTotal = stats.cpu_stats?.cpu_usage?.total_usage;
  if (usage === void 0 || cpuTotal === void 0 || !stats.read || stats.read.startsWith("0001-")) return null;
  const cpuDelta = cpuTotal - (stats.precpu_stats?.cpu_usage?.total_usage ?? 0);
  const systemDelta = (stats.cpu_stats?.system_cpu_usage ?? 0) - (stats.precpu_stats?.system_cpu_usage ?? 0);
  const online = stats.cpu_stats?.online_cpus || stats.cpu_stats?.cpu_usage?.percpu_usage?.length || 1;
  const hasPrevious = Boolean(stats.precpu_stats?.system_cpu_usage);
  const cpuCores = hasPrevious && systemDelta > 0 && cpuDelta >= 0 ? cpuDelta / systemDelta * online : null;
  const memStats = stats.memory_stats?.stats ?? {};
  const inactive = memStats.total_inactive_file ?? memStats.inactive_file ?? 0;
  const memoryBytes = inactive < usage ? usage - inactive : usage;
  let ioReadBytes = 0;
  let ioWriteBytes = 0;
  for (const entry of stats.blkio_stats?.io_service_bytes_recursive ?? []) {
    const op = entry.op.toLowerCase();
    if (op === "read") ioReadBytes += entry.value;
    else if (op === "write") ioWriteBytes += entry.value;
  }
  return { atMs: Date.parse(stats.read), cpuCores, cpuSeconds: cpuTotal / 1e9, memoryBytes, ioReadBytes, ioWriteBytes };
}
function followStats(container, tracker) {
  let stream;
  let stopped = false;
  container.stats({ stream: true }).then((opened) => {
    stream = opened;
    if (stopped) return stream?.destroy?.();
    follow(opened, tracker);
  }).catch(() => {
  });
  return () => {
    stopped = true;
    stream?.destroy?.();
  };
}
function follow(stream, tracker) {
  const add = (stats) => {
    try {
      const reading = readingFromStats(stats);
      if (reading) tracker.add(reading);
    } catch {
    }
  };
  readJsonLines(stream, add, () => {
  }).catch(() => {
  });
}

// src/run/local/attempt.ts
var STOP_GRACE_SECONDS = 2;
var RUN_LABEL = "io.pinship.run";
function runLabels(runId, index, attempt) {
  return { [RUN_LABEL]: runId, "io.pinship.shard": String(index), "io.pinship.attempt": String(attempt) };
}
var SHARD_LOG_CONFIG = { Type: "json-file", Config: { "max-size": "1t" } };
async function runContainerAttempt(input) {
  const name = `pinship-${input.spec.id}-${input.index}-${input.attempt}`;
  const stopper = new AttemptStopper(input.stop);
  try {
    const started = await startShardContainer(input, name, stopper);
    if ("outcome" in started) return started.outcome;
    return await finishShardContainer(input, name, started.container, started.startedMs, stopper);
  } finally {
    stopper.dispose();
  }
}
var AttemptStopper = class {
  constructor(stop) {
    this.stop = stop;
    stop.addEventListener("abort", this.onStop, { once: true });
  }
  stop;
  stoppedBy;
  container;
  onStop = () => {
    this.stoppedBy = this.stop.reason;
    this.container?.stop({ t: STOP_GRACE_SECONDS }).catch(() => {
    });
  };
  /** The container runs: stop it now if the run stopped while it was starting. */
  started(container) {
    this.container = container;
    if (this.stop.aborted) this.onStop();
  }
  dispose() {
    this.stop.removeEventListener("abort", this.onStop);
  }
};
async function startShardContainer(input, name, stopper) {
  let container;
  try {
    container = await input.docker.createContainer(containerOptions(input, name));
    input.live.add(container.id);
    if (input.stop.aborted) {
      await removeContainer2(input, container);
      return { outcome: null };
    }
    await container.start();
    const startedMs = Date.now();
    input.onStarted();
    stopper.started(container);
    return { container, startedMs };
  } catch (err) {
    if (container) await removeContainer2(input, container);
    if (input.stop.aborted) return { outcome: null };
    return {
      outcome: {
        attempt: startError(input.attempt, container, name, describeError(err)),
        results: [],
        resultErrors: []
      }
    };
  }
}
function runnerUser() {
  return `${process.getuid?.() ?? 0}:${process.getgid?.() ?? 0}`;
}
function containerOptions(input, name) {
  const { spec, index, attempt } = input;
  return {
    name,
    Image: input.imageId,
    Cmd: spec.args.length ? spec.args : void 0,
    Env: Object.entries({ ...spec.env, ...shardEnv(index, spec.shards, SHARD_OUTPUT_MOUNT) }).map(
      ([k, v]) => `${k}=${v}`
    ),
    Labels: runLabels(spec.id, index, attempt),
    Tty: false,
    AttachStdout: false,
    AttachStderr: false,
    // The runner's own user by default: it owns the shard folder, which nobody else may write.
    User: spec.user ?? runnerUser(),
    HostConfig: {
      // No network: shards compute on their inputs; this machine must not send traffic anywhere.
      NetworkMode: "none",
      // A shard computes: it needs no capability, may not gain privileges (setuid), and a fork
      // bomb meets the pid limit instead of exhausting the runner's.
      CapDrop: ["ALL"],
      SecurityOpt: ["no-new-privileges"],
      PidsLimit: spec.pidsLimit ?? DEFAULT_PIDS_LIMIT,
      Memory: spec.memoryBytes ?? void 0,
      // Swap equal to memory means no swap: over the limit is an OOM kill, as on Kubernetes.
      MemorySwap: spec.memoryBytes ?? void 0,
      NanoCpus: spec.cpus ? Math.round(spec.cpus * 1e9) : void 0,
      Binds: [`${input.shardDir}:${SHARD_OUTPUT_MOUNT}`],
      // State (exit code, OOMKilled, times) must outlive the process; we remove it ourselves.
      AutoRemove: false,
      LogConfig: SHARD_LOG_CONFIG
    }
  };
}
async function finishShardContainer(input, name, container, startedMs, stopper) {
  const { attempt } = input;
  const output = new AttemptOutput(attempt, Object.values(input.spec.env));
  const tracker = new UsageTracker(startedMs, input.spec.memoryBytes);
  try {
    const stopStats = input.stats ? followStats(container, tracker) : () => {
    };
    try {
      await container.wait();
    } finally {
      stopStats();
    }
    await readLogs(input.docker, container, output);
    output.end();
    const { State: state } = await container.inspect();
    const oomKilled = state.OOMKilled || await sawLostOom(input, container.id, state.ExitCode, stopper.stoppedBy);
    return {
      attempt: finishedAttempt(
        attempt,
        container.id,
        name,
        { ...state, OOMKilled: oomKilled },
        output,
        tracker,
        stopper.stoppedBy
      ),
      results: output.results,
      resultErrors: output.resultErrors
    };
  } catch (err) {
    output.end();
    return {
      attempt: {
        ...startError(attempt, container, name, `following the container: ${describeError(err)}`),
        logTail: output.tail(),
        resultErrorCount: output.resultErrorCount
      },
      results: [],
      resultErrors: output.resultErrors
    };
  } finally {
    await removeContainer2(input, container);
  }
}
async function readLogs(docker, container, output) {
  const stream = await container.logs({ follow: true, stdout: true, stderr: true }).catch((err) => {
    throw new Error(`reading the container's log: ${describeError(err)}`);
  });
  const sink = (which) => new Writable({
    write(chunk, _encoding, callback) {
      output.write(which, chunk);
      callback();
    }
  });
  docker.modem.demuxStream(stream, sink("stdout"), sink("stderr"));
  await new Promise((resolve, reject) => {
    stream.on("end", resolve);
    stream.on("close", resolve);
    stream.on("error", (err) => reject(new Error(`reading the container's log: ${describeError(err)}`)));
  });
}
function sawLostOom(input, id, exitCode, stoppedBy) {
  if (!input.oom) return Promise.resolve(false);
  const likely = exitCode === 137 && input.spec.memoryBytes !== null && !stoppedBy;
  return input.oom.sawOom(id, likely ? 2e3 : 0);
}
async function removeContainer2(input, container) {
  if (!container || !input.live.has(container.id)) return;
  if (await removeContainer(input.docker, container.id, input.log)) input.live.delete(container.id);
}

// src/run/local/leftovers.ts
async function removeRunContainers(docker, runId, log, known = []) {
  const listed = await docker.listContainers({ all: true, filters: { label: [`${RUN_LABEL}=${runId}`] } }).catch(() => []);
  const ids = /* @__PURE__ */ new Set([...known, ...listed.map((c) => c.Id)]);
  const removed = await Promise.all([...ids].map((id) => removeContainer(docker, id, log)));
  return removed.filter(Boolean).length;
}

export {
  RUN_LABEL,
  runContainerAttempt,
  runnerUser,
  removeRunContainers
};
