import type { Logger } from '../log/logger.js';
import type { RunRecordBuilder } from '../record/builder.js';
import type { BackendKind } from '../record/types.js';

/** Everything a backend needs to run the shards; the same for the engine and for Kubernetes. */
export interface RunSpec {
  /** Run id: label value `io.pinship.run` on every container or pod. */
  id: string;
  image: string;
  shards: number;
  parallelism: number;
  cpus: number | null;
  memoryBytes: number | null;
  backoffLimit: number;
  args: string[];
  /** Values are secrets as far as pinship knows: never log or record them. */
  env: Record<string, string>;
  /** Absolute path; shard i writes under `<outputDir>/shards/<i>/`. */
  outputDir: string;
  /** `UID[:GID]` the shard runs as; default the runner's own, who owns the shard folders. */
  user?: string;
  /** Processes a shard may hold at once (a fork bomb ends the shard, not the runner). */
  pidsLimit?: number;
  /** Registry credentials for pulling the image; config.json is read when absent. */
  username?: string;
  password?: string;
}

/** Why the run is being stopped early: carried as the stop signal's `reason`. */
export interface RunStop {
  kind: 'timeout' | 'signal';
  message: string;
}

export interface BackendContext {
  log: Logger;
  /** Aborted on timeout or Ctrl-C (reason: RunStop): stop and remove everything, then return. */
  stop: AbortSignal;
  /** Where the backend reports the image, every attempt, outputs and rollouts. */
  record: RunRecordBuilder;
}

/** A place shards run. `run` resolves once every shard ended or the stop signal fired and all was removed. */
export interface RunBackend {
  readonly kind: BackendKind;
  run(spec: RunSpec, ctx: BackendContext): Promise<void>;
}

/** The environment every shard sees besides the user's: as a Kubernetes Indexed Job sets it. */
export function shardEnv(index: number, shards: number, outputDir: string): Record<string, string> {
  return {
    JOB_COMPLETION_INDEX: String(index),
    JOB_COMPLETION_COUNT: String(shards),
    PINSHIP_OUTPUT_DIR: outputDir,
  };
}

/** Where a shard's output folder is mounted inside its container or pod. */
export const SHARD_OUTPUT_MOUNT = '/pinship/output';

/** Processes a local shard may hold at once unless --pids-limit says otherwise. */
export const DEFAULT_PIDS_LIMIT = 512;
