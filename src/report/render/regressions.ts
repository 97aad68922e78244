import { codeSpan } from '../../github/escape.js';
import { STATS } from './compare.js';
import { formatNumber, formatPct } from './format.js';
import type { ReportModel } from './model.js';

/**
 * One line per metric that moved beyond the threshold in its worse direction, with the rule that
 * marked it, e.g. `Wall time +25.0 % (9.8 s → 16.3 s; beyond 10 % and the 5 s floor)`. Inert
 * Markdown: result keys are code spans.
 */
export function regressionLines(model: ReportModel): string[] {
  const lines: string[] = [];
  for (const row of model.resources) {
    if (row.delta?.regression) {
      const { pct, base, current } = row.delta;
      lines.push(`${row.label} ${formatPct(pct)} (${row.format(base)} → ${row.format(current)}; ${row.delta.rule})`);
    }
  }
  for (const key of model.keys) {
    for (const stat of STATS) {
      const d = key.deltas[stat];
      if (!d?.regression) continue;
      const change = `${formatNumber(d.base)} → ${formatNumber(d.current)}, ${key.better} is better; ${d.rule}`;
      lines.push(`${codeSpan(key.aggregate.key, 60)} ${stat} ${formatPct(d.pct)} (${change})`);
    }
  }
  return lines;
}
