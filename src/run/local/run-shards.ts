import { resolve } from 'node:path';
import { connectEngine } from '../../docker/engine.js';
import { PinshipError } from '../../errors.js';
import type { Logger } from '../../log/logger.js';
import { type RunBackend, shardEnv } from '../backend.js';
import { newRunId, recordRun, type RunOutcome, sourceFrom } from '../run.js';
import { LocalBackend } from './local-backend.js';

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
