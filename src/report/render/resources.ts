import { round } from '../../record/resources.js';
import type { RunRecord } from '../../record/types.js';
import { compare, type Delta } from './compare.js';
import { formatBytes, formatNumber, formatSeconds } from './format.js';
import { peak, type UsageSeries } from './series.js';

/** Run-level resource figures; all lower-is-better. */
export interface ResourceFigures {
  wallSeconds: number;
  /** Null when no shard's CPU was sampled (every attempt ended before the first sample). */
  cpuCoreSeconds: number | null;
  /** CPU core-seconds over wall time. */
  averageCores: number | null;
  /** Most cores in use at once, summed over shards (from the usage series). */
  peakCores: number | null;
  /** The largest peak memory of one shard, and the per-shard limit it ran under. */
  peakShardMemoryBytes: number | null;
  memoryLimitBytes: number | null;
  /** Most memory in use at once, summed over shards (from the usage series). */
  peakTotalMemoryBytes: number | null;
}

export function resourceFigures(record: RunRecord, series: UsageSeries | null): ResourceFigures {
  const wall = record.durationSeconds;
  const cpu = cpuMeasured(record) ? record.totals.cpuCoreSeconds : null;
  return {
    wallSeconds: wall,
    cpuCoreSeconds: cpu,
    averageCores: cpu !== null && wall > 0 ? cpu / wall : null,
    peakCores: series ? peak(series.cores) : null,
    peakShardMemoryBytes: record.totals.peakMemoryBytes,
    memoryLimitBytes: record.parameters.memoryBytes,
    peakTotalMemoryBytes: series ? peak(series.memoryBytes) : null,
  };
}

/** Whether any shard's CPU time was sampled: the totals say 0 core·s for "not measured" too. */
export function cpuMeasured(record: RunRecord): boolean {
  return record.shards.some((s) => typeof s.resources?.cpuCoreSeconds === 'number');
}

/** One row of the resource table. */
export interface ResourceRow {
  label: string;
  value: number | null;
  /** The baseline's value; null without a baseline or when it had none. */
  base: number | null;
  format: (value: number) => string;
  /** Said after the value, e.g. ` of 256 MiB (47 %)` for memory under a limit. */
  note: string;
  delta: Delta | null;
}

interface RowSpec {
  label: string;
  pick: (f: ResourceFigures) => number | null;
  format: (v: number) => string;
  note?: (f: ResourceFigures) => string;
  /**
   * The smallest change that counts as a regression: a rerun of one commit on one machine moves
   * each figure by about this much (container start, the sampler's interval, page cache).
   */
  floor: number;
  /** Times swing with the machine's load: a rerun of the demo on a busy machine took 12 % longer. */
  minPct?: number;
}

const MiB = 1024 * 1024;
const cores = (v: number) => formatNumber(round(v, 2));

const ROWS: RowSpec[] = [
  { label: 'Wall time', pick: (f) => f.wallSeconds, format: formatSeconds, floor: 5, minPct: 25 },
  { label: 'CPU', pick: (f) => f.cpuCoreSeconds, format: (v) => `${cores(v)} core·s`, floor: 5, minPct: 25 },
  { label: 'Average cores', pick: (f) => f.averageCores, format: cores, floor: 0.5, minPct: 25 },
  { label: 'Peak cores (all shards)', pick: (f) => f.peakCores, format: cores, floor: 0.5, minPct: 25 },
  {
    label: 'Peak memory (one shard)',
    pick: (f) => f.peakShardMemoryBytes,
    format: formatBytes,
    note: ofLimit,
    floor: 32 * MiB,
  },
  { label: 'Peak memory (all shards)', pick: (f) => f.peakTotalMemoryBytes, format: formatBytes, floor: 64 * MiB },
];

/**
 * The resource rows, each compared with the baseline's as lower-is-better, under the row's floor,
 * at least its own threshold (times: 25 %), and the spread of the earlier stored runs' figures.
 */
export function resourceRows(
  current: ResourceFigures,
  base: ResourceFigures | null,
  thresholdPct: number,
  history: ResourceFigures[] = [],
): ResourceRow[] {
  return ROWS.map(({ label, pick, format, note, floor, minPct = 0 }) => {
    const value = pick(current);
    const baseValue = base && pick(base);
    const earlier = history.map(pick).filter((v) => v !== null);
    const rule = { thresholdPct: Math.max(thresholdPct, minPct), floor, history: earlier, format };
    const delta = compare(value, baseValue, 'lower', rule);
    return { label, value, base: baseValue, format, note: note?.(current) ?? '', delta };
  });
}

/** ` of 256 MiB (47 %)`: one shard's peak memory against the per-shard limit. */
function ofLimit(f: ResourceFigures): string {
  if (f.peakShardMemoryBytes === null || !f.memoryLimitBytes) return '';
  const pct = Math.round((f.peakShardMemoryBytes / f.memoryLimitBytes) * 100);
  return ` of ${formatBytes(f.memoryLimitBytes)} (${pct} %)`;
}
