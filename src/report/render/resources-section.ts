import { mermaidChart } from './charts.js';
import { formatPct } from './format.js';
import { notRerunMarkdown } from './glance.js';
import type { Limits } from './limits.js';
import type { ReportModel } from './model.js';
import type { UsageSeries } from './series.js';
import { markdownTable } from './table.js';

/** A figure the run has no samples for: never shown as 0. */
const NOT_MEASURED = 'not measured';

/** Resource usage against the baseline, then cores and memory over the run. */
export function resourcesSection(model: ReportModel, limits: Limits): string {
  const withBaseline = model.input.baseline !== null && model.notCompared === null;
  const header = withBaseline ? ['Resource', 'This run', 'Baseline', 'Change'] : ['Resource', 'This run'];
  const rows = model.resources.map((row) => {
    const value = row.value === null ? NOT_MEASURED : row.format(row.value);
    const cells = [row.label, value + row.note];
    if (withBaseline) {
      const d = row.delta;
      const change = d ? `${formatPct(d.pct)}${d.regression ? ' ⚠️' : ''}` : '';
      cells.push(row.base === null ? NOT_MEASURED : row.format(row.base), change);
    }
    return cells;
  });
  const parts = ['#### Resources', markdownTable(header, rows, withBaseline ? [1, 2, 3] : [1])];
  if (model.notCompared) {
    const { of, record } = model.notCompared;
    parts.push(`Not compared with the baseline: ${notRerunMarkdown(record)} of ${of} did not run again.`);
  }
  if (model.series && limits.charts) parts.push(usageCharts(model.series));
  else if (!model.series) parts.push('No resource samples were recorded.');
  return parts.join('\n\n');
}

/** Two line charts over the run's clock, summed over shards. */
export function usageCharts(series: UsageSeries): string {
  const to = series.t.length > 1 ? series.t.at(-1)! + series.t[1]! : 1;
  const x = { label: 'seconds since the run started', from: 0, to };
  const memoryUnit = unitFor(Math.max(...series.memoryBytes));
  return [
    mermaidChart({ title: 'Cores in use, all shards', yLabel: 'cores', x, values: series.cores }),
    mermaidChart({
      title: 'Memory in use, all shards',
      yLabel: memoryUnit.name,
      x,
      values: series.memoryBytes.map((b) => b / memoryUnit.bytes),
    }),
  ].join('\n\n');
}

function unitFor(bytes: number): { name: string; bytes: number } {
  if (bytes >= 2 ** 30) return { name: 'GiB', bytes: 2 ** 30 };
  if (bytes >= 2 ** 20) return { name: 'MiB', bytes: 2 ** 20 };
  return { name: 'KiB', bytes: 2 ** 10 };
}
