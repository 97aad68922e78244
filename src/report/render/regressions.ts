import { codeSpan } from '../../github/escape.js';
import { STATS } from './compare.js';
import { formatNumber, formatPct } from './format.js';
import type { ReportModel } from './model.js';

/**
 * One line per metric that moved beyond the threshold in its worse direction, e.g.
 * `Wall time +25.0 % (9.8 s → 12.3 s)`. Inert Markdown: result keys are code spans.
 */
export function regressionLines(model: ReportModel): string[] {
  const lines: string[] = [];
  for (const row of model.resources) {
    if (row.delta?.regression) {
      const { pct, base, current } = row.delta;
      lines.push(`${row.label} ${formatPct(pct)} (${row.format(base)} → ${row.format(current)})`);
    }
  }
  for (const key of model.keys) {
    for (const stat of STATS) {
      const d = key.deltas[stat];
      if (!d?.regression) continue;
      const change = `${formatNumber(d.base)} → ${formatNumber(d.current)}, ${key.better} is better`;
      lines.push(`${codeSpan(key.aggregate.key, 60)} ${stat} ${formatPct(d.pct)} (${change})`);
    }
  }
  return lines;
}
