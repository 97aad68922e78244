// Benchmark of start-up: how long each entry takes against `node -e 0` measured in the same run
// (rounds interleave every case; medians of RUNS). Prints two markdown tables: the times and the
// bundles' sizes.
//   source scripts/setup.sh && node scripts/run-ts.mjs bench/startup.ts     (or: npm run bench -- startup)
// PINSHIP_BENCH_DIST=DIR measures another bundle folder (e.g. a checkout of main's dist/).
// The CLI cases are timed to exit; the actions to their first line of output (without inputs, the
// step's input error; the post steps with nothing to clean up), or to exit when they print none.
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, openSync, closeSync, readFileSync, rmSync, statSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { generateRecord } from './report-fixtures.js';
import { staticClosure, treeBytes } from './startup-sizes.js';

const RUNS = 9;
const DIST = resolve(process.env.PINSHIP_BENCH_DIST ?? 'dist');
const CLI = join(DIST, 'cli', 'index.js');
const ACTIONS = ['build', 'pin', 'pin-post', 'run', 'run-post', 'report'];
const DIGEST = `sha256:${'a'.repeat(64)}`;

interface Case {
  label: string;
  args: string[];
  cwd?: string;
  input?: string;
  /** A file stdout goes to. */
  stdoutFile?: string;
  /** Time to the first line of output instead of to exit. */
  firstLine?: boolean;
}

/** Spawns node with `c.args`; resolves to milliseconds to exit (or to the first output line). */
function time(c: Case): Promise<number> {
  return new Promise((done, fail) => {
    const out = c.stdoutFile ? openSync(c.stdoutFile, 'w') : 'pipe';
    const t0 = performance.now();
    const child = spawn(process.execPath, c.args, {
      cwd: c.cwd,
      stdio: ['pipe', out, 'pipe'],
    });
    let first: number | undefined;
    const onData = (d: Buffer) => {
      if (first === undefined && d.includes(10)) first = performance.now() - t0;
    };
    child.stdout?.on('data', onData);
    child.stderr!.on('data', onData);
    let stderr = '';
    child.stderr!.on('data', (d: Buffer) => (stderr += d.toString('utf8')));
    child.stdin!.end(c.input ?? '');
    child.on('close', (code) => {
      const total = performance.now() - t0;
      if (typeof out === 'number') closeSync(out);
      if (code !== 0 && !c.firstLine) fail(new Error(`${c.label} exited ${code}: ${stderr}`));
      else done(c.firstLine && first !== undefined ? first : total);
    });
  });
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

/** A Git repository with one overlay already pinned to DIGEST: pinning it again changes nothing. */
function pinnedOverlay(root: string): string {
  const repo = join(root, 'pin');
  mkdirSync(join(repo, 'base'), { recursive: true });
  mkdirSync(join(repo, 'overlays', 'prod'), { recursive: true });
  writeFileSync(join(repo, 'base', 'kustomization.yaml'), 'resources: []\n');
  writeFileSync(
    join(repo, 'overlays', 'prod', 'kustomization.yaml'),
    `resources:\n- ../../base\nimages:\n- name: compute\n  newName: 127.0.0.1:5000/team/compute\n  digest: ${DIGEST}\n`,
  );
  execFileSync('git', ['init', '-q', repo]);
  execFileSync('git', ['-C', repo, 'add', '.']);
  execFileSync('git', ['-C', repo, '-c', 'user.name=b', '-c', 'user.email=b@example.com', 'commit', '-qm', 'pin']);
  return repo;
}

/** A one-file build context pushed once, so the next builds of it skip; returns the build's arguments. */
function skippingBuild(root: string): { args: string[]; input: string } {
  const registry = process.env.PINSHIP_TEST_REGISTRY;
  const passwordFile = process.env.PINSHIP_TEST_REGISTRY_PASSWORD_FILE;
  if (!registry || !passwordFile)
    throw new Error('run `source scripts/setup.sh` first (it starts the engine and registry)');
  const context = join(root, 'context');
  mkdirSync(context);
  const base = process.env.PINSHIP_TEST_BASE_IMAGE ?? 'pinship/busybox:base';
  writeFileSync(join(context, 'Dockerfile'), `FROM ${base}\nCOPY hello.txt /hello.txt\n`);
  writeFileSync(join(context, 'hello.txt'), `${Date.now()}\n`);
  const image = `${registry}/bench/startup-${process.pid}`;
  const user = process.env.PINSHIP_TEST_REGISTRY_USER ?? 'pinship';
  const args = [CLI, 'build', '--context', context, '--image', image, '--push', '--username', user, '--password-stdin'];
  const input = readFileSync(passwordFile, 'utf8');
  const cold = spawnSync(process.execPath, args, { input, encoding: 'utf8' });
  if (cold.status !== 0) throw new Error(`the first build failed: ${cold.stderr}`);
  return { args, input };
}

function cases(root: string): Case[] {
  const record = join(root, 'run.json');
  writeFileSync(record, JSON.stringify(generateRecord({ shards: 4 })));
  const build = skippingBuild(root);
  const noGit = join(root, 'elsewhere');
  mkdirSync(noGit);
  return [
    { label: 'node -e 0', args: ['-e', '0'] },
    { label: 'pinship --version', args: [CLI, '--version'] },
    { label: 'pinship --help', args: [CLI, '--help'] },
    ...['build', 'pin', 'run', 'report'].map((verb) => ({
      label: `pinship ${verb} --help`,
      args: [CLI, verb, '--help'],
    })),
    {
      label: 'pinship pin, nothing to change (1 overlay)',
      args: [CLI, 'pin', '--overlay', 'overlays/prod', '--image', `compute=127.0.0.1:5000/team/compute@${DIGEST}`],
      cwd: pinnedOverlay(root),
    },
    { label: 'pinship build, skips (registry answers)', ...build },
    {
      label: 'pinship report of 4 shards to a file',
      args: [CLI, 'report', '--run', record],
      cwd: noGit,
      stdoutFile: join(root, 'comment.md'),
    },
    ...ACTIONS.map((verb) => ({
      label: `${verb} action, to its first line`,
      args: [join(DIST, verb, 'index.js')],
      cwd: noGit,
      firstLine: true,
    })),
  ];
}

function sizeTable(): string[] {
  const rows = ['| bundle | entry file | loaded at start (static imports) |', '|---|---:|---:|'];
  const kb = (n: number) => `${(n / 1024).toFixed(0)} KB`;
  for (const name of [...ACTIONS, 'cli']) {
    const entry = join(DIST, name, 'index.js');
    rows.push(`| ${name} | ${kb(statSync(entry).size)} | ${kb(staticClosure(entry))} |`);
  }
  rows.push(`| all of ${DIST} | | ${kb(treeBytes(DIST))} |`);
  return rows;
}

async function main(): Promise<void> {
  const root = mkdtempSync(join(tmpdir(), 'pinship-bench-startup-'));
  try {
    const all = cases(root);
    const times = all.map(() => [] as number[]);
    for (let r = 0; r < RUNS; r++) for (const [i, c] of all.entries()) times[i]!.push(await time(c));
    const base = median(times[0]!);
    console.log(`start-up of ${DIST} on ${process.version}, median of ${RUNS} interleaved runs\n`);
    console.log('| what | median | × `node -e 0` | min |');
    console.log('|---|---:|---:|---:|');
    for (const [i, c] of all.entries()) {
      const t = times[i]!;
      const ms = (v: number) => `${v.toFixed(0)} ms`;
      console.log(`| ${c.label} | ${ms(median(t))} | ${(median(t) / base).toFixed(2)} | ${ms(Math.min(...t))} |`);
    }
    console.log('');
    for (const row of sizeTable()) console.log(row);
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}

await main();
