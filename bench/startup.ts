// Benchmark of start-up: how long each entry takes against `node -e 0` measured in the same run
// (rounds interleave every case; medians of RUNS). Prints two markdown tables: the times and the
// bundles' sizes.
//   source scripts/setup.sh && node scripts/run-ts.mjs bench/startup.ts     (or: npm run bench -- startup)
// PINSHIP_BENCH_DIST=DIR measures another bundle folder (e.g. a checkout of main's dist/).
// PINSHIP_BENCH_BEFORE=DIR also times the actions of DIR, in the same rounds (a before/after on one load).
// The CLI cases are timed to exit; the actions to their first line of output (without inputs, the
// step's input error; the post steps with nothing to clean up), or to exit when they print none.
// The skipping build and the report have work of their own (the engine's, the registry's and git's
// answers; reading the record): bench/startup-own-work.mjs does that work alone, in the same
// rounds, and "beyond own work" is the case's time less the script's time above `node -e 0`.
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, openSync, closeSync, readFileSync, rmSync, statSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { generateRecord } from './report-fixtures.js';
import { loadedBytes, staticClosure, treeBytes } from './startup-sizes.js';

const RUNS = 9;
const DIST = resolve(process.env.PINSHIP_BENCH_DIST ?? 'dist');
const CLI = join(DIST, 'cli', 'index.js');
const BEFORE = process.env.PINSHIP_BENCH_BEFORE ? resolve(process.env.PINSHIP_BENCH_BEFORE) : undefined;
const ACTIONS = ['build', 'pin', 'pin-post', 'run', 'run-post', 'report', 'pipeline', 'pipeline-post'];
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
  /** The label of the case that does this case's own work alone. */
  ownWork?: string;
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

const OWN_WORK = resolve('bench/startup-own-work.mjs');

/**
 * A one-file build context pushed once, so the next builds of it skip; returns the build's
 * arguments, and the own-work script's.
 */
function skippingBuild(root: string): { args: string[]; input: string; ownWork: string[] } {
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
  const cold = spawnSync(process.execPath, [...args, '--json'], { input, encoding: 'utf8' });
  if (cold.status !== 0) throw new Error(`the first build failed: ${cold.stderr}`);
  const inTag = (JSON.parse(cold.stdout) as { tags: string[] }).tags.at(-1)!;
  const repository = image.slice(registry.length + 1);
  return { args, input, ownWork: [OWN_WORK, 'build', registry, repository, inTag, base, context] };
}

const OWN_BUILD = '↳ its own work alone (bench/startup-own-work.mjs build)';
const OWN_REPORT = '↳ its own work alone (bench/startup-own-work.mjs report)';

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
    { label: 'pinship build, skips (registry answers)', args: build.args, input: build.input, ownWork: OWN_BUILD },
    { label: OWN_BUILD, args: build.ownWork, input: build.input },
    {
      label: 'pinship report of 4 shards to a file',
      args: [CLI, 'report', '--run', record],
      cwd: noGit,
      stdoutFile: join(root, 'comment.md'),
      ownWork: OWN_REPORT,
    },
    { label: OWN_REPORT, args: [OWN_WORK, 'report', record], cwd: noGit, stdoutFile: join(root, 'own-comment.md') },
    ...ACTIONS.map((verb) => ({
      label: `${verb} action, to its first line`,
      args: [join(DIST, verb, 'index.js')],
      cwd: noGit,
      firstLine: true,
    })),
    ...(BEFORE ? ACTIONS : []).map((verb) => ({
      label: `${verb} action of ${BEFORE}, to its first line`,
      args: [join(BEFORE!, verb, 'index.js')],
      cwd: noGit,
      firstLine: true,
    })),
  ];
}

const kb = (n: number) => `${(n / 1024).toFixed(0)} KB`;

function sizeTable(dist: string): string[] {
  const rows = ['| bundle | entry file | loaded at start (static imports) |', '|---|---:|---:|'];
  for (const name of [...ACTIONS, 'cli']) {
    const entry = join(dist, name, 'index.js');
    rows.push(`| ${name} | ${kb(statSync(entry).size)} | ${kb(staticClosure(entry))} |`);
  }
  rows.push(`| all of ${dist} | | ${kb(treeBytes(dist))} |`);
  return rows;
}

/** What each CLI case loads of the bundles, static and `await import()`ed. */
function loadedTable(all: Case[]): string[] {
  const rows = ['| what | bundle files loaded |', '|---|---:|'];
  for (const c of all.filter((c) => c.args[0] === CLI))
    rows.push(`| ${c.label} | ${kb(loadedBytes(DIST, c.args, { cwd: c.cwd, input: c.input ?? '' }))} |`);
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
    console.log('| what | median | × `node -e 0` | beyond own work | min | beyond own work, of the minimums |');
    console.log('|---|---:|---:|---:|---:|---:|');
    const medians = new Map(all.map((c, i) => [c.label, median(times[i]!)]));
    const minimums = new Map(all.map((c, i) => [c.label, Math.min(...times[i]!)]));
    // The case's time less what its own work takes above bare Node, against bare Node.
    const beyond = (c: Case, of: Map<string, number>) => {
      const bare = of.get(all[0]!.label)!;
      return c.ownWork ? `${((of.get(c.label)! - of.get(c.ownWork)! + bare) / bare).toFixed(2)}` : '';
    };
    for (const c of all) {
      const [t, min] = [medians.get(c.label)!, minimums.get(c.label)!];
      const ms = (v: number) => `${v.toFixed(0)} ms`;
      const ratio = (t / base).toFixed(2);
      console.log(`| ${c.label} | ${ms(t)} | ${ratio} | ${beyond(c, medians)} | ${ms(min)} | ${beyond(c, minimums)} |`);
    }
    console.log('');
    for (const row of loadedTable(all)) console.log(row);
    for (const dist of BEFORE ? [DIST, BEFORE] : [DIST]) console.log(['', ...sizeTable(dist)].join('\n'));
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}

await main();
