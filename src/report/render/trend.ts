import type { RunRecord } from '../../record/types.js';
import { keyMean } from './aggregate.js';
import { mermaidChart } from './charts.js';
import type { ReportModel } from './model.js';
import { cpuMeasured } from './resources.js';
import { timesAreARun } from '../../record/not-rerun.js';

/** One trend chart's points: a label per record (its short commit) and the values. */
export interface TrendSeries {
  title: string;
  yLabel: string;
  labels: string[];
  values: number[];
}

/** Wall time, CPU core-seconds and each `--metric` (mean over result lines) per stored record. */
export function trendSeries(model: ReportModel): TrendSeries[] {
  const records = model.trend;
  const labelOf = new Map(trendLabels(records).map((label, i) => [records[i]!, label]));
  const label = (r: RunRecord) => labelOf.get(r)!;
  // A record whose Jobs did not run again has no run's times: it is left out of these two.
  const ran = records.filter(timesAreARun);
  const measured = ran.filter(cpuMeasured);
  const series = [
    { title: 'Wall time', yLabel: 'seconds', labels: ran.map(label), values: ran.map((r) => r.durationSeconds) },
    // Records without CPU samples are left out rather than drawn as 0 core-seconds.
    {
      title: 'CPU',
      yLabel: 'core-seconds',
      labels: measured.map(label),
      values: measured.map((r) => r.totals.cpuCoreSeconds),
    },
  ];
  for (const metric of model.input.metrics) {
    // Records without the key (older runs) are left out of its chart rather than drawn as 0.
    const points = records.map((r) => [label(r), keyMean(r, metric.key)] as const).filter(([, v]) => v !== null);
    series.push({
      title: `${metric.key} (mean, ${metric.better} is better)`,
      yLabel: metric.key,
      labels: points.map(([label]) => label),
      values: points.map(([, v]) => v!),
    });
  }
  return series;
}

/**
 * One distinct label per record: its short commit, numbered (`abc1234 (2)`) when several runs
 * share the commit. Equal labels would be one category, and the chart a vertical line.
 */
function trendLabels(records: readonly RunRecord[]): string[] {
  const base = records.map(trendLabel);
  const total = new Map<string, number>();
  for (const label of base) total.set(label, (total.get(label) ?? 0) + 1);
  const seen = new Map<string, number>();
  return base.map((label) => {
    if (total.get(label) === 1) return label;
    const n = (seen.get(label) ?? 0) + 1;
    seen.set(label, n);
    return `${label} (${n})`;
  });
}

/** The record's short commit when it is one, else its run id's last characters. */
function trendLabel(record: RunRecord): string {
  const commit = record.source.commit;
  if (commit && /^[0-9a-f]{7,64}$/.test(commit)) return commit.slice(0, 7);
  return record.id.slice(-8);
}

/** The trend charts in `<details>`, open on the default branch, folded on pull requests. */
export function trendSection(model: ReportModel, open: boolean): string {
  if (model.trend.length < 2) return '';
  const charts = trendSeries(model)
    .filter((s) => s.values.length >= 2)
    .map((s) => mermaidChart({ title: s.title, yLabel: s.yLabel, x: { categories: s.labels }, values: s.values }));
  const summary = `Trend: the last ${model.trend.length} runs of this experiment`;
  return `<details${open ? ' open' : ''}><summary>${summary}</summary>\n\n${charts.join('\n\n')}\n\n</details>`;
}
