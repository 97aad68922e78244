// Benchmark of `pinship run` on the local engine. Prints a markdown table.
//   npm run bench -- run   (or: source scripts/setup.sh && node scripts/run-ts.mjs bench/run.ts [--rounds N])
// 1. 32 shards of a tiny program at parallelism 8: the bundled CLI against `docker run --rm
//    --network none` of the same containers from a shell loop (xargs -P 8), alternating, same run.
// 2. The pinship process's CPU while it follows 8 running shards (stats streams, log streams).
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { connectEngine } from '../src/docker/engine.js';
import { silentLogger } from '../src/log/silent-logger.js';
import type { Logger } from '../src/log/logger.js';
import { LocalBackend } from '../src/run/local/local-backend.js';
import { runShards } from '../src/run/local/run-shards.js';

// Run from the repository root (npm run bench does): this file is bundled before it runs.
const ROOT = process.cwd();
const IMAGE = process.env.PINSHIP_TEST_BASE_IMAGE ?? 'pinship/busybox:base';
const SHARDS = 32;
const PARALLELISM = 8;
const PROGRAM = 'echo "pinship:result {\\"i\\": $JOB_COMPLETION_INDEX}"';
const roundsFlag = process.argv.indexOf('--rounds');
const ROUNDS = roundsFlag === -1 ? 2 : Number(process.argv[roundsFlag + 1]);

function timed(fn: () => void): number {
  const start = process.hrtime.bigint();
  fn();
  return Number(process.hrtime.bigint() - start) / 1e9;
}

function pinshipCli(): number {
  const dir = mkdtempSync(join(tmpdir(), 'pinship-bench-'));
  try {
    return timed(() => {
      const r = spawnSync(
        join(ROOT, 'node_modules/.bin/node'),
        [
          join(ROOT, 'dist/cli/index.js'),
          'run',
          '--local',
          IMAGE,
          '--shards',
          String(SHARDS),
          '--parallelism',
          String(PARALLELISM),
          '--output-dir',
          dir,
          '--',
          'sh',
          '-c',
          PROGRAM,
        ],
        { encoding: 'utf8' },
      );
      if (r.status !== 0) throw new Error(`pinship run failed: ${r.stderr}`);
    });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function dockerLoop(): number {
  // The same containers: index in the env, no network, removed after; what a shell script would do.
  const script =
    `seq 0 ${SHARDS - 1} | xargs -P ${PARALLELISM} -I{} /usr/bin/docker run --rm --network none --label ` +
    `io.pinship.bench=1 -e JOB_COMPLETION_INDEX={} -e JOB_COMPLETION_COUNT=${SHARDS} ${IMAGE} sh -c '${PROGRAM}' ` +
    '>/dev/null';
  return timed(() => {
    const r = spawnSync('bash', ['-c', script], { encoding: 'utf8' });
    if (r.status !== 0) throw new Error(`docker loop failed: ${r.stderr}`);
  });
}

/** CPU of this process, in % of one core, over `windowMs` while `shards` shards sleep. */
async function samplingCost(stats: boolean, windowMs = 4000): Promise<number> {
  const docker = await connectEngine();
  const dir = mkdtempSync(join(tmpdir(), 'pinship-bench-'));
  let resolveRunning: () => void = () => {};
  const allRunning = new Promise<void>((r) => (resolveRunning = r));
  const log: Logger = {
    ...silentLogger,
    progress: (line) => line.includes(`${PARALLELISM} running`) && resolveRunning(),
  };
  const run = runShards({
    image: IMAGE,
    shards: PARALLELISM,
    parallelism: PARALLELISM,
    args: ['sleep', String(windowMs / 1000 + 4)],
    outputDir: dir,
    log,
    backend: new LocalBackend(docker, { stats }),
  });
  await allRunning;
  await new Promise((r) => setTimeout(r, 1000)); // let every stats stream settle in
  const before = process.cpuUsage();
  const start = process.hrtime.bigint();
  await new Promise((r) => setTimeout(r, windowMs));
  const used = process.cpuUsage(before);
  const wall = Number(process.hrtime.bigint() - start) / 1000;
  const { record } = await run;
  rmSync(dir, { recursive: true, force: true });
  if (record.conclusion !== 'success') throw new Error(`sampling run ${record.conclusion}`);
  return ((used.user + used.system) / wall) * 100;
}

const bundled = spawnSync(process.execPath, ['scripts/bundle.mjs'], { cwd: ROOT, encoding: 'utf8' });
if (bundled.status !== 0) throw new Error(`bundling failed: ${bundled.stderr}`);

const pinship: number[] = [];
const docker: number[] = [];
for (let round = 0; round < ROUNDS; round++) {
  // Alternate which goes first so that neither always meets a warmer engine.
  if (round % 2 === 0) {
    docker.push(dockerLoop());
    pinship.push(pinshipCli());
  } else {
    pinship.push(pinshipCli());
    docker.push(dockerLoop());
  }
}
const median = (xs: number[]) => {
  const sorted = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
};
const withStats = await samplingCost(true);
const withoutStats = await samplingCost(false);
const ratio = median(pinship) / median(docker);

const rows = [
  ['measurement', 'pinship', 'docker CLI loop', 'ratio', 'target', 'ok'],
  ['---', '---', '---', '---', '---', '---'],
  [
    `${SHARDS} shards at parallelism ${PARALLELISM}, wall time (median of ${ROUNDS}; all: ` +
      `${pinship.map((s) => s.toFixed(2)).join(', ')} vs ${docker.map((s) => s.toFixed(2)).join(', ')})`,
    `${median(pinship).toFixed(2)} s`,
    `${median(docker).toFixed(2)} s`,
    `${ratio.toFixed(2)}×`,
    '≤ 1.30×',
    ratio <= 1.3 ? 'yes' : 'no',
  ],
  [
    `per shard (wall × parallelism / shards)`,
    `${((median(pinship) * PARALLELISM) / SHARDS).toFixed(2)} s`,
    `${((median(docker) * PARALLELISM) / SHARDS).toFixed(2)} s`,
    '',
    '',
    '',
  ],
  [
    `CPU of pinship following ${PARALLELISM} running shards, stats on`,
    `${withStats.toFixed(2)} % of a core`,
    '',
    '',
    '< 5 %',
    withStats < 5 ? 'yes' : 'no',
  ],
  [`same, stats off (log streams and waits only)`, `${withoutStats.toFixed(2)} % of a core`, '', '', '', ''],
];
console.log(rows.map((r) => `| ${r.join(' | ')} |`).join('\n'));
