import { randomBytes } from 'node:crypto';
import { mkdir } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { connectEngine } from '../docker/engine.js';
import { prepareWritable, writeFileAtomic } from '../fs/atomic-write.js';
import { jsonTextPieces } from '../record/json-text.js';
import { PinshipError, describeError, wrapError } from '../errors.js';
import type { Logger } from '../log/logger.js';
import { RunRecordBuilder, type RecordStart } from '../record/builder.js';
import type { BackendKind, RunParameters, RunRecord, SourceRecord } from '../record/types.js';
import { assertRunRecord } from '../record/validate.js';
import type { BackendContext, RunBackend, RunStop } from './backend.js';
import { shardEnv } from './backend.js';
import { startDeadline } from './deadline.js';
import { LocalBackend } from './local/local-backend.js';
import { reportProgress } from './progress.js';

export interface RunOptions {
  image: string;
  /** The run's id (`newRunId()`); given when the caller must know it before the run starts (the action's post step). */
  id?: string;
  shards?: number;
  parallelism?: number;
  cpus?: number | null;
  memoryBytes?: number | null;
  timeoutSeconds?: number | null;
  backoffLimit?: number;
  args?: string[];
  env?: Record<string, string>;
  /** Where shards write (`<dir>/shards/<i>/`); default `.pinship/runs/<run id>`. */
  outputDir?: string;
  /** Write the run record here (JSON; parent folders are created); default `<outputDir>/run.json`. */
  out?: string;
  /** The source commit; default GITHUB_SHA, then the image's org.opencontainers.image.revision label. */
  sourceCommit?: string;
  username?: string;
  password?: string;
  /** `UID[:GID]` the shards run as (default the runner's own). */
  user?: string;
  /** Processes each shard may hold at once (default 512). */
  pidsLimit?: number;
  /** Aborting it (Ctrl-C) stops and removes every container of the run. */
  signal?: AbortSignal;
  log: Logger;
  /** Defaults to the local Docker engine. */
  backend?: RunBackend;
  processEnv?: NodeJS.ProcessEnv;
}

export interface RunOutcome {
  record: RunRecord;
  /** Absolute path the record was written to. */
  recordPath: string;
}

/** Runs an image as indexed shards and returns (and writes) its run record. */
export async function runShards(options: RunOptions): Promise<RunOutcome> {
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
    execute: (ctx) =>
      backend.run({ id, image: options.image, ...parameters, env, outputDir, ...credentials, ...confinement }, ctx),
  });
}

/** What recordRun needs: the record's start, and the backend's work as a function of its context. */
export interface RecordedRun {
  id: string;
  backend: BackendKind;
  parameters: RunParameters;
  /** Where the outputs are on this machine; null on Kubernetes (the record then goes to `.pinship/runs/<id>/`). */
  outputDir: string | null;
  source?: SourceRecord;
  shardJobs?: RecordStart['shardJobs'];
  /** What is being done, to wrap errors: `running repo@sha256:...`. */
  action: string;
  out?: string;
  signal?: AbortSignal;
  log: Logger;
  execute(ctx: BackendContext): Promise<void>;
}

/**
 * Runs a backend's work under the run's timeout and stop signal, reports progress, and writes
 * the validated record (also a partial one when the work failed after the image was known).
 * runShards (the local engine) and runOverlay (Kubernetes) both run through it.
 */
export async function recordRun(run: RecordedRun): Promise<RunOutcome> {
  const { id, parameters, outputDir, source } = run;
  if (run.out !== undefined) {
    await prepareWritable(resolve(run.out)).catch((err: unknown) => {
      throw new PinshipError(`cannot write the run record to ${run.out}: ${describeError(err)}`, { field: 'out' });
    });
  }
  const started = new Date();
  const record = new RunRecordBuilder({
    id,
    backend: run.backend,
    startedAt: started,
    parameters,
    outputDir,
    source,
    shardJobs: run.shardJobs,
  });
  const progress = reportProgress(record, run.log, started.getTime());
  const stops = watchStops(record, run.signal, parameters.timeoutSeconds);
  let failure: unknown;
  try {
    await run.execute({ log: run.log, stop: stops.signal, record });
  } catch (err) {
    failure = err;
  } finally {
    stops.dispose();
    progress.stop();
  }
  await progress.flush();
  if (failure !== undefined && !record.hasImage) throw wrapError(run.action, failure);
  if (failure !== undefined) {
    record.cancel({ reason: 'error', at: new Date().toISOString(), message: describeError(failure) });
  }
  const { result, recordPath } = await writeRecord(
    record,
    run.out ?? `${outputDir ?? resolve(`.pinship/runs/${id}`)}/run.json`,
  );
  if (failure !== undefined) {
    throw wrapError(run.action, failure, { hint: `the partial run record is in ${recordPath}` });
  }
  return { record: result, recordPath };
}

/** The user's env, refusing names pinship sets itself; every value becomes a secret of the log. */
function checkedEnv(options: RunOptions): Record<string, string> {
  const env = options.env ?? {};
  for (const name of Object.keys(env)) {
    // hasOwn, not `in`: `toString` is not set by pinship, whatever Object.prototype holds.
    if (Object.hasOwn(shardEnv(0, 1, ''), name)) {
      throw new PinshipError(`${name} is set by pinship for every shard; choose another name`, { field: 'env' });
    }
  }
  for (const value of Object.values(env)) options.log.addSecret(value);
  return env;
}

function runParameters(options: RunOptions, env: Record<string, string>) {
  const shards = options.shards ?? 1;
  return {
    shards,
    parallelism: Math.min(options.parallelism ?? shards, shards),
    cpus: options.cpus ?? null,
    memoryBytes: options.memoryBytes ?? null,
    timeoutSeconds: options.timeoutSeconds ?? null,
    backoffLimit: options.backoffLimit ?? 0,
    args: options.args ?? [],
    envNames: Object.keys(env).sort(),
  };
}

/** The source commit: the caller's, else GITHUB_SHA; else the backend takes the image's label. */
export function sourceFrom(commit: string | undefined, processEnv: NodeJS.ProcessEnv): SourceRecord | undefined {
  if (commit) return { commit, from: 'option' };
  if (processEnv.GITHUB_SHA) return { commit: processEnv.GITHUB_SHA, from: 'GITHUB_SHA' };
  return undefined;
}

/**
 * The run's stop signal: aborted (once, with a RunStop reason recorded as the cancellation) when
 * the caller's signal aborts or the timeout passes. `dispose` stops watching both.
 */
function watchStops(record: RunRecordBuilder, signal: AbortSignal | undefined, timeoutSeconds: number | null) {
  const stop = new AbortController();
  const stopWith = (reason: RunStop) => {
    if (stop.signal.aborted) return;
    record.cancel({ reason: reason.kind, at: new Date().toISOString(), message: reason.message });
    stop.abort(reason);
  };
  const onSignal = () => stopWith({ kind: 'signal', message: 'the run was cancelled (interrupt or abort)' });
  if (signal?.aborted) onSignal();
  signal?.addEventListener('abort', onSignal, { once: true });
  const cancelDeadline =
    timeoutSeconds === null
      ? () => {}
      : startDeadline(timeoutSeconds * 1000, () =>
          stopWith({ kind: 'timeout', message: `the run went over its timeout of ${timeoutSeconds}s` }),
        );
  return {
    signal: stop.signal,
    dispose() {
      cancelDeadline();
      signal?.removeEventListener('abort', onSignal);
    },
  };
}

/** Finishes the record, checks it against the schema and writes it atomically (parent folders created). */
async function writeRecord(record: RunRecordBuilder, out: string): Promise<{ result: RunRecord; recordPath: string }> {
  const result = record.finish(new Date());
  assertRunRecord(result, undefined, 'writer');
  const recordPath = resolve(out);
  await mkdir(dirname(recordPath), { recursive: true });
  await writeFileAtomic(recordPath, jsonTextPieces(result));
  return { result, recordPath };
}

/** `20261125-043012-a1b2c3`: sortable, and unique enough for labels and folder names. */
export function newRunId(): string {
  const stamp = new Date().toISOString().replace(/[-:]/g, '').replace('T', '-').slice(0, 15);
  return `${stamp}-${randomBytes(3).toString('hex')}`;
}
