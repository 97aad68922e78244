import { randomBytes } from 'node:crypto';
import { mkdir } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { connectEngine } from '../docker/engine.js';
import { writeFileAtomic } from '../fs/atomic-write.js';
import { PinshipError, describeError, wrapError } from '../errors.js';
import type { Logger } from '../log/logger.js';
import { RunRecordBuilder } from '../record/builder.js';
import type { RunRecord, SourceRecord } from '../record/types.js';
import { assertRunRecord } from '../record/validate.js';
import type { RunBackend, RunStop } from './backend.js';
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
  const started = new Date();
  const backend = options.backend ?? new LocalBackend(await connectEngine(processEnv));
  const source = sourceOf(options, processEnv);
  const record = new RunRecordBuilder({ id, backend: backend.kind, startedAt: started, parameters, outputDir, source });
  const progress = reportProgress(record, options.log, started.getTime());
  const stops = watchStops(record, options.signal, parameters.timeoutSeconds);
  let failure: unknown;
  try {
    const credentials = { username: options.username, password: options.password };
    await backend.run(
      { id, image: options.image, ...parameters, env, outputDir, ...credentials },
      { log: options.log, stop: stops.signal, record },
    );
  } catch (err) {
    failure = err;
  } finally {
    stops.dispose();
    progress.stop();
  }
  await progress.flush();
  if (failure !== undefined && !record.hasImage) throw wrapError(`running ${options.image}`, failure);
  if (failure !== undefined) {
    record.cancel({ reason: 'error', at: new Date().toISOString(), message: describeError(failure) });
  }
  const { result, recordPath } = await writeRecord(record, options.out ?? `${outputDir}/run.json`);
  if (failure !== undefined) {
    throw wrapError(`running ${options.image}`, failure, { hint: `the partial run record is in ${recordPath}` });
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
function sourceOf(options: RunOptions, processEnv: NodeJS.ProcessEnv): SourceRecord | undefined {
  if (options.sourceCommit) return { commit: options.sourceCommit, from: 'option' };
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
  await writeFileAtomic(recordPath, `${JSON.stringify(result, null, 2)}\n`);
  return { result, recordPath };
}

/** `20261125-043012-a1b2c3`: sortable, and unique enough for labels and folder names. */
export function newRunId(): string {
  const stamp = new Date().toISOString().replace(/[-:]/g, '').replace('T', '-').slice(0, 15);
  return `${stamp}-${randomBytes(3).toString('hex')}`;
}
