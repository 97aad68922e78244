import { chmod, chown, mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import type Docker from 'dockerode';
import { PinshipError, describeError, wrapError } from '../../errors.js';
import { prepareImage } from '../../docker/image.js';
import { watchOomEvents, type OomWatch } from '../../docker/oom-events.js';
import type { BackendContext, RunBackend, RunSpec } from '../backend.js';
import { listOutputFiles } from '../output-files.js';
import { RUN_LABEL, runContainerAttempt, runnerUser } from './attempt.js';
import { removeRunContainers } from './leftovers.js';
import { scheduleShards, type AttemptEnd } from './scheduler.js';

export interface LocalBackendOptions {
  /** Follow each running shard's stats stream (default true). */
  stats?: boolean;
}

/** What every attempt of a run shares. */
interface RunState {
  spec: RunSpec;
  ctx: BackendContext;
  imageId: string;
  /** The run's stop signal, also aborted when an attempt fails unexpectedly. */
  stop: AbortSignal;
  /** Containers not yet removed. */
  live: Set<string>;
  oom: OomWatch | undefined;
}

/** Runs shards as containers on one Docker engine, `parallelism` at a time. */
export class LocalBackend implements RunBackend {
  readonly kind = 'local' as const;

  constructor(
    private readonly docker: Docker,
    private readonly options: LocalBackendOptions = {},
  ) {}

  async run(spec: RunSpec, ctx: BackendContext): Promise<void> {
    await this.checkLimits(spec);
    const imageId = await this.prepare(spec, ctx);
    // A bug or a dead engine stops the whole run, like Ctrl-C does, but is thrown afterwards.
    const halt = new AbortController();
    const stop = AbortSignal.any([ctx.stop, halt.signal]);
    const live = new Set<string>();
    const oom = await watchOomEvents(this.docker, `${RUN_LABEL}=${spec.id}`).catch(
      (err: unknown): OomWatch | undefined => {
        ctx.log.debug(`not following the engine's oom events: ${describeError(err)}`);
        return undefined;
      },
    );
    const attempt = { spec, ctx, imageId, stop, live, oom };
    try {
      await scheduleShards({
        shards: spec.shards,
        parallelism: spec.parallelism,
        backoffLimit: spec.backoffLimit,
        stop,
        runAttempt: (index, n) =>
          this.runAttempt(attempt, index, n).catch((err: unknown) => {
            halt.abort({ kind: 'signal', message: `run failed: ${describeError(err)}` });
            throw wrapError(`shard ${index} attempt ${n}`, err);
          }),
      });
    } finally {
      oom?.stop();
      // Last resort: whatever still carries the run's label (a create whose reply was lost, a failed remove).
      await removeRunContainers(this.docker, spec.id, ctx.log, live);
    }
  }

  /** Resolves (pulls when needed) the image and records it; resolves to the image ID the shards run. */
  private async prepare(spec: RunSpec, ctx: BackendContext): Promise<string> {
    const image = await prepareImage(this.docker, spec.image, {
      username: spec.username,
      password: spec.password,
      log: ctx.log,
      signal: ctx.stop,
    });
    const { labels, ...record } = image;
    ctx.record.setImage(record, labels['org.opencontainers.image.revision'] ?? null);
    if (!image.digest) ctx.log.warn(`${image.note}: the record cannot pin it`);
    const shown = image.digest ? `${image.name}@${image.digest}` : image.ref;
    ctx.log.info(`running ${spec.shards} shard(s) of ${shown}, ${spec.parallelism} at a time`);
    return image.imageId;
  }

  /** One attempt of one shard, recorded: its outcome, or `abandoned` when the run stopped before it started. */
  private async runAttempt(run: RunState, index: number, attempt: number): Promise<AttemptEnd> {
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
      onStarted: () => ctx.record.attemptStarted(index),
    });
    if (!outcome) {
      ctx.record.attemptAbandoned(index);
      return 'abandoned';
    }
    ctx.record.setOutputs(index, await listOutputFiles(shardDir, { stop: run.stop }));
    ctx.record.attemptFinished(index, outcome);
    return outcome.attempt.status;
  }

  /**
   * The engine refuses a CPU limit above its CPU count, but only at container create: every shard
   * would end as a StartError. Refuse it before anything runs, naming the flag.
   */
  private async checkLimits(spec: RunSpec): Promise<void> {
    if (spec.cpus === null) return;
    const { NCPU } = (await this.docker.info()) as { NCPU?: number };
    if (NCPU && spec.cpus > NCPU) {
      throw new PinshipError(`${spec.cpus} is more than the ${NCPU} CPUs of the engine, the most a shard can have`, {
        field: 'cpus',
      });
    }
  }
}

/**
 * `<out>/shards/<index>/`, the runner's own (0755): shards run as the runner's user. A `--user`
 * of another user gets it handed over (chown, as root); a runner that may not do that opens it
 * to everyone (0777), as the only way that user can write there.
 */
async function shardFolder(outputDir: string, index: number, user: string | undefined): Promise<string> {
  const dir = join(outputDir, 'shards', String(index));
  await mkdir(dir, { recursive: true, mode: 0o755 });
  await chmod(dir, 0o755);
  if (user !== undefined && user !== runnerUser()) {
    const [uid, gid] = user.split(':').map(Number);
    await chown(dir, uid!, gid ?? uid!).catch(() => chmod(dir, 0o777));
  }
  return dir;
}
