import { inertText } from '../../github/escape.js';
import { shardTable } from '../../record/summary.js';
import type { Limits } from './limits.js';
import type { ReportModel } from './model.js';
import { markdownTable } from './table.js';

/** Every shard's status and resources, folded, for runs small enough to list. */
export function shardsSection(model: ReportModel, limits: Limits): string {
  const shards = model.record.shards.length;
  if (shards > limits.shardRows || shards === 0) return '';
  const [header, ...rows] = shardTable(model.record).map((row) => row.map((cell) => inertText(cell)));
  const table = markdownTable(header!, rows, [0, 2, 3, 5, 6]);
  return `<details><summary>Shards (${shards})</summary>\n\n${table}\n\n</details>`;
}
