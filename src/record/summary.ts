import { notRerunText, nothingRan } from './not-rerun.js';
import type { RunRecord, ShardRecord } from './types.js';

/** One line for logs: `failure: 7/8 shards succeeded, 1 failed (OOMKilled) in 12.3s`. */
export function headline(record: RunRecord): string {
  const t = record.totals;
  const reasons = [...new Set(record.shards.filter((s) => s.status !== 'succeeded').map(lastReason))].filter(Boolean);
  const bad = t.shards - t.succeeded;
  const extra = [
    bad ? `${bad} did not (${reasons.join(', ')})` : '',
    t.resultErrors ? `${t.resultErrors} invalid result line(s)` : '',
    // Not a failure (the shard ran; the container simply wrote as another user), but the hashes are missing.
    t.unreadableOutputs ? `${t.unreadableOutputs} output(s) unreadable` : '',
    // Readable, most likely: the run stopped (its conclusion says why) before they were hashed.
    t.notHashedOutputs ? `${t.notHashedOutputs} output(s) not hashed` : '',
  ].filter(Boolean);
  const also = extra.length ? `, ${extra.join(', ')}` : '';
  const seconds = record.durationSeconds.toFixed(1);
  if (nothingRan(record)) {
    return (
      `${record.conclusion}: nothing ran: ${notRerunText(record)} unchanged, not run again; ` +
      `${t.succeeded}/${t.shards} shards succeeded then${also} (--rerun runs it again)`
    );
  }
  const earlier = record.notRerun?.length ? `; not run again (unchanged): ${notRerunText(record)}` : '';
  return `${record.conclusion}: ${t.succeeded}/${t.shards} shards succeeded${also} in ${seconds}s${earlier}`;
}

/** The job summary table: a header row then one row per shard, as plain strings. */
export function shardTable(record: RunRecord): string[][] {
  const header = [
    'Shard',
    'Status',
    'Attempts',
    'Exit code',
    'Reason',
    'Wall (s)',
    'CPU (core·s)',
    'Peak memory',
    'Results',
    'Files',
  ];
  const rows = record.shards.map((shard) => {
    const last = shard.attempts.at(-1);
    const r = shard.resources;
    const limit = r?.memoryLimitBytes ? ` / ${formatBytes(r.memoryLimitBytes)}` : '';
    const invalidLines = invalid(shard);
    return [
      String(shard.index),
      shard.status,
      String(shard.attempts.length),
      last?.exitCode === null || last === undefined ? '' : String(last.exitCode),
      lastReason(shard),
      r?.wallSeconds === null || r === null ? '' : r.wallSeconds.toFixed(1),
      r?.cpuCoreSeconds === null || r === null ? '' : r.cpuCoreSeconds.toFixed(2),
      r?.peakMemoryBytes === null || r === null ? '' : `${formatBytes(r.peakMemoryBytes)}${limit}`,
      `${shard.results.length}${invalidLines ? ` (${invalidLines} invalid)` : ''}`,
      files(shard),
    ];
  });
  return [header, ...rows];
}

/** Invalid result lines over the shard's attempts (the record keeps only the first of each). */
function invalid(shard: ShardRecord): number {
  return shard.attempts.reduce((n, a) => n + a.resultErrorCount, 0);
}

/**
 * `3`, `3 (1 unreadable)` or `3 (1 unreadable, 2 not hashed)`; a folder that could not be listed
 * counts as one unreadable entry.
 */
function files(shard: ShardRecord): string {
  const unreadable = shard.outputs.filter((f) => f.unreadable !== undefined && !f.notHashed).length;
  const notHashed = shard.outputs.filter((f) => f.notHashed).length;
  const count = shard.outputs.filter((f) => f.kind !== 'directory').length;
  const notes = [unreadable ? `${unreadable} unreadable` : '', notHashed ? `${notHashed} not hashed` : ''];
  const note = notes.filter(Boolean).join(', ');
  return note ? `${count} (${note})` : String(count);
}

function lastReason(shard: ShardRecord): string {
  return shard.attempts.at(-1)?.reason ?? (shard.status === 'not-started' ? 'not started' : '');
}

/** 1536 -> `1.5 KiB`. */
export function formatBytes(bytes: number): string {
  const units = ['B', 'KiB', 'MiB', 'GiB', 'TiB'];
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit += 1;
  }
  return `${unit === 0 ? value : value.toFixed(1)} ${units[unit]}`;
}
