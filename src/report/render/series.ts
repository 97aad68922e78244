import type { AttemptRecord, RunRecord } from '../../record/types.js';

/** Cores in use and memory over the run, summed over shards, in evenly spaced buckets. */
export interface UsageSeries {
  /** Seconds since the run started, at each bucket's start. */
  t: number[];
  cores: number[];
  memoryBytes: number[];
}

/**
 * Puts every attempt's samples on the run's clock (attempt start + sample `t`) and sums them per
 * bucket. An attempt holds its last sampled value until it finishes (samples are seconds apart,
 * buckets may be narrower), and counts for nothing before its first sample or after its end.
 * Each bucket holds the average over its time span: an attempt's samples within it are averaged
 * and weighted by the part of the bucket the attempt covers. Returns null when nothing was sampled.
 */
export function usageSeries(record: RunRecord, maxPoints: number): UsageSeries | null {
  const runStart = Date.parse(record.startedAt);
  const duration = Math.max(record.durationSeconds, 1e-3);
  // About one point per second for short runs: finer buckets would only repeat held samples.
  const points = Math.max(2, Math.min(maxPoints, Math.ceil(duration)));
  const width = duration / points;
  const cores = new Float64Array(points);
  const memory = new Float64Array(points);
  const own = new Accumulators(points);
  let sampled = false;
  for (const shard of record.shards) {
    for (const attempt of shard.attempts) {
      if (!attempt.resources?.samples.length || attempt.startedAt === null) continue;
      sampled = true;
      addAttempt(attempt, (Date.parse(attempt.startedAt) - runStart) / 1000, width, own, cores, memory);
    }
  }
  if (!sampled) return null;
  return {
    t: Array.from({ length: points }, (_, i) => i * width),
    cores: [...cores],
    memoryBytes: [...memory],
  };
}

/** Per-bucket sums for one attempt, reused across attempts (reset over the range it touched). */
class Accumulators {
  readonly cores: Float64Array;
  readonly memory: Float64Array;
  readonly counts: Uint32Array;
  constructor(points: number) {
    this.cores = new Float64Array(points);
    this.memory = new Float64Array(points);
    this.counts = new Uint32Array(points);
  }
  reset(from: number, to: number): void {
    this.cores.fill(0, from, to + 1);
    this.memory.fill(0, from, to + 1);
    this.counts.fill(0, from, to + 1);
  }
}

function addAttempt(
  attempt: AttemptRecord,
  offset: number,
  width: number,
  own: Accumulators,
  cores: Float64Array,
  memory: Float64Array,
): void {
  const last = cores.length - 1;
  const bucket = (seconds: number) => Math.min(last, Math.max(0, Math.floor(seconds / width)));
  const samples = attempt.resources!.samples;
  // The attempt counts from its first sample until it finished (or its last sample, if later).
  const from = offset + samples[0]!.t;
  const to = Math.max(offset + samples.at(-1)!.t, offset + (attempt.durationSeconds ?? 0));
  const first = bucket(from);
  const end = bucket(to);
  own.reset(first, end);
  for (const s of samples) {
    const b = bucket(offset + s.t);
    own.cores[b]! += s.cpuCores;
    own.memory[b]! += s.memoryBytes;
    own.counts[b]! += 1;
  }
  let heldCores = 0;
  let heldMemory = 0;
  for (let b = first; b <= end; b++) {
    const n = own.counts[b]!;
    if (n) {
      heldCores = own.cores[b]! / n;
      heldMemory = own.memory[b]! / n;
    }
    // Time-weighted: an attempt that covers half a bucket adds half its value, so one ending
    // and the next starting within the same bucket do not count as two at once.
    const covered = (Math.min(to, (b + 1) * width) - Math.max(from, b * width)) / width;
    const weight = Math.min(1, Math.max(0, covered));
    cores[b]! += heldCores * weight;
    memory[b]! += heldMemory * weight;
  }
}

/** The largest value of a series (0 when empty). */
export function peak(values: number[]): number {
  let max = 0;
  for (const v of values) if (v > max) max = v;
  return max;
}
