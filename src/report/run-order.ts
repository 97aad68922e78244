import type { Marker } from './marker.js';

/** Whether `ancestor` is an ancestor of `descendant`; undefined when that cannot be known (no history). */
export type AncestryCheck = (ancestor: string, descendant: string) => Promise<boolean | undefined>;

export interface RunOrderOptions {
  ancestry?: AncestryCheck;
  /** The pull request's head commit as GitHub answers it now (never the event's: it may be stale). */
  currentHead?: string;
}

/**
 * Compares the runs two report comments show: > 0 when `a` is newer, < 0 when older, 0 for the
 * same run. Runs of different commits are ordered by the commits (the pull request's current
 * head wins, then Git ancestry when history is at hand), so an older commit's run that finishes
 * last never replaces a newer one; otherwise the run that started later is newer (a re-run).
 */
export async function compareRuns(a: Marker, b: Marker, options: RunOrderOptions = {}): Promise<number> {
  if (a.runId === b.runId && a.startedAt === b.startedAt) return 0;
  if (a.commit && b.commit && a.commit !== b.commit) {
    const byCommit = await compareCommits(a.commit, b.commit, options);
    if (byCommit !== 0) return byCommit;
  }
  return (
    compareTimes(a.startedAt, b.startedAt) || compareTimes(a.finishedAt, b.finishedAt) || a.runId.localeCompare(b.runId)
  );
}

async function compareCommits(a: string, b: string, options: RunOrderOptions): Promise<number> {
  const head = options.currentHead;
  if (head && a === head) return 1;
  if (head && b === head) return -1;
  if (!options.ancestry) return 0;
  if (await options.ancestry(b, a)) return 1;
  if (await options.ancestry(a, b)) return -1;
  return 0;
}

function compareTimes(a: string, b: string): number {
  const ta = Date.parse(a);
  const tb = Date.parse(b);
  if (Number.isNaN(ta) || Number.isNaN(tb)) return 0;
  return Math.sign(ta - tb);
}
