import type { ResourceSummary } from './types.js';

/** Sums CPU, I/O and wall time and takes the peaks over a shard's attempts. */
export function combineSummaries(summaries: ResourceSummary[]): ResourceSummary | null {
  if (summaries.length === 0) return null;
  const sum = (pick: (s: ResourceSummary) => number | null) => {
    const values = summaries.map(pick).filter((v): v is number => v !== null);
    return values.length ? values.reduce((a, b) => a + b, 0) : null;
  };
  const max = (pick: (s: ResourceSummary) => number | null) => {
    const values = summaries.map(pick).filter((v): v is number => v !== null);
    return values.length ? Math.max(...values) : null;
  };
  const wall = sum((s) => s.wallSeconds);
  const cpu = sum((s) => s.cpuCoreSeconds);
  const peakMemory = max((s) => s.peakMemoryBytes);
  const limit = summaries[0]!.memoryLimitBytes;
  return {
    wallSeconds: wall === null ? null : round(wall, 3),
    cpuCoreSeconds: cpu === null ? null : round(cpu, 4),
    averageCores: cpu !== null && wall ? round(cpu / wall, 4) : null,
    peakCores: max((s) => s.peakCores),
    peakMemoryBytes: peakMemory,
    memoryLimitBytes: limit,
    peakMemoryOfLimit: peakMemory !== null && limit ? round(peakMemory / limit, 4) : null,
    ioReadBytes: sum((s) => s.ioReadBytes),
    ioWriteBytes: sum((s) => s.ioWriteBytes),
    samples: summaries.reduce((n, s) => n + s.samples, 0),
  };
}

/** Rounds to `digits` decimals, to keep the record readable. */
export function round(value: number, digits: number): number {
  const f = 10 ** digits;
  return Math.round(value * f) / f;
}
