// Builds run records for the report's tests and benchmark: any number of shards, samples and
// result keys, valid against schema/run-record.v1.json, deterministic (no clock, no randomness).
import type { AttemptRecord, RunRecord, ShardRecord } from '../src/record/types.js';

export interface RecordOptions {
  shards: number;
  /** Resource samples per attempt, one a second. */
  samples?: number;
  /** Shards (by index) whose only attempt failed, with this log tail. */
  failed?: Map<number, string[]>;
  /** Result values per shard; default `{ shard, points, partial, status }`. */
  results?: (index: number) => Record<string, unknown>[];
  /** Seconds each shard runs; default 10. */
  shardSeconds?: number;
  parallelism?: number;
  id?: string;
  commit?: string;
  /** Scales every shard's CPU use (a baseline at 1, a slower run at 1.5). */
  cpuScale?: number;
}

const START = Date.parse('2026-11-25T04:00:00.000Z');
const MIB = 2 ** 20;

export function generateRecord(o: RecordOptions): RunRecord {
  const seconds = o.shardSeconds ?? 10;
  const parallelism = o.parallelism ?? Math.min(o.shards, 8);
  const shards: ShardRecord[] = [];
  for (let index = 0; index < o.shards; index++) {
    const offset = Math.floor(index / parallelism) * seconds;
    shards.push(shard(index, offset, seconds, o));
  }
  const duration = Math.ceil(o.shards / parallelism) * seconds + 1;
  const failed = o.failed?.size ?? 0;
  const attempts = shards.flatMap((s) => s.attempts);
  return {
    apiVersion: 'pinship.dev/v1',
    kind: 'RunRecord',
    id: o.id ?? '20261125-040000-abcdef',
    backend: 'local',
    image: {
      ref: `registry.example/team/compute@sha256:${'b'.repeat(64)}`,
      name: 'registry.example/team/compute',
      digest: `sha256:${'b'.repeat(64)}`,
      imageId: `sha256:${'c'.repeat(64)}`,
      resolvedFrom: 'digest',
      note: null,
    },
    source: { commit: o.commit ?? '3f2c1e0d9b8a7c6d5e4f3a2b1c0d9e8f7a6b5c4d', from: 'option' },
    startedAt: iso(START),
    finishedAt: iso(START + duration * 1000),
    durationSeconds: duration,
    parameters: {
      shards: o.shards,
      parallelism,
      cpus: 1,
      memoryBytes: 256 * MIB,
      timeoutSeconds: null,
      backoffLimit: 0,
      args: ['compute'],
      envNames: [],
    },
    conclusion: failed ? 'failure' : 'success',
    cancellation: null,
    outputDir: null,
    totals: {
      shards: o.shards,
      succeeded: o.shards - failed,
      failed,
      timedOut: 0,
      cancelled: 0,
      notStarted: 0,
      attempts: attempts.length,
      retries: 0,
      results: shards.reduce((n, s) => n + s.results.length, 0),
      resultErrors: 0,
      outputFiles: 0,
      outputBytes: 0,
      cpuCoreSeconds: round(shards.reduce((n, s) => n + (s.resources?.cpuCoreSeconds ?? 0), 0)),
      peakMemoryBytes: Math.max(...shards.map((s) => s.resources?.peakMemoryBytes ?? 0)),
      maxConcurrent: Math.min(parallelism, o.shards),
    },
    shards,
    rollouts: [],
  };
}

function shard(index: number, offset: number, seconds: number, o: RecordOptions): ShardRecord {
  const tail = o.failed?.get(index);
  const cores = 0.5 * (o.cpuScale ?? 1);
  const memory = (64 + (index % 16)) * MIB;
  const n = o.samples ?? Math.min(seconds, 120);
  const samples = Array.from({ length: n }, (_, i) => ({
    t: round(((i + 0.5) * seconds) / n),
    cpuCores: cores,
    memoryBytes: memory,
    ioReadBytes: 0,
    ioWriteBytes: i * 4096,
  }));
  const summary = {
    wallSeconds: seconds,
    cpuCoreSeconds: round(cores * seconds),
    averageCores: cores,
    peakCores: cores,
    peakMemoryBytes: memory,
    memoryLimitBytes: 256 * MIB,
    peakMemoryOfLimit: round(memory / (256 * MIB)),
    ioReadBytes: 0,
    ioWriteBytes: (n - 1) * 4096,
    samples: n,
  };
  const values = o.results ? o.results(index) : [defaultResult(index, o.shards)];
  const attempt: AttemptRecord = {
    attempt: 1,
    status: tail ? 'failed' : 'succeeded',
    exitCode: tail ? 1 : 0,
    reason: tail ? 'Error' : 'Completed',
    message: null,
    startedAt: iso(START + (offset + 0.5) * 1000),
    finishedAt: iso(START + (offset + 0.5 + seconds) * 1000),
    durationSeconds: seconds,
    runner: { kind: 'container', id: null, name: `pinship-run-${index}-1` },
    logLines: (tail?.length ?? 0) + values.length + 1,
    logTail: tail ?? [],
    resultCount: values.length,
    resultErrorCount: 0,
    resources: { samples, summary },
  };
  return {
    index,
    status: attempt.status,
    attempts: [attempt],
    results: values.map((value, i) => ({ attempt: 1, line: i + 2, value })),
    resultErrors: [],
    outputs: [],
    resources: summary,
  };
}

/** The example program's result: a slice of the integral of 4/(1+x²) over [0, 1). */
function defaultResult(index: number, shards: number): Record<string, unknown> {
  const a = index / shards;
  const b = (index + 1) / shards;
  const partial = 4 * (Math.atan(b) - Math.atan(a));
  return { shard: index, points: 1000, partial, status: index % 2 ? 'odd' : 'even' };
}

function iso(ms: number): string {
  return new Date(ms).toISOString();
}

function round(value: number): number {
  return Math.round(value * 1e4) / 1e4;
}
