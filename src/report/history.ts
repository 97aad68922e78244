import { firstParentHistory } from '../git/log.js';
import { isShallow } from '../git/repo.js';
import type { RunRecord } from '../record/types.js';
import type { StoredRecords } from './records-branch.js';
import { TREND_RECORDS } from './render/model.js';

/** How far back the source history is walked for a baseline or the trend. */
const MAX_WALK = 2000;

/** Where a baseline came from, said in the log (and the reason when there is none). */
export interface BaselineFound {
  record: RunRecord | null;
  note: string;
}

/**
 * The stored record of the nearest commit at or before `start` on its first-parent history
 * (the pull request's merge-base, or the pushed commit). Without that history (a shallow clone
 * that lacks `start`), the record stored at `start` itself, else the most recently stored one.
 */
export async function findBaseline(
  dir: string | undefined,
  stored: StoredRecords,
  start: string | undefined,
  exceptRun: string,
): Promise<BaselineFound> {
  const usable = async (commits: string[]) => (await stored.read(commits)).find((r) => r.id !== exceptRun) ?? null;
  if (stored.commits.length === 0) return { record: null, note: 'no records stored for this experiment yet' };
  const walk = dir && start ? await firstParentHistory(dir, start, MAX_WALK) : undefined;
  if (walk) {
    for (const commit of walk.filter((c) => stored.has(c))) {
      const record = await usable([commit]);
      if (record) return { record, note: `baseline: the record stored for ${commit.slice(0, 12)}` };
    }
    if (!(await isShallow(dir!))) return { record: null, note: `no stored record at or before ${start!.slice(0, 12)}` };
  }
  if (start && stored.has(start)) {
    const record = await usable([start]);
    if (record) return { record, note: `baseline: the record stored for ${start.slice(0, 12)}` };
  }
  const record = await usable(stored.commits.slice(0, 5));
  return record
    ? {
        record,
        note:
          'baseline: the most recently stored record ' +
          `(${start ? `${start.slice(0, 12)} is not in this clone's history` : 'no base commit known'}; fetch-depth: ` +
          '0 walks it)',
      }
    : { record: null, note: 'no readable stored record' };
}

/**
 * The last TREND_RECORDS stored records along the first-parent history of `start` (else in store order),
 * oldest first.
 */
export async function findTrend(
  dir: string | undefined,
  stored: StoredRecords,
  start: string | undefined,
  exceptRun: string,
): Promise<RunRecord[]> {
  if (stored.commits.length === 0) return [];
  // A shallow clone's history stops early: the store order is the better guess there.
  const walk = dir && start && !(await isShallow(dir)) ? await firstParentHistory(dir, start, MAX_WALK) : undefined;
  const commits = (walk ? walk.filter((c) => stored.has(c)) : stored.commits).slice(0, TREND_RECORDS);
  const records = await stored.read(commits);
  return records.filter((r) => r.id !== exceptRun).reverse();
}
