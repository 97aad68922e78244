import type { RunRecord } from './types.js';

// Records of `run --overlay` that found a Job unchanged: its shards are from its earlier run, and
// the record's own times are the wait, not a run. What both `run` and `report` say about them.

/** True when every shard is from a Job that was not run again: nothing ran. */
export function nothingRan(record: RunRecord): boolean {
  const jobs = new Set((record.notRerun ?? []).map((j) => j.job));
  if (jobs.size === 0 || record.shards.length === 0) return false;
  // A record of one Job names none on its shards.
  return record.shards.every((s) => (s.job === undefined ? jobs.size > 0 : jobs.has(s.job)));
}

/** `job/a (ran 2026-12-05T10:00:00.000Z to 2026-12-05T10:00:04.000Z)`, for each Job not run again. */
export function notRerunText(record: RunRecord): string {
  return (record.notRerun ?? [])
    .map((j) => {
      const when = j.startedAt ? ` (ran ${j.startedAt}${j.finishedAt ? ` to ${j.finishedAt}` : ''})` : '';
      return `job/${j.job}${when}`;
    })
    .join(', ');
}

/** Whether a record's times (wall, CPU, cores) are a run's, and so may be compared with another's. */
export function timesAreARun(record: RunRecord): boolean {
  return !record.notRerun?.length;
}
