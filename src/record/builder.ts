import { combineSummaries, round } from './resources.js';
import type { RolloutRecord } from './rollout.js';
import {
  RUN_RECORD_API_VERSION,
  RUN_RECORD_KIND,
  type AppliedByRecord,
  type AttemptRecord,
  type BackendKind,
  type Cancellation,
  type Conclusion,
  type ImageRecord,
  type NotRerunJob,
  type OutputFile,
  type ResultError,
  type ResultRecord,
  type RunParameters,
  type RunRecord,
  type RunTotals,
  type ShardRecord,
  type SourceRecord,
} from './types.js';

/** What a finished attempt brings to its shard. */
export interface AttemptOutcome {
  attempt: AttemptRecord;
  results: ResultRecord[];
  resultErrors: ResultError[];
}

/** Shard counts as progress shows them. */
export interface ShardCounts {
  total: number;
  done: number;
  running: number;
  failed: number;
  retrying: number;
}

export interface RecordStart {
  id: string;
  backend: BackendKind;
  startedAt: Date;
  parameters: RunParameters;
  outputDir: string | null;
  /** A commit given by the caller (option or GITHUB_SHA); the image label is the fallback. */
  source?: SourceRecord;
  /**
   * Kubernetes: the Job and completion index of each shard, when the overlay has several Jobs.
   * Backends still address shards by position (0..shards-1).
   */
  shardJobs?: { job: string; index: number }[];
}

/**
 * Fills a run record as the run goes; both backends report through it (attemptStarted,
 * attemptFinished, setOutputs, addRollout), so they produce the same document.
 */
export class RunRecordBuilder {
  private image: ImageRecord | undefined;
  private imageRevision: string | null = null;
  private cancellation: Cancellation | null = null;
  private suspendedSeconds: number | undefined;
  private readonly shards: ShardRecord[];
  private readonly running = new Set<number>();
  private readonly rollouts: RolloutRecord[] = [];
  private readonly notRerun: NotRerunJob[] = [];
  private appliedBy: AppliedByRecord | undefined;
  private readonly listeners: ((event: RecordEvent) => void)[] = [];

  constructor(private readonly start: RecordStart) {
    this.shards = Array.from({ length: start.parameters.shards }, (_, position) => ({
      ...(start.shardJobs?.[position] ?? { index: position }),
      status: 'not-started' as const,
      attempts: [],
      results: [],
      resultErrors: [],
      outputs: [],
      resources: null,
    }));
  }

  get hasImage(): boolean {
    return this.image !== undefined;
  }

  /** Calls `listener` after every change (progress lines, failed-shard logs). */
  onEvent(listener: (event: RecordEvent) => void): void {
    this.listeners.push(listener);
  }

  setImage(image: ImageRecord, revisionLabel: string | null): void {
    this.image = image;
    this.imageRevision = revisionLabel;
  }

  attemptStarted(index: number): void {
    this.running.add(index);
    this.emit({ kind: 'started', index });
  }

  attemptFinished(index: number, outcome: AttemptOutcome): void {
    const shard = this.shard(index);
    this.running.delete(index);
    // The count covers lines a backend did not keep; it is never below the ones it kept.
    const resultErrorCount = Math.max(outcome.attempt.resultErrorCount, outcome.resultErrors.length);
    shard.attempts.push({ ...outcome.attempt, resultErrorCount });
    shard.status = outcome.attempt.status;
    shard.results = outcome.results;
    shard.resultErrors.push(...outcome.resultErrors);
    shard.resources = combineSummaries(shard.attempts.flatMap((a) => (a.resources ? [a.resources.summary] : [])));
    this.emit({ kind: 'finished', index, outcome });
  }

  /** An attempt that was created but stopped before it started is not an attempt: forget it. */
  attemptAbandoned(index: number): void {
    this.running.delete(index);
    this.emit({ kind: 'abandoned', index });
  }

  setOutputs(index: number, files: OutputFile[]): void {
    this.shard(index).outputs = files;
  }

  setAppliedBy(applied: AppliedByRecord): void {
    this.appliedBy = applied;
  }

  addRollout(rollout: RolloutRecord): void {
    this.rollouts.push(rollout);
  }

  /** Seconds the run's Jobs waited suspended (a queue had not admitted them): the run's time apart from it. */
  setSuspended(seconds: number): void {
    this.suspendedSeconds = round(seconds, 3);
  }

  /** A Job left alone because it was unchanged: its shards are from its earlier run. */
  addNotRerun(job: NotRerunJob): void {
    this.notRerun.push(job);
  }

  /** Notes why the run stopped early; the first reason wins (a timeout during Ctrl-C stays Ctrl-C). */
  cancel(cancellation: Cancellation): void {
    this.cancellation ??= cancellation;
  }

  counts(): ShardCounts {
    let done = 0;
    let failed = 0;
    let retrying = 0;
    for (const [position, shard] of this.shards.entries()) {
      if (this.running.has(position) || shard.status === 'not-started') continue;
      if (
        shard.status === 'failed' &&
        shard.attempts.length <= this.start.parameters.backoffLimit &&
        !this.cancellation
      ) {
        retrying += 1;
        continue;
      }
      done += 1;
      if (shard.status !== 'succeeded') failed += 1;
    }
    return { total: this.shards.length, done, running: this.running.size, failed, retrying };
  }

  finish(finishedAt: Date): RunRecord {
    if (!this.image) throw new Error('run record: the image was never set');
    const shards = this.shards;
    const parameters = this.start.parameters;
    const source: SourceRecord = this.start.source?.commit
      ? this.start.source
      : this.imageRevision
        ? { commit: this.imageRevision, from: 'image-label' }
        : { commit: null, from: 'unknown' };
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
      durationSeconds: round((finishedAt.getTime() - this.start.startedAt.getTime()) / 1000, 3),
      parameters,
      conclusion: conclude(this.cancellation, totals, this.rollouts),
      cancellation: this.cancellation,
      outputDir: this.start.outputDir,
      totals,
      shards,
      rollouts: this.rollouts,
      ...(this.suspendedSeconds === undefined ? {} : { suspendedSeconds: this.suspendedSeconds }),
      ...(this.notRerun.length ? { notRerun: this.notRerun } : {}),
      ...(this.appliedBy ? { appliedBy: this.appliedBy } : {}),
    };
  }

  private shard(position: number): ShardRecord {
    const shard = this.shards[position];
    if (!shard) throw new Error(`run record: no shard ${position}`);
    return shard;
  }

  private emit(event: RecordEvent): void {
    for (const listener of this.listeners) listener(event);
  }
}

export type RecordEvent =
  | { kind: 'started'; index: number }
  | { kind: 'finished'; index: number; outcome: AttemptOutcome }
  | { kind: 'abandoned'; index: number };

function conclude(cancellation: Cancellation | null, totals: RunTotals, rollouts: RolloutRecord[]): Conclusion {
  if (cancellation?.reason === 'signal') return 'cancelled';
  if (cancellation?.reason === 'timeout') return 'timed-out';
  const allSucceeded = totals.succeeded === totals.shards;
  return allSucceeded && totals.resultErrors === 0 && !cancellation && rollouts.every((r) => r.conclusion === 'success')
    ? 'success'
    : 'failure';
}

function computeTotals(shards: ShardRecord[]): RunTotals {
  const attempts = shards.flatMap((s) => s.attempts);
  const count = (status: ShardRecord['status']) => shards.filter((s) => s.status === status).length;
  const peaks = shards.map((s) => s.resources?.peakMemoryBytes).filter((v): v is number => typeof v === 'number');
  const outputs = shards.flatMap((s) => s.outputs);
  return {
    shards: shards.length,
    succeeded: count('succeeded'),
    failed: count('failed'),
    timedOut: count('timed-out'),
    cancelled: count('cancelled'),
    notStarted: count('not-started'),
    attempts: attempts.length,
    retries: shards.reduce((n, s) => n + Math.max(0, s.attempts.length - 1), 0),
    results: shards.reduce((n, s) => n + s.results.length, 0),
    // Counted by the attempts: the shards keep only the first invalid lines of each attempt.
    resultErrors: attempts.reduce((n, a) => n + a.resultErrorCount, 0),
    outputFiles: outputs.filter((f) => f.kind !== 'directory').length,
    outputBytes: outputs.reduce((n, f) => n + f.size, 0),
    unreadableOutputs: outputs.filter((f) => f.unreadable !== undefined && !f.notHashed).length,
    notHashedOutputs: outputs.filter((f) => f.notHashed).length,
    cpuCoreSeconds: round(
      shards.reduce((n, s) => n + (s.resources?.cpuCoreSeconds ?? 0), 0),
      4,
    ),
    peakMemoryBytes: peaks.length ? Math.max(...peaks) : null,
    maxConcurrent: maxConcurrent(attempts),
  };
}

/** The most attempts whose [startedAt, finishedAt) intervals overlap at one instant. */
export function maxConcurrent(attempts: Pick<AttemptRecord, 'startedAt' | 'finishedAt'>[]): number {
  const edges: [number, number][] = [];
  for (const a of attempts) {
    if (!a.startedAt || !a.finishedAt) continue;
    edges.push([Date.parse(a.startedAt), 1], [Date.parse(a.finishedAt), -1]);
  }
  // Ends sort before starts at the same instant: one shard handing over to the next is not overlap.
  edges.sort((x, y) => x[0] - y[0] || x[1] - y[1]);
  let now = 0;
  let max = 0;
  for (const [, delta] of edges) {
    now += delta;
    max = Math.max(max, now);
  }
  return max;
}
