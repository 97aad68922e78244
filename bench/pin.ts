// Benchmark of `pinship pin`. Prints a markdown table.
//   source scripts/setup.sh && node scripts/run-ts.mjs bench/pin.ts     (or: npm run bench -- pin)
// On a generated repository of 1,000 overlays (3 images each, comments, four styles: block,
// indented block with quotes and patches, flow, CRLF), in one run:
// 1. pin one image everywhere (parse, splice, verify by re-parsing, atomic write), into overlays
//    that already hold the Job-roll patch (no kubectl), and with --no-job-roll;
// 1b. the first pin's Job-roll decision: overlays without the patch are built with
//    `kubectl kustomize` (once each, 4 at a time), measured on a few of them, per overlay;
// 2. the floor: read and rewrite the same files unchanged (same atomic write; plain writeFile too);
// 3. for reference, a naive parse-and-restringify with `yaml` (what formatting-losing tools do);
// 4. peak RSS of pinning 250, 500 and 1,000 overlays, each in its own process.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseDocument } from 'yaml';
import { silentLogger } from '../src/log/silent-logger.js';
import { writeFileAtomic } from '../src/fs/atomic-write.js';
import { parseImagePins } from '../src/pin/image-pins.js';
import { resolveOverlay } from '../src/pin/overlay.js';
import { pin } from '../src/pin/pin.js';
import { generateOverlays } from './pin-fixtures.js';

const OVERLAYS = 1000;
const RUNS = 5;
/** Overlays pinned for the first time (no Job-roll patch yet): each costs a kubectl build. */
const FIRST_PINS = 20;
const images = parseImagePins([`compute=127.0.0.1:5000/team/compute@sha256:${'a'.repeat(64)}`]);

if (process.argv[2] === 'child') await child(Number(process.argv[3]));
else await main();

/** Child process: pins `count` overlays and prints peak RSS and heap. */
async function child(count: number): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'pinship-bench-mem-'));
  const overlays = generateOverlays(dir, count, { jobRoll: true });
  const before = process.resourceUsage().maxRSS / 1024;
  const result = await pin({ repo: dir, overlays, images, log: silentLogger });
  const files = result.files.length;
  rmSync(dir, { recursive: true, force: true });
  process.stdout.write(
    JSON.stringify({
      files,
      baseRssMB: before,
      maxRssMB: process.resourceUsage().maxRSS / 1024,
      heapMB: process.memoryUsage().heapUsed / 2 ** 20,
    }),
  );
}

async function timed(
  label: string,
  template: string,
  overlays: string[],
  fn: (dir: string, overlays: string[]) => Promise<void>,
) {
  const times: number[] = [];
  for (let r = 0; r < RUNS; r++) {
    const dir = mkdtempSync(join(tmpdir(), 'pinship-bench-run-'));
    cpSync(template, dir, { recursive: true });
    const t0 = performance.now();
    await fn(dir, overlays);
    times.push(performance.now() - t0);
    rmSync(dir, { recursive: true, force: true });
  }
  times.sort((a, b) => a - b);
  return { label, median: times[Math.floor(RUNS / 2)]!, min: times[0]! };
}

async function main(): Promise<void> {
  const template = mkdtempSync(join(tmpdir(), 'pinship-bench-pin-'));
  const overlays = generateOverlays(template, OVERLAYS, { jobRoll: true });
  const fresh = mkdtempSync(join(tmpdir(), 'pinship-bench-pin-fresh-'));
  const freshOverlays = generateOverlays(fresh, FIRST_PINS);
  const files = (dir: string) => overlays.map((o) => resolveOverlay(dir, o).path);

  const rows = [];
  rows.push(
    await timed('floor: read + atomic rewrite unchanged (temp file + rename)', template, overlays, async (dir) => {
      for (const f of files(dir)) await writeFileAtomic(f, await readFile(f, 'utf8'));
    }),
  );
  rows.push(
    await timed('floor: read + writeFile in place', template, overlays, async (dir) => {
      for (const f of files(dir)) await writeFile(f, await readFile(f, 'utf8'));
    }),
  );
  rows.push(
    await timed(
      'pinship pin: 1 image into every overlay (Job-roll patch already there)',
      template,
      overlays,
      async (dir, o) => {
        const r = await pin({ repo: dir, overlays: o, images, log: silentLogger });
        if (r.files.length !== OVERLAYS) throw new Error(`pinned ${r.files.length} files`);
      },
    ),
  );
  rows.push(
    await timed('pinship pin --no-job-roll', template, overlays, async (dir, o) => {
      await pin({ repo: dir, overlays: o, images, log: silentLogger, rollJobs: false });
    }),
  );
  rows.push(
    await timed(
      'reference: naive yaml parseDocument + toString (loses formatting)',
      template,
      overlays,
      async (dir) => {
        for (const f of files(dir)) await writeFileAtomic(f, parseDocument(await readFile(f, 'utf8')).toString());
      },
    ),
  );
  const first = await timed(
    `first pin, deciding the Job-roll patch (kubectl kustomize each), ${FIRST_PINS} overlays`,
    fresh,
    freshOverlays,
    async (dir, o) => {
      await pin({ repo: dir, overlays: o, images, log: silentLogger });
    },
  );
  const floor = rows[0]!.median;
  console.log(
    `Pinning ${OVERLAYS} overlays (3 images each, 4 styles), median of ${RUNS} runs, Node ${process.version}:\n`,
  );
  console.log('| operation | median ms | min ms | x floor (atomic) |');
  console.log('|---|---:|---:|---:|');
  for (const r of rows)
    console.log(`| ${r.label} | ${r.median.toFixed(0)} | ${r.min.toFixed(0)} | ${(r.median / floor).toFixed(2)} |`);
  const perOverlay = first.median / FIRST_PINS;
  console.log(
    `| ${first.label} | ${first.median.toFixed(0)} | ${first.min.toFixed(0)} | ${perOverlay.toFixed(0)} ms per ` +
      `overlay (floor: ${(floor / OVERLAYS).toFixed(2)}) |`,
  );

  console.log('\nPeak memory of one pin call, each in a fresh process:\n');
  console.log('| overlays | files pinned | peak RSS MB | RSS before pin MB | heap after MB |');
  console.log('|---:|---:|---:|---:|---:|');
  for (const n of [250, 500, 1000]) {
    const out = spawnSync(process.execPath, [process.argv[1]!, 'child', String(n)], { encoding: 'utf8' });
    if (out.status !== 0) throw new Error(out.stderr);
    const m = JSON.parse(out.stdout);
    console.log(
      `| ${n} | ${m.files} | ${m.maxRssMB.toFixed(1)} | ${m.baseRssMB.toFixed(1)} | ${m.heapMB.toFixed(1)} |`,
    );
  }
  rmSync(template, { recursive: true, force: true });
  rmSync(fresh, { recursive: true, force: true });
}
