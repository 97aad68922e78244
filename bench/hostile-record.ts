// Benchmark of refusing a hostile run record, as `pinship report` reads one from a fork's artifact.
//   node scripts/run-ts.mjs bench/hostile-record.ts
// A 20,000-shard record is written with every shard invalid in one of three shapes (a shard that is
// `{}`, a bad status, a `resources` matching neither branch of its oneOf) and one valid but for its
// last shard; each is timed through readRunRecord, against reading and JSON.parse of the same file.
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { readRunRecord } from '../src/record/read.js';
import type { ShardRecord } from '../src/record/types.js';
import { runRecordProblems } from '../src/record/validate.js';
import { generateRecord } from './report-fixtures.js';

const SHARDS = 20_000;
const record = generateRecord({ shards: SHARDS, samples: 2 });
const shapes: Record<string, (shard: ShardRecord, index: number) => unknown> = {
  'every shard `{}`': () => ({}),
  'every status invalid': (s) => ({ ...s, status: 'bogus' }),
  'every `resources` invalid (oneOf)': (s) => ({ ...s, resources: { x: 1 } }),
  'only the last shard invalid': (s, i) => (i === SHARDS - 1 ? { ...s, status: 'bogus' } : s),
};
// The schema compiles on first use; compile it before timing.
runRecordProblems({});
const file = join(process.cwd(), '.pinship', `hostile-record-${process.pid}.json`);
console.log(`| ${SHARDS.toLocaleString('en')} shards | refused in | read + JSON.parse alone | ratio | first error |`);
console.log('|---|---|---|---|---|');
try {
  for (const [name, shape] of Object.entries(shapes)) {
    writeFileSync(file, JSON.stringify({ ...record, shards: record.shards.map(shape) }));
    let start = performance.now();
    JSON.parse(readFileSync(file, 'utf8'));
    const floor = performance.now() - start;
    start = performance.now();
    const error = await readRunRecord(file).then(
      () => 'accepted!',
      (err: Error) => err.message.slice(file.length + 2, file.length + 70),
    );
    const refused = performance.now() - start;
    console.log(`| ${name} | ${ms(refused)} | ${ms(floor)} | ${(refused / floor).toFixed(1)}× | ${error} |`);
  }
} finally {
  rmSync(file, { force: true });
}

function ms(value: number): string {
  return `${Math.round(value)} ms`;
}
