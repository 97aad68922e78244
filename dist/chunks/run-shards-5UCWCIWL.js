import { createRequire as __pinshipCreateRequire } from 'node:module'; import { fileURLToPath as __pinshipFileURLToPath } from 'node:url'; import { dirname as __pinshipDirname } from 'node:path'; const require = __pinshipCreateRequire(import.meta.url); const __filename = __pinshipFileURLToPath(import.meta.url); const __dirname = __pinshipDirname(__filename);
import {
  newRunId,
  recordRun,
  sourceFrom
} from "./chunk-G47E5S6C.js";
import "./chunk-AJHGJJON.js";
import {
  RUN_LABEL,
  removeRunContainers,
  runContainerAttempt,
  runnerUser
} from "./chunk-WOEXW67T.js";
import "./chunk-V4YVO7GE.js";
import "./chunk-3RNY2SU5.js";
import "./chunk-R5EDXYIK.js";
import {
  connectEngine
} from "./chunk-X25SOSSB.js";
import "./chunk-A7J7SWZT.js";
import "./chunk-Y544KSEM.js";
import {
  prepareImage
} from "./chunk-W7ZVAYRB.js";
import {
  readJsonMessages
} from "./chunk-WPBSY374.js";
import "./chunk-TJLKJ74F.js";
import "./chunk-YZGLF4LN.js";
import "./chunk-V7L7ANJB.js";
import {
  shardEnv
} from "./chunk-WTE3RSPF.js";
import "./chunk-6U5DZSTP.js";
import {
  PinshipError,
  describeError,
  wrapError
} from "./chunk-SI2EDPFI.js";
import "./chunk-XDLBQ6T7.js";

// src/run/local/run-shards.ts
import { resolve } from "node:path";

// src/run/local/local-backend.ts
import { chmod, chown, mkdir } from "node:fs/promises";
import { join } from "node:path";

// src/docker/oom-events.ts
async function watchOomEvents(docker, label) {
  const stream = await docker.getEvents({
    filters: { type: ["container"], event: ["oom"], label: [label] }
  });
  const seen = /* @__PURE__ */ new Set();
  const waiters = /* @__PURE__ */ new Map();
  readJsonMessages(stream, (message) => {
    const id = message.Actor?.ID;
    if (message.Action !== "oom" || !id) return;
    seen.add(id);
    waiters.get(id)?.();
  }).catch(() => void 0);
  return {
    async sawOom(containerId, graceMs) {
      if (seen.has(containerId) || graceMs <= 0) return seen.has(containerId);
      await new Promise((resolve2) => {
        const timer = setTimeout(done, graceMs);
        function done() {
          clearTimeout(timer);
          waiters.delete(containerId);
          resolve2();
        }
        waiters.set(containerId, done);
      });
      return seen.has(containerId);
    },
    stop() {
      stream.destroy();
    }
  };
}

// src/run/output-files.ts
import { createHash } from "node:crypto";
import { createReadStream } from "node:fs";
import { lstat, readdir } from "node:fs/promises";
import { pipeline } from "node:stream/promises";
var HASHING_GRACE_MS = 1e3;
async function listOutputFiles(dir, options = {}) {
  const cutoff = hashingCutoff(options.stop, options.graceMs ?? HASHING_GRACE_MS);
  const files = [];
  try {
    await walk(Buffer.from(dir), "", files, cutoff.signal);
  } finally {
    cutoff.dispose();
  }
  return files.sort((a, b) => a.path < b.path ? -1 : a.path > b.path ? 1 : 0);
}
function hashingCutoff(stop, graceMs) {
  const cutoff = new AbortController();
  if (!stop) return { signal: cutoff.signal, dispose() {
  } };
  let timer;
  const arm = () => {
    if (graceMs <= 0) cutoff.abort(stop.reason);
    else timer = setTimeout(() => cutoff.abort(stop.reason), graceMs);
  };
  if (stop.aborted) arm();
  else stop.addEventListener("abort", arm, { once: true });
  return {
    signal: cutoff.signal,
    dispose() {
      clearTimeout(timer);
      stop.removeEventListener("abort", arm);
    }
  };
}
async function walk(dir, prefix, out, cutoff) {
  let entries;
  try {
    entries = await readBufferDir(dir);
  } catch (err) {
    if (errorCode(err) === "ENOENT") return;
    out.push(unreadableFolder(prefix, err));
    return;
  }
  const found = [];
  for (const entry of entries) {
    const path = Buffer.concat([dir, Buffer.from("/"), entry.name]);
    const rel = prefix ? `${prefix}/${entry.name.toString("utf8")}` : entry.name.toString("utf8");
    if (entry.isDirectory()) {
      await walk(path, rel, found, cutoff);
    } else if (entry.isFile()) {
      let size;
      try {
        size = (await lstat(path)).size;
      } catch (err) {
        out.push(unreadableFolder(prefix, err));
        return;
      }
      found.push(await hashedFile(path, rel, size, cutoff));
    }
  }
  out.push(...found);
}
async function hashedFile(path, rel, size, cutoff) {
  if (cutoff.aborted) return notHashed(rel, size, cutoff.reason);
  const hash = createHash("sha256");
  try {
    await pipeline(createReadStream(path), hash, { signal: cutoff });
  } catch (err) {
    if (cutoff.aborted && err?.name === "AbortError") return notHashed(rel, size, cutoff.reason);
    return { path: rel, size, sha256: null, unreadable: unreadableReason(err) };
  }
  return { path: rel, size, sha256: hash.digest("hex") };
}
function notHashed(rel, size, reason) {
  const why = reason?.kind === "timeout" ? "the run timed out" : "the run was stopped";
  return { path: rel, size, sha256: null, unreadable: `not hashed: ${why}`, notHashed: true };
}
function unreadableFolder(rel, err) {
  return { path: rel || ".", kind: "directory", size: 0, sha256: null, unreadable: unreadableReason(err) };
}
var REASONS = {
  EACCES: "permission denied",
  EPERM: "operation not permitted"
};
function unreadableReason(err) {
  const code = errorCode(err);
  if (!code) throw err;
  return REASONS[code] ?? code;
}
function errorCode(err) {
  return err?.code;
}
function readBufferDir(dir) {
  return readdir(dir, { withFileTypes: true, encoding: "buffer" });
}

// src/run/local/scheduler.ts
async function scheduleShards(options) {
  const queue = Array.from({ length: options.shards }, (_, index) => ({ index, attempt: 1 }));
  const running = /* @__PURE__ */ new Map();
  let failure;
  const launch = (index, attempt) => {
    const done = options.runAttempt(index, attempt).then((end) => {
      if (end === "failed" && attempt <= options.backoffLimit && !options.stop.aborted) {
        queue.unshift({ index, attempt: attempt + 1 });
      }
    }).catch((err) => {
      failure ??= err;
    }).finally(() => running.delete(index));
    running.set(index, done);
  };
  for (; ; ) {
    while (failure === void 0 && !options.stop.aborted && running.size < options.parallelism && queue.length) {
      const next = queue.shift();
      launch(next.index, next.attempt);
    }
    if (running.size === 0) break;
    await Promise.race(running.values());
  }
  if (failure !== void 0) throw failure;
}

// src/run/local/local-backend.ts
var LocalBackend = class {
  constructor(docker, options = {}) {
    this.docker = docker;
    this.options = options;
  }
  docker;
  options;
  kind = "local";
  async run(spec, ctx) {
    await this.checkLimits(spec);
    const imageId = await this.prepare(spec, ctx);
    const halt = new AbortController();
    const stop = AbortSignal.any([ctx.stop, halt.signal]);
    const live = /* @__PURE__ */ new Set();
    const oom = await watchOomEvents(this.docker, `${RUN_LABEL}=${spec.id}`).catch(
      (err) => {
        ctx.log.debug(`not following the engine's oom events: ${describeError(err)}`);
        return void 0;
      }
    );
    const attempt = { spec, ctx, imageId, stop, live, oom };
    try {
      await scheduleShards({
        shards: spec.shards,
        parallelism: spec.parallelism,
        backoffLimit: spec.backoffLimit,
        stop,
        runAttempt: (index, n) => this.runAttempt(attempt, index, n).catch((err) => {
          halt.abort({ kind: "signal", message: `run failed: ${describeError(err)}` });
          throw wrapError(`shard ${index} attempt ${n}`, err);
        })
      });
    } finally {
      oom?.stop();
      await removeRunContainers(this.docker, spec.id, ctx.log, live);
    }
  }
  /** Resolves (pulls when needed) the image and records it; resolves to the image ID the shards run. */
  async prepare(spec, ctx) {
    const image = await prepareImage(this.docker, spec.image, {
      username: spec.username,
      password: spec.password,
      log: ctx.log,
      signal: ctx.stop
    });
    const { labels, ...record } = image;
    ctx.record.setImage(record, labels["org.opencontainers.image.revision"] ?? null);
    if (!image.digest) ctx.log.warn(`${image.note}: the record cannot pin it`);
    const shown = image.digest ? `${image.name}@${image.digest}` : image.ref;
    ctx.log.info(`running ${spec.shards} shard(s) of ${shown}, ${spec.parallelism} at a time`);
    return image.imageId;
  }
  /** One attempt of one shard, recorded: its outcome, or `abandoned` when the run stopped before it started. */
  async runAttempt(run, index, attempt) {
    const { spec, ctx } = run;
    const shardDir = await shardFolder(spec.outputDir, index, spec.user);
    const outcome = await runContainerAttempt({
      docker: this.docker,
      spec,
      imageId: run.imageId,
      index,
      attempt,
      shardDir,
      stop: run.stop,
      log: ctx.log,
      live: run.live,
      stats: this.options.stats ?? true,
      oom: run.oom,
      onStarted: () => ctx.record.attemptStarted(index)
    });
    if (!outcome) {
      ctx.record.attemptAbandoned(index);
      return "abandoned";
    }
    ctx.record.setOutputs(index, await listOutputFiles(shardDir, { stop: run.stop }));
    ctx.record.attemptFinished(index, outcome);
    return outcome.attempt.status;
  }
  /**
   * The engine refuses a CPU limit above its CPU count, but only at container create: every shard
   * would end as a StartError. Refuse it before anything runs, naming the flag.
   */
  async checkLimits(spec) {
    if (spec.cpus === null) return;
    const { NCPU } = await this.docker.info();
    if (NCPU && spec.cpus > NCPU) {
      throw new PinshipError(`${spec.cpus} is more than the ${NCPU} CPUs of the engine, the most a shard can have`, {
        field: "cpus"
      });
    }
  }
};
async function shardFolder(outputDir, index, user) {
  const dir = join(outputDir, "shards", String(index));
  await mkdir(dir, { recursive: true, mode: 493 });
  await chmod(dir, 493);
  if (user !== void 0 && user !== runnerUser()) {
    const [uid, gid] = user.split(":").map(Number);
    await chown(dir, uid, gid ?? uid).catch(() => chmod(dir, 511));
  }
  return dir;
}

// src/run/local/run-shards.ts
async function runShards(options) {
  const processEnv = options.processEnv ?? process.env;
  const id = options.id ?? newRunId();
  const env = checkedEnv(options);
  const parameters = runParameters(options, env);
  const outputDir = resolve(options.outputDir ?? `.pinship/runs/${id}`);
  const backend = options.backend ?? new LocalBackend(await connectEngine(processEnv));
  const credentials = { username: options.username, password: options.password };
  const confinement = { user: options.user, pidsLimit: options.pidsLimit };
  return recordRun({
    id,
    backend: backend.kind,
    parameters,
    outputDir,
    source: sourceFrom(options.sourceCommit, processEnv),
    action: `running ${options.image}`,
    out: options.out,
    signal: options.signal,
    log: options.log,
    execute: (ctx) => backend.run({ id, image: options.image, ...parameters, env, outputDir, ...credentials, ...confinement }, ctx)
  });
}
function checkedEnv(options) {
  const env = options.env ?? {};
  for (const name of Object.keys(env)) {
    if (Object.hasOwn(shardEnv(0, 1, ""), name)) {
      throw new PinshipError(`${name} is set by pinship for every shard; choose another name`, { field: "env" });
    }
  }
  for (const value of Object.values(env)) options.log.addSecret(value);
  return env;
}
function runParameters(options, env) {
  const shards = options.shards ?? 1;
  return {
    shards,
    parallelism: Math.min(options.parallelism ?? shards, shards),
    cpus: options.cpus ?? null,
    memoryBytes: options.memoryBytes ?? null,
    timeoutSeconds: options.timeoutSeconds ?? null,
    backoffLimit: options.backoffLimit ?? 0,
    args: options.args ?? [],
    envNames: Object.keys(env).sort()
  };
}
export {
  runShards
};
