import type { RunRecord } from '../../record/types.js';

/** One result key over every result line of the run (last attempt of each shard). */
export interface KeyAggregate {
  key: string;
  /** Lines that carry the key. */
  lines: number;
  /** Statistics over its numeric (finite) values; null when it has none. */
  numeric: NumericStats | null;
  /** Other values (strings, booleans, null, objects) as JSON text, most frequent first. */
  others: ValueCount[];
  /** How many distinct other values there were (`others` keeps the first MAX_DISTINCT). */
  distinctOthers: number;
}

export interface NumericStats {
  count: number;
  mean: number;
  min: number;
  max: number;
  sum: number;
}

export interface ValueCount {
  value: string;
  count: number;
}

// Distinct non-numeric values kept per key: enough for labels and states, bounded for 10,000
// shards that each print a unique string.
const MAX_DISTINCT = 20;
const MAX_VALUE_CHARS = 200;

/** Aggregates each result key over all shards, keys in order of first appearance. */
export function aggregateResults(record: RunRecord): KeyAggregate[] {
  const byKey = new Map<string, Accumulator>();
  for (const shard of record.shards) {
    for (const result of shard.results) {
      for (const [key, value] of Object.entries(result.value)) {
        let acc = byKey.get(key);
        if (!acc) {
          acc = new Accumulator();
          byKey.set(key, acc);
        }
        acc.add(value);
      }
    }
  }
  return [...byKey].map(([key, acc]) => acc.finish(key));
}

class Accumulator {
  private lines = 0;
  private count = 0;
  private sum = 0;
  // A running mean: sum / count overflows to Infinity where the mean itself is a float (1e308s).
  private mean = 0;
  private min = Infinity;
  private max = -Infinity;
  private readonly others = new Map<string, number>();
  private distinct = 0;

  add(value: unknown): void {
    this.lines += 1;
    if (typeof value === 'number' && Number.isFinite(value)) {
      this.count += 1;
      this.sum += value;
      this.mean += (value - this.mean) / this.count;
      if (value < this.min) this.min = value;
      if (value > this.max) this.max = value;
      return;
    }
    const text = otherText(value);
    const seen = this.others.get(text);
    if (seen !== undefined) this.others.set(text, seen + 1);
    else {
      this.distinct += 1;
      if (this.others.size < MAX_DISTINCT) this.others.set(text, 1);
    }
  }

  finish(key: string): KeyAggregate {
    const numeric = this.count
      ? {
          count: this.count,
          mean: Number.isFinite(this.sum) ? this.sum / this.count : this.mean,
          min: this.min,
          max: this.max,
          sum: this.sum,
        }
      : null;
    const others = [...this.others].map(([value, count]) => ({ value, count })).sort((a, b) => b.count - a.count);
    return { key, lines: this.lines, numeric, others, distinctOthers: this.distinct };
  }
}

/** A non-numeric value as JSON text (strings unquoted), cut so one value cannot be a megabyte. */
function otherText(value: unknown): string {
  const text = typeof value === 'string' ? value : (JSON.stringify(value) ?? String(value));
  return text.length > MAX_VALUE_CHARS ? `${text.slice(0, MAX_VALUE_CHARS - 1)}…` : text;
}

/** The mean of `key` over the run's result lines, for trends; null when no line has a number. */
export function keyMean(record: RunRecord, key: string): number | null {
  let count = 0;
  let sum = 0;
  let mean = 0;
  for (const shard of record.shards) {
    for (const result of shard.results) {
      const value = result.value[key];
      if (typeof value === 'number' && Number.isFinite(value)) {
        count += 1;
        sum += value;
        mean += (value - mean) / count;
      }
    }
  }
  if (!count) return null;
  return Number.isFinite(sum) ? sum / count : mean;
}
