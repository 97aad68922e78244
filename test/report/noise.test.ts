import { describe, expect, it } from 'vitest';
import { generateRecord } from '../../bench/report-fixtures.js';
import { renderReport, type ReportInput } from '../../src/report/render/index.js';
import { compare } from '../../src/report/render/compare.js';
import { resourceRows, type ResourceFigures } from '../../src/report/render/resources.js';

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

const MiB = 1024 * 1024;
const figures = (wall: number, cpu: number, memory: number): ResourceFigures => ({
  wallSeconds: wall,
  cpuCoreSeconds: cpu,
  averageCores: cpu / wall,
  peakCores: 1.4,
  peakShardMemoryBytes: memory,
  memoryLimitBytes: 64 * MiB,
  peakTotalMemoryBytes: 3 * memory,
});

describe('a gate that does not cry wolf', () => {
  it('a rerun of one commit on one machine (the demo, twice) marks nothing: tiny figures have floors', () => {
    // The second demo run of the issue: wall time +37 %, CPU +50 %, peak memory +60 % of 824 KiB.
    const first = figures(6.2, 2.4, 824 * 1024);
    const rerun = figures(8.5, 3.6, 1318 * 1024);
    const rows = resourceRows(rerun, first, 10);
    expect(rows.map((r) => [r.label, Math.round(r.delta!.pct), r.delta!.regression])).toEqual([
      ['Wall time', 37, false],
      ['CPU', 50, false],
      ['Average cores', 9, false],
      ['Peak cores (all shards)', 0, false],
      ['Peak memory (one shard)', 60, false],
      ['Peak memory (all shards)', 60, false],
    ]);
  });

  it('a rerun on a busy machine (the demo, 59.8 s then 67.1 s) is within the 25 % that times get', () => {
    const rows = resourceRows(figures(67.1, 30, 4 * MiB), figures(59.8, 28, 4 * MiB), 10);
    expect(rows.find((r) => r.label === 'Wall time')!.delta).toMatchObject({ regression: false });
  });

  it('a real slowdown clears the floor, and the comment says which rule marked it', () => {
    const rows = resourceRows(figures(60, 40, 100 * MiB), figures(40, 20, 40 * MiB), 10);
    const marked = rows.filter((r) => r.delta?.regression).map((r) => [r.label, r.delta!.rule]);
    expect(marked).toEqual([
      ['Wall time', 'beyond 25 % and the 5.0 s floor'],
      ['CPU', 'beyond 25 % and the 5 core·s floor'],
      ['Peak memory (one shard)', 'beyond 10 % and the 32.0 MiB floor'],
      ['Peak memory (all shards)', 'beyond 10 % and the 64.0 MiB floor'],
    ]);
    // Average cores moved +33 % but by 0.17 cores, under its 0.5 floor.
    expect(rows.find((r) => r.label === 'Average cores')!.delta).toMatchObject({ regression: false });
  });

  it('with 5 or more stored runs, a change within 3σ of their spread is noise', () => {
    const noisy = [1, 1.6, 0.7, 1.4, 0.8, 1.2];
    const steady = [1, 1.01, 0.99, 1, 1.02, 0.98];
    expect(compare(1.5, 1, 'lower', { thresholdPct: 10, history: noisy })).toMatchObject({ regression: false });
    expect(compare(1.5, 1, 'lower', { thresholdPct: 10, history: steady })).toMatchObject({
      regression: true,
      rule: 'beyond 10 % and 3σ of 6 stored runs (0.0424)',
    });
    // Too few stored runs to trust their spread: the threshold alone decides.
    expect(compare(1.5, 1, 'lower', { thresholdPct: 10, history: noisy.slice(0, 4) })).toMatchObject({
      regression: true,
      rule: 'beyond 10 %',
    });
  });

  it("a result key's stored runs come from the trend", () => {
    const results = (v: number) => () => [{ err: v }];
    const trend = [1, 1.6, 0.7, 1.4, 0.8, 1.2].map((v, i) =>
      generateRecord({ shards: 2, id: `run-${i}`, commit: `${i}`.repeat(40), results: results(v) }),
    );
    const record = generateRecord({ shards: 2, id: 'now', results: results(1.5) });
    const baseline = trend[0]!;
    const metrics = [{ key: 'err', better: 'lower' as const }];
    expect(renderReport(input({ record, baseline, metrics, trend })).regressions).toEqual([]);
    expect(renderReport(input({ record, baseline, metrics })).regressions).toContain(
      '`err` mean +50.0 % (1 → 1.5, lower is better; beyond 10 %)',
    );
  });

  it('fail-on-regression turns a regression into a failing conclusion (the check), and only then', () => {
    const base = generateRecord({ shards: 4, id: 'base', results: () => [{ err: 1 }] });
    const record = generateRecord({ shards: 4, results: () => [{ err: 2 }] });
    const metrics = [{ key: 'err', better: 'lower' as const }];
    const gated = renderReport(input({ record, baseline: base, metrics, failOnRegression: true }));
    expect(gated.conclusion).toBe('failure');
    expect(gated.headline).toMatch(/; 4 regression\(s\) fail the gate$/);
    expect(gated.comment).toContain('- **Regressions** beyond 10 % and the noise: ⚠️ 4 (they fail this check)');
    expect(renderReport(input({ record, baseline: base, metrics })).conclusion).toBe('success');
    const steady = generateRecord({ shards: 4, results: () => [{ err: 1 }] });
    expect(renderReport(input({ record: steady, baseline: base, metrics, failOnRegression: true })).conclusion).toBe(
      'success',
    );
  });

  it('a trend whose runs share one commit reads as a trend: one point per run', () => {
    const commit = 'c'.repeat(40);
    const trend = [0, 1, 2].map((i) => generateRecord({ shards: 2, id: `run-${i}`, commit }));
    const record = generateRecord({ shards: 2, id: 'now', commit });
    const comment = renderReport(input({ record, trend })).comment;
    const labels = comment.match(/x-axis \[(.*)\]/)![1]!.split(', ');
    expect(labels).toEqual(['"ccccccc (1)"', '"ccccccc (2)"', '"ccccccc (3)"', '"ccccccc (4)"']);
  });
});
