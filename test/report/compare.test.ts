import { describe, expect, it } from 'vitest';
import { generateRecord } from '../../bench/report-fixtures.js';
import { renderReport, type ReportInput } from '../../src/report/render/index.js';
import { compare } from '../../src/report/render/compare.js';
import { reportJson } from '../../src/report/render/json.js';

describe('compare', () => {
  it('is the relative change from the baseline, a regression only beyond the threshold in the worse direction', () => {
    expect(compare(11.5, 10, 'lower', 10)).toEqual({
      current: 11.5,
      base: 10,
      pct: 15,
      regression: true,
      rule: 'beyond 10 %',
    });
    expect(compare(11, 10, 'lower', 10)).toMatchObject({ pct: 10, regression: false });
    expect(compare(8, 10, 'lower', 10)!.regression).toBe(false);
    expect(compare(8, 10, 'higher', 10)).toMatchObject({ pct: -20, regression: true });
    expect(compare(12, 10, 'higher', 10)!.regression).toBe(false);
    expect(compare(20, 10, null, 10)).toMatchObject({ pct: 100, regression: false });
  });

  it('measures against the baseline magnitude for negative values, and from 0 as infinite', () => {
    expect(compare(-12, -10, 'lower', 10)).toMatchObject({ pct: -20, regression: false });
    expect(compare(-8, -10, 'lower', 10)).toMatchObject({ pct: 20, regression: true });
    expect(compare(1, 0, 'lower', 10)).toMatchObject({ pct: Infinity, regression: true });
    expect(compare(0, 0, 'lower', 10)).toMatchObject({ pct: 0, regression: false });
    expect(compare(null, 3, 'lower', 10)).toBeNull();
  });
});

function input(over: Partial<ReportInput>): ReportInput {
  return {
    record: generateRecord({ shards: 4 }),
    experiment: 'default',
    baseline: null,
    trend: [],
    metrics: [],
    thresholdPct: 10,
    trendOpen: false,
    summaryUrl: null,
    ...over,
  };
}

describe('baseline deltas in the report', () => {
  const results = (i: number) => [{ err: 1, score: 10 + i }];
  const base = generateRecord({ shards: 4, id: 'base', commit: 'a'.repeat(40), results });

  it('marks resources as lower-is-better and result keys as --metric says, each beyond the threshold', () => {
    const record = generateRecord({ shards: 4, cpuScale: 1.5, results: (i) => [{ err: 1.5, score: 8 + i }] });
    const report = renderReport(
      input({
        record,
        baseline: base,
        metrics: [
          { key: 'err', better: 'lower' },
          { key: 'score', better: 'higher' },
        ],
      }),
    );
    expect(report.regressions).toEqual([
      'CPU +50.0 % (20 core·s → 30 core·s; beyond 25 % and the 5 core·s floor)',
      'Average cores +50.0 % (1.82 → 2.73; beyond 25 % and the 0.5 floor)',
      'Peak cores (all shards) +50.0 % (2 → 3; beyond 25 % and the 0.5 floor)',
      '`err` mean +50.0 % (1 → 1.5, lower is better; beyond 10 %)',
      '`err` min +50.0 % (1 → 1.5, lower is better; beyond 10 %)',
      '`err` max +50.0 % (1 → 1.5, lower is better; beyond 10 %)',
      '`err` sum +50.0 % (4 → 6, lower is better; beyond 10 %)',
      '`score` mean -17.4 % (11.5 → 9.5, higher is better; beyond 10 %)',
      '`score` min -20.0 % (10 → 8, higher is better; beyond 10 %)',
      '`score` max -15.4 % (13 → 11, higher is better; beyond 10 %)',
      '`score` sum -17.4 % (46 → 38, higher is better; beyond 10 %)',
    ]);
    expect(report.comment).toContain('| `err` (lower is better) | 4 | 1.5 (+50.0 % ⚠️) |');
    expect(report.comment).toContain('| CPU | 30 core·s | 20 core·s | +50.0 % ⚠️ |');
    expect(report.comment).toContain('| Wall time | 11.0 s | 11.0 s | ±0 % |');
    expect(report.comment).toContain('- **Regressions** beyond 10 % and the noise: ⚠️ 11');
  });

  it('shows changes within the threshold, and keys without a direction, unmarked', () => {
    const record = generateRecord({ shards: 4, results: (i) => [{ err: 1.05, score: 30 + i }] });
    const report = renderReport(input({ record, baseline: base, metrics: [{ key: 'err', better: 'lower' }] }));
    expect(report.regressions).toEqual([]);
    expect(report.comment).toContain('| `err` (lower is better) | 4 | 1.05 (+5.0 %) |');
    expect(report.comment).toContain('| `score` | 4 | 31.5 (+174 %) |');
    expect(report.comment).toContain('- **Regressions** beyond 10 % and the noise: none');
  });

  it('says when there is no baseline and shows no change columns', () => {
    const report = renderReport(input({}));
    expect(report.comment).toContain('- **Baseline**: none found for this experiment at the base');
    expect(report.comment).toContain('| Resource | This run |\n');
    expect(report.regressions).toEqual([]);
  });

  it('reportJson carries the aggregates, the baseline aggregates and each delta', () => {
    const record = generateRecord({ shards: 4, results: () => [{ err: 2 }] });
    const json = reportJson(input({ record, baseline: base, metrics: [{ key: 'err', better: 'lower' }] })) as {
      results: { key: string; numeric: unknown; baseline: unknown; deltas: Record<string, unknown> }[];
      regressions: string[];
    };
    expect(json.results[0]).toMatchObject({
      key: 'err',
      numeric: { count: 4, mean: 2, min: 2, max: 2, sum: 8 },
      baseline: { count: 4, mean: 1, min: 1, max: 1, sum: 4 },
      deltas: { mean: { pct: 100, regression: true } },
    });
    expect(json.regressions).toContain('`err` mean +100 % (1 → 2, lower is better; beyond 10 %)');
  });
});
