import { describe, expect, it } from 'vitest';
import { generateRecord } from '../../bench/report-fixtures.js';
import { runRecordProblems } from '../../src/record/validate.js';
import type { RunRecord } from '../../src/record/types.js';
import { renderReport, reportJson, type ReportInput } from '../../src/report/render/index.js';
import { headline } from '../../src/record/summary.js';

const RAN = { startedAt: '2026-12-05T10:00:00.000Z', finishedAt: '2026-12-05T10:01:40.000Z' };

/** What run --overlay records when it finds its one Job unchanged: the earlier shards, 0.3 s of waiting. */
function notRerunRecord(): RunRecord {
  const record = generateRecord({ shards: 3 });
  record.backend = 'kubernetes';
  record.outputDir = null;
  record.durationSeconds = 0.3;
  record.notRerun = [{ job: 'sim', namespace: 'exp', ...RAN }];
  return record;
}

function input(record: RunRecord, baseline: RunRecord | null, trend: RunRecord[] = []): ReportInput {
  return {
    record,
    experiment: 'default',
    baseline,
    trend,
    metrics: [],
    thresholdPct: 10,
    trendOpen: true,
    summaryUrl: null,
  };
}

describe('a run --overlay whose Job was unchanged and not run again', () => {
  it('is a valid record, and its headline says nothing ran instead of a time', () => {
    const record = notRerunRecord();
    expect(runRecordProblems(record, 'writer')).toEqual([]);
    expect(headline(record)).toBe(
      `success: nothing ran: job/sim (ran ${RAN.startedAt} to ${RAN.finishedAt}) unchanged, not run again; ` +
        '3/3 shards succeeded then (--rerun runs it again)',
    );
  });

  it('the report says so and compares none of its times with the baseline', () => {
    const baseline = generateRecord({ shards: 3 });
    baseline.durationSeconds = 100;
    const report = renderReport(input(notRerunRecord(), baseline));
    expect(report.comment).toContain('- **Duration**: nothing ran (the wait took 0.3 s)');
    expect(report.comment).toContain(
      '- **Not run again** (unchanged, so its shards are from that run; times not compared): ' +
        `\`job/sim\` (ran ${RAN.startedAt} to ${RAN.finishedAt})\n`,
    );
    expect(report.comment).toContain('| Resource | This run |\n');
    expect(report.comment).not.toContain('| Resource | This run | Baseline |');
    expect(report.comment).toContain(
      `Not compared with the baseline: \`job/sim\` (ran ${RAN.startedAt} to ${RAN.finishedAt}) of this run did not ` +
        'run again.',
    );
    expect(report.regressions).toEqual([]);
    const json = reportJson(input(notRerunRecord(), baseline)) as { resources: { delta: unknown }[] };
    expect(json.resources.every((r) => r.delta === null)).toBe(true);
  });

  it('as a baseline, its times are not compared either; in a trend, it is left out of wall time and CPU', () => {
    const current = generateRecord({ shards: 3 });
    current.durationSeconds = 100;
    const report = renderReport(input(current, notRerunRecord()));
    expect(report.comment).toContain('of the baseline did not run again');
    expect(report.regressions.filter((r) => r.startsWith('Wall time'))).toEqual([]);
    const older = generateRecord({ shards: 3 });
    older.id = 'older-run';
    const stale = notRerunRecord();
    stale.id = 'stale-run';
    const json = reportJson(input(current, null, [older, stale])) as {
      trend: { title: string; values: number[] }[];
    };
    expect(json.trend.find((s) => s.title === 'Wall time')!.values).toEqual([older.durationSeconds, 100]);
  });
});
