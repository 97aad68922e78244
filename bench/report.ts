// Benchmark of the report's rendering. Prints a markdown table.
//   source scripts/setup.sh && node scripts/run-ts.mjs bench/report.ts   (or: npm run bench -- report)
// A generated 10,000-shard record (one attempt each, 120 samples per attempt, results) is written
// to a file; each case then runs in its own process (so peak RSS is its own), several rounds:
// 1. the floor: read the file and JSON.parse it;
// 2. read, JSON.parse and renderReport (comment and job summary), timing renderReport alone;
// 3. for reference, the same with a baseline of the same size (a second file parsed) and the
//    record validated against its schema, as `pinship report` does.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { RunRecord } from '../src/record/types.js';
import { assertRunRecord } from '../src/record/validate.js';
import { COMMENT_BUDGET, renderReport } from '../src/report/render/index.js';
import { generateRecord } from './report-fixtures.js';
import { measureRequests } from './report-requests.js';

const SHARDS = 10_000;
const SAMPLES = 120;
const roundsFlag = process.argv.indexOf('--rounds');
const ROUNDS = roundsFlag === -1 ? 3 : Number(process.argv[roundsFlag + 1]);

type Case = 'idle' | 'parse' | 'render' | 'full';
interface Measured {
  parseSeconds: number;
  renderSeconds: number;
  maxRssBytes: number;
  commentChars: number;
}

if (process.argv[2] === 'child') child(process.argv[3] as Case, process.argv[4]!, process.argv[5]);
else await main();

/** One case in this process: prints its timings and peak RSS as JSON. */
function child(which: Case, file: string, baselineFile: string | undefined): void {
  if (which === 'idle') {
    const idle: Measured = { parseSeconds: 0, renderSeconds: 0, maxRssBytes: maxRss(), commentChars: 0 };
    process.stdout.write(JSON.stringify(idle));
    return;
  }
  const parse = (path: string) => JSON.parse(readFileSync(path, 'utf8')) as RunRecord;
  let start = process.hrtime.bigint();
  const record = parse(file);
  const parseSeconds = seconds(start);
  let renderSeconds = 0;
  let commentChars = 0;
  if (which !== 'parse') {
    const baseline = which === 'full' ? parse(baselineFile!) : null;
    start = process.hrtime.bigint();
    if (which === 'full') assertRunRecord(record, file);
    const report = renderReport({
      record,
      experiment: 'default',
      baseline,
      trend: baseline ? [baseline] : [],
      metrics: [{ key: 'partial', better: 'higher' }],
      thresholdPct: 10,
      trendOpen: false,
      summaryUrl: 'https://github.com/o/r/actions/runs/1',
    });
    renderSeconds = seconds(start);
    commentChars = report.comment.length;
  }
  const measured: Measured = { parseSeconds, renderSeconds, maxRssBytes: maxRss(), commentChars };
  process.stdout.write(JSON.stringify(measured));
}

/** Peak resident set size of this process, in bytes. */
function maxRss(): number {
  return process.resourceUsage().maxRSS * 1024;
}

function seconds(start: bigint): number {
  return Number(process.hrtime.bigint() - start) / 1e9;
}

function run(which: Case, file: string, baselineFile: string): Measured {
  const r = spawnSync(process.execPath, [process.argv[1]!, 'child', which, file, baselineFile], { encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`bench case ${which} failed: ${r.stderr}`);
  return JSON.parse(r.stdout) as Measured;
}

function median(xs: number[]): number {
  const sorted = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

async function main(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'pinship-bench-report-'));
  try {
    const file = join(dir, 'run.json');
    const baselineFile = join(dir, 'baseline.json');
    const failed = new Map(Array.from({ length: 100 }, (_, i) => [i * 100, ['step 1', 'stderr: diverged']]));
    const shape = { shards: SHARDS, samples: SAMPLES, shardSeconds: 120 };
    writeFileSync(file, JSON.stringify(generateRecord({ ...shape, failed })));
    writeFileSync(baselineFile, JSON.stringify(generateRecord({ ...shape, id: 'base' })));
    const size = statSync(file).size;
    const cases: Record<Case, Measured[]> = { idle: [], parse: [], render: [], full: [] };
    for (let round = 0; round < ROUNDS; round++) {
      for (const which of ['idle', 'parse', 'render', 'full'] as const) {
        cases[which].push(run(which, file, baselineFile));
      }
    }
    const parseTime = median(cases.parse.map((m) => m.parseSeconds));
    const renderTime = median(cases.render.map((m) => m.renderSeconds));
    const fullTime = median(cases.full.map((m) => m.renderSeconds));
    const rss = (c: Case) => Math.max(...cases[c].map((m) => m.maxRssBytes));
    const mb = (bytes: number) => `${(bytes / 2 ** 20).toFixed(0)} MiB`;
    const timeRatio = renderTime / parseTime;
    // A Node process holds ~40-50 MiB before it reads anything; what the file costs is the rest.
    const idle = rss('idle');
    const rssRatio = (rss('render') - idle) / size;
    const rows = [
      ['measurement', 'report', 'JSON.parse', 'ratio', 'target', 'ok'],
      ['---', '---', '---', '---', '---', '---'],
      [
        `renderReport of ${SHARDS.toLocaleString('en')} shards × ${SAMPLES} samples (${mb(size)} file), ` +
          `median of ${ROUNDS}`,
        `${renderTime.toFixed(3)} s`,
        `${parseTime.toFixed(3)} s`,
        `${timeRatio.toFixed(2)}×`,
        '≤ 2×',
        timeRatio <= 2 ? 'yes' : 'no',
      ],
      [
        `peak RSS of read + parse + render above an idle Node process (${mb(idle)}), against the file size`,
        mb(rss('render') - idle),
        `${mb(rss('parse') - idle)} (read + parse only)`,
        `${rssRatio.toFixed(2)}× the file (${(rss('render') / size).toFixed(2)}× counting the idle process)`,
        '< 3× the file',
        rssRatio < 3 ? 'yes' : 'no',
      ],
      [
        'for reference: validate + render with a baseline of the same size (2 files parsed)',
        `${fullTime.toFixed(3)} s`,
        '',
        `${((rss('full') - idle) / size).toFixed(2)}× one file (${mb(rss('full') - idle)} above idle)`,
        '',
        '',
      ],
      [
        'comment length',
        `${cases.render[0]!.commentChars.toLocaleString('en')} characters`,
        '',
        '',
        `≤ ${COMMENT_BUDGET.toLocaleString('en')}`,
        '',
      ],
    ];
    console.log(rows.map((r) => `| ${r.join(' | ')} |`).join('\n'));
    // Posting: GitHub API requests per report, counted at the stand-in.
    const header = [
      ['report posted to a pull request', 'API requests', 'target', 'ok'],
      ['---', '---', '---', '---'],
    ];
    const requests = [...header, ...(await measureRequests())];
    console.log(`\n${requests.map((r) => `| ${r.join(' | ')} |`).join('\n')}`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
