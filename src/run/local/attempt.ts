import { Writable } from 'node:stream';
import type Docker from 'dockerode';
import { describeError } from '../../errors.js';
import { removeContainer as removeEngineContainer } from '../../docker/container.js';
import type { OomWatch } from '../../docker/oom-events.js';
import type { Logger } from '../../log/logger.js';
import type { AttemptOutcome } from '../../record/builder.js';
import { DEFAULT_PIDS_LIMIT, SHARD_OUTPUT_MOUNT, shardEnv, type RunSpec, type RunStop } from '../backend.js';
import { UsageTracker } from '../resource-usage.js';
import { AttemptOutput } from '../result-lines.js';
import { finishedAttempt, startError } from './attempt-record.js';
import { followStats } from './stats.js';

/** Seconds between SIGTERM and SIGKILL when the run stops a shard (docker stop's -t). */
const STOP_GRACE_SECONDS = 2;

export interface AttemptInput {
  docker: Docker;
  spec: RunSpec;
  imageId: string;
  index: number;
  attempt: number;
  /** Host folder mounted at PINSHIP_OUTPUT_DIR. */
  shardDir: string;
  stop: AbortSignal;
  log: Logger;
  /** Containers not yet removed, for the backend's last-resort cleanup. */
  live: Set<string>;
  stats: boolean;
  /** The run's `oom` events: a second witness for OOM kills the engine's state may miss. */
  oom?: OomWatch;
  /** Called once the container started, before it is waited for. */
  onStarted(): void;
}

/** The label naming a container's run: cleanup and tests find a run's containers by it. */
export const RUN_LABEL = 'io.pinship.run';

/** Labels on every container of a run: cleanup and tests find them by RUN_LABEL. */
function runLabels(runId: string, index: number, attempt: number): Record<string, string> {
  return { [RUN_LABEL]: runId, 'io.pinship.shard': String(index), 'io.pinship.attempt': String(attempt) };
}

/**
 * The shard's log driver, set explicitly: results are read from the log once the container
 * exited, so the log must be readable back (a daemon whose default driver is `none` or `syslog`
 * cannot be read) and complete (a daemon's `max-size` rotation would drop the earliest lines,
 * results among them, without a word). moby merges the daemon's log-opts into a container's
 * config of the same driver type, and json-file has no "unlimited" max-size, so it is set past
 * anything a shard prints (the daemon's max-file and compress may still merge in: harmless
 * without rotation). The file goes away with the container after its attempt.
 */
const SHARD_LOG_CONFIG = { Type: 'json-file', Config: { 'max-size': '1t' } };

/**
 * Runs one attempt of one shard as a container: create, start, follow stats, wait, read the log,
 * inspect, remove. Returns null when the run was stopped before the container started (no attempt
 * happened). Engine errors become a `StartError` attempt, so the scheduler can retry them.
 */
export async function runContainerAttempt(input: AttemptInput): Promise<AttemptOutcome | null> {
  const name = `pinship-${input.spec.id}-${input.index}-${input.attempt}`;
  const stopper = new AttemptStopper(input.stop);
  try {
    const started = await startShardContainer(input, name, stopper);
    if ('outcome' in started) return started.outcome;
    return await finishShardContainer(input, name, started.container, started.startedMs, stopper);
  } finally {
    stopper.dispose();
  }
}

/** Stops the attempt's container once it started, when the run stops; remembers why. */
class AttemptStopper {
  stoppedBy: RunStop | undefined;
  private container: Docker.Container | undefined;
  private readonly onStop = () => {
    this.stoppedBy = this.stop.reason as RunStop;
    this.container?.stop({ t: STOP_GRACE_SECONDS }).catch(() => {}); // 304/404: it already ended
  };

  constructor(private readonly stop: AbortSignal) {
    stop.addEventListener('abort', this.onStop, { once: true });
  }

  /** The container runs: stop it now if the run stopped while it was starting. */
  started(container: Docker.Container): void {
    this.container = container;
    if (this.stop.aborted) this.onStop();
  }

  dispose(): void {
    this.stop.removeEventListener('abort', this.onStop);
  }
}

type StartedContainer = { container: Docker.Container; startedMs: number } | { outcome: AttemptOutcome | null };

/** Creates and starts the container; an outcome instead when it never ran (stopped first, or a StartError). */
async function startShardContainer(
  input: AttemptInput,
  name: string,
  stopper: AttemptStopper,
): Promise<StartedContainer> {
  let container: Docker.Container | undefined;
  try {
    container = await input.docker.createContainer(containerOptions(input, name));
    input.live.add(container.id);
    if (input.stop.aborted) {
      await removeContainer(input, container);
      return { outcome: null };
    }
    await container.start();
    const startedMs = Date.now();
    input.onStarted();
    stopper.started(container);
    return { container, startedMs };
  } catch (err) {
    if (container) await removeContainer(input, container);
    // Stopped while starting: no attempt happened.
    if (input.stop.aborted) return { outcome: null };
    return {
      outcome: {
        attempt: startError(input.attempt, container, name, describeError(err)),
        results: [],
        resultErrors: [],
      },
    };
  }
}

/** `uid:gid` of this process: the shards' user, so they write to folders only the runner owns. */
export function runnerUser(): string {
  return `${process.getuid?.() ?? 0}:${process.getgid?.() ?? 0}`;
}

function containerOptions(input: AttemptInput, name: string): Docker.ContainerCreateOptions {
  const { spec, index, attempt } = input;
  return {
    name,
    Image: input.imageId,
    Cmd: spec.args.length ? spec.args : undefined,
    Env: Object.entries({ ...spec.env, ...shardEnv(index, spec.shards, SHARD_OUTPUT_MOUNT) }).map(
      ([k, v]) => `${k}=${v}`,
    ),
    Labels: runLabels(spec.id, index, attempt),
    Tty: false,
    AttachStdout: false,
    AttachStderr: false,
    // The runner's own user by default: it owns the shard folder, which nobody else may write.
    User: spec.user ?? runnerUser(),
    HostConfig: {
      // No network: shards compute on their inputs; this machine must not send traffic anywhere.
      NetworkMode: 'none',
      // A shard computes: it needs no capability, may not gain privileges (setuid), and a fork
      // bomb meets the pid limit instead of exhausting the runner's.
      CapDrop: ['ALL'],
      SecurityOpt: ['no-new-privileges'],
      PidsLimit: spec.pidsLimit ?? DEFAULT_PIDS_LIMIT,
      Memory: spec.memoryBytes ?? undefined,
      // Swap equal to memory means no swap: over the limit is an OOM kill, as on Kubernetes.
      MemorySwap: spec.memoryBytes ?? undefined,
      NanoCpus: spec.cpus ? Math.round(spec.cpus * 1e9) : undefined,
      Binds: [`${input.shardDir}:${SHARD_OUTPUT_MOUNT}`],
      // State (exit code, OOMKilled, times) must outlive the process; we remove it ourselves.
      AutoRemove: false,
      LogConfig: SHARD_LOG_CONFIG,
    },
  };
}

/** Follows a started container to its end, reads its log and state into the attempt, and removes it. */
async function finishShardContainer(
  input: AttemptInput,
  name: string,
  container: Docker.Container,
  startedMs: number,
  stopper: AttemptStopper,
): Promise<AttemptOutcome> {
  const { attempt } = input;
  const output = new AttemptOutput(attempt, Object.values(input.spec.env));
  const tracker = new UsageTracker(startedMs, input.spec.memoryBytes);
  try {
    const stopStats = input.stats ? followStats(container, tracker) : () => {};
    try {
      await container.wait();
    } finally {
      stopStats();
    }
    await readLogs(input.docker, container, output);
    output.end();
    const { State: state } = await container.inspect();
    const oomKilled = state.OOMKilled || (await sawLostOom(input, container.id, state.ExitCode, stopper.stoppedBy));
    return {
      attempt: finishedAttempt(
        attempt,
        container.id,
        name,
        { ...state, OOMKilled: oomKilled },
        output,
        tracker,
        stopper.stoppedBy,
      ),
      results: output.results,
      resultErrors: output.resultErrors,
    };
  } catch (err) {
    output.end();
    return {
      attempt: {
        ...startError(attempt, container, name, `following the container: ${describeError(err)}`),
        logTail: output.tail(),
        resultErrorCount: output.resultErrorCount,
      },
      results: [],
      resultErrors: output.resultErrors,
    };
  } finally {
    await removeContainer(input, container);
  }
}

/**
 * Reads the whole log of an exited container. Not followed while it runs: on Docker 20.10 a
 * `follow=1` stream ends as soon as the container exits, even when the reader is behind the
 * json-file (8 shards printing 20k lines at once lost up to two thirds of them, results
 * included). Once the container exited the engine reads the file to its end and closes; `follow`
 * is set only so that dockerode hands back a stream instead of buffering the whole log.
 */
async function readLogs(docker: Docker, container: Docker.Container, output: AttemptOutput): Promise<void> {
  const stream = (await container.logs({ follow: true, stdout: true, stderr: true }).catch((err: unknown) => {
    throw new Error(`reading the container's log: ${describeError(err)}`);
  })) as NodeJS.ReadableStream;
  const sink = (which: 'stdout' | 'stderr') =>
    new Writable({
      write(chunk: Buffer, _encoding, callback) {
        output.write(which, chunk);
        callback();
      },
    });
  // Without a TTY the engine multiplexes both streams with 8-byte frame headers.
  docker.modem.demuxStream(stream, sink('stdout'), sink('stderr'));
  // A stream cut short would silently drop results: fail the attempt instead.
  await new Promise<void>((resolve, reject) => {
    stream.on('end', resolve);
    stream.on('close', resolve);
    stream.on('error', (err) => reject(new Error(`reading the container's log: ${describeError(err)}`)));
  });
}

/**
 * An OOM kill the engine's state lost (see oom-events.ts). A SIGKILL exit (137) under a memory
 * limit that the run did not cause waits up to 2 s for the event; any other exit only looks.
 */
function sawLostOom(
  input: AttemptInput,
  id: string,
  exitCode: number,
  stoppedBy: RunStop | undefined,
): Promise<boolean> {
  if (!input.oom) return Promise.resolve(false);
  const likely = exitCode === 137 && input.spec.memoryBytes !== null && !stoppedBy;
  return input.oom.sawOom(id, likely ? 2000 : 0);
}

async function removeContainer(input: AttemptInput, container: Docker.Container | undefined): Promise<void> {
  if (!container || !input.live.has(container.id)) return;
  if (await removeEngineContainer(input.docker, container.id, input.log)) input.live.delete(container.id);
}
