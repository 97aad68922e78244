// The demo's report step: reads a run record and prints its headline, the per-shard table and
// what the example program computed (the sum of the shards' partial integrals is pi).
// The `report` verb (PR comment, check, job summary) replaces this when it lands.
import { readFileSync } from 'node:fs';
import type { RunRecord } from '../src/record/types.js';
import { assertRunRecord } from '../src/record/validate.js';
import { headline, shardTable } from '../src/run/summary.js';

const file = process.argv[2];
if (!file) throw new Error('usage: demo-report RUN.json');
const record = JSON.parse(readFileSync(file, 'utf8')) as RunRecord;
assertRunRecord(record);

// Cells can carry program output: keep each on one line and its pipes out of the table syntax.
const cell = (text: string) => text.replace(/\r?\n/g, ' ').replace(/\|/g, '\\|');
const [header, ...rows] = shardTable(record);
console.log(`${record.image.ref}: ${headline(record)}\n`);
console.log(`| ${header!.map(cell).join(' | ')} |`);
console.log(`|${header!.map(() => '---').join('|')}|`);
for (const row of rows) console.log(`| ${row.map(cell).join(' | ')} |`);

const partials = record.shards.flatMap((s) => s.results.map((r) => (r.value as { partial?: unknown }).partial));
const numbers = partials.filter((p): p is number => typeof p === 'number');
if (numbers.length) {
  const pi = numbers.reduce((a, b) => a + b, 0);
  console.log(`\npi ≈ ${pi.toFixed(12)} from ${numbers.length} shard results (error ${Math.abs(pi - Math.PI).toExponential(2)})`);
}
