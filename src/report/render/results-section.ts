import { codeSpan } from '../../github/escape.js';
import type { ShardRecord } from '../../record/types.js';
import type { KeyAggregate } from './aggregate.js';
import { STATS, type Delta, type KeyComparison } from './compare.js';
import { formatNumber, formatPct } from './format.js';
import type { Limits } from './limits.js';
import type { ReportModel } from './model.js';
import { moreLine } from './more.js';
import { markdownTable } from './table.js';

/** Results: per shard for small runs, then each key aggregated over all shards. */
export function resultsSection(model: ReportModel, limits: Limits): string {
  const { record } = model;
  if (model.keys.length === 0) {
    return `#### Results\n\nNo result lines (\`pinship:result {json}\` on stdout).`;
  }
  const parts = ['#### Results'];
  if (record.shards.length <= limits.shardRows && limits.shardKeys > 0) {
    parts.push(
      perShardTable(
        record.shards,
        model.keys.slice(0, limits.shardKeys).map((k) => k.aggregate.key),
      ),
    );
  }
  const keys = model.keys.slice(0, limits.keys);
  parts.push(aggregateTable(keys, limits, model.input.baseline !== null));
  const hidden = model.keys.length - keys.length;
  if (hidden > 0) parts.push(moreLine(model, `${hidden} more result keys`));
  return parts.join('\n\n');
}

/** One row per shard: its status and the last value of each key among its result lines. */
function perShardTable(shards: ShardRecord[], keys: string[]): string {
  const rows = shards.map((shard) => {
    const last = new Map<string, unknown>();
    for (const r of shard.results) for (const key of keys) if (key in r.value) last.set(key, r.value[key]);
    const cells = keys.map((key) => (last.has(key) ? valueCell(last.get(key)) : ''));
    return [String(shard.index), shard.status, String(shard.results.length), ...cells];
  });
  const header = ['Shard', 'Status', 'Lines', ...keys.map((k) => codeSpan(k, 60))];
  return markdownTable(header, rows, [0, 2]);
}

function valueCell(value: unknown): string {
  if (typeof value === 'number' && Number.isFinite(value)) return formatNumber(value);
  return codeSpan(typeof value === 'string' ? value : (JSON.stringify(value) ?? String(value)), 80);
}

/** count, mean, min, max, sum of each key, with the change from the baseline per aggregate. */
function aggregateTable(keys: KeyComparison[], limits: Limits, withBaseline: boolean): string {
  const rows = keys.map(({ aggregate, better, deltas }) => {
    const name = `${codeSpan(aggregate.key, 60)}${better ? ` (${better} is better)` : ''}`;
    const n = aggregate.numeric;
    const stats = STATS.map((stat) => (n ? statCell(n[stat], deltas[stat], withBaseline) : ''));
    return [name, String(n?.count ?? 0), ...stats, othersCell(aggregate, limits.otherValues)];
  });
  const header = ['Key', 'Numbers', 'Mean', 'Min', 'Max', 'Sum', 'Other values'];
  return markdownTable(header, rows, [1, 2, 3, 4, 5]);
}

function statCell(value: number, delta: Delta | undefined, withBaseline: boolean): string {
  if (!withBaseline || !delta) return formatNumber(value);
  return `${formatNumber(value)} (${formatPct(delta.pct)}${delta.regression ? ' ⚠️' : ''})`;
}

/** `` `ok` ×8, `nan` ×2 `` and how many more distinct values there were. */
function othersCell(aggregate: KeyAggregate, max: number): string {
  if (aggregate.distinctOthers === 0) return '';
  const shown = aggregate.others.slice(0, max).map((o) => `${codeSpan(o.value, 60)} ×${o.count}`);
  const hidden = aggregate.distinctOthers - shown.length;
  if (hidden > 0) shown.push(`${hidden} more`);
  return shown.join(', ');
}
