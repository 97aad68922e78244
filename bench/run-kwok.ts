// Scale benchmark of `pinship run --overlay` on kwok's simulated nodes (scripts/kube/kwok.sh),
// against the test cluster's own API server. Prints markdown tables.
//   source scripts/setup.sh && node scripts/run-ts.mjs bench/run-kwok.ts [--indexes 2500,10000,1000@10]
//     [--parallelism 1000] [--timeout 2400] [--src DIR]
// `N@P` runs N indexes at parallelism P instead of --parallelism: the same pods over a longer time.
// --src bundles the CLI from another copy of src/ (say, an earlier commit's, from `git archive`,
// unpacked under .pinship/ so that its imports resolve from this tree's node_modules).
// For each size (after a 1-index run, the baseline): an Indexed Job of that many completions on
// the fake nodes, annotated `pinship.dev/logs: none` (the API server cannot reach a fake node's
// kubelet), run by the CLI bundled as dist/ is, in a child process of its own: its peak RSS is
// read from /proc/<pid>/status (VmHWM), its requests are counted by the API server per category
// (one FlowSchema each for its ServiceAccount, bench/kube-identity.ts).
import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, openSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CoreV1Api, KubeConfig } from '@kubernetes/client-node';
import { build } from 'esbuild';
import YAML from 'yaml';
import type { RunRecord } from '../src/record/types.js';
import { benchIdentity, deleteFlowSchemas, dispatched, flowSchemaName, type RequestCategory } from './kube-identity.js';

const ROOT = process.cwd();
const flag = (name: string, fallback: string) => {
  const i = process.argv.indexOf(`--${name}`);
  return i === -1 ? fallback : process.argv[i + 1]!;
};
const PARALLELISM = Number(flag('parallelism', '1000'));
/** The Jobs to run after the 1-index baseline: indexes, and parallelism. */
const SIZES = flag('indexes', '2500,10000,1000@10')
  .split(',')
  .map((size) => {
    const [indexes, parallelism] = size.split('@').map(Number);
    return { indexes: indexes!, parallelism: Math.min(parallelism ?? PARALLELISM, indexes!) };
  });
type Size = (typeof SIZES)[number];
/** Seconds pinship may wait for one Job (its --timeout); the process is killed 60 s after that. */
const TIMEOUT = Number(flag('timeout', '2400'));
const SRC = flag('src', 'src');
const KUBECONFIG = process.env.KUBECONFIG || join(tmpdir(), 'pinship-dev', 'kubeconfig');
const RUN = Math.random().toString(36).slice(2, 6);

const admin = new KubeConfig();
admin.loadFromFile(KUBECONFIG);
const core = admin.makeApiClient(CoreV1Api);

const everyNamespace = ['*'];
const CATEGORIES: RequestCategory[] = [
  {
    name: 'pods-list',
    resourceRules: [{ verbs: ['list'], apiGroups: [''], resources: ['pods'], namespaces: everyNamespace }],
  },
  {
    name: 'pods-watch',
    resourceRules: [{ verbs: ['watch'], apiGroups: [''], resources: ['pods'], namespaces: everyNamespace }],
  },
  {
    name: 'pods-log',
    resourceRules: [{ verbs: ['*'], apiGroups: [''], resources: ['pods/log'], namespaces: everyNamespace }],
  },
  {
    name: 'jobs-read',
    resourceRules: [
      { verbs: ['get', 'list', 'watch'], apiGroups: ['batch'], resources: ['jobs'], namespaces: everyNamespace },
    ],
  },
  {
    name: 'metrics',
    resourceRules: [{ verbs: ['*'], apiGroups: ['metrics.k8s.io'], resources: ['*'], namespaces: everyNamespace }],
  },
];
const ROWS = ['pods-list', 'pods-watch', 'pods-log', 'jobs-read', 'metrics', ''];

const job = (namespace: string, { indexes: completions, parallelism }: Size) => ({
  apiVersion: 'batch/v1',
  kind: 'Job',
  metadata: { name: 'fake', namespace, annotations: { 'pinship.dev/logs': 'none' } },
  spec: {
    completionMode: 'Indexed',
    completions,
    parallelism,
    backoffLimitPerIndex: 0,
    template: {
      spec: {
        restartPolicy: 'Never',
        nodeSelector: { type: 'kwok' },
        tolerations: [{ key: 'kwok.x-k8s.io/node', operator: 'Exists', effect: 'NoSchedule' }],
        // Never pulled: kwok runs nothing and reports each pod Succeeded (exit 0).
        containers: [{ name: 'main', image: '127.0.0.1:5000/pinship/never-pulled:none' }],
      },
    },
  },
});

/** The CLI bundled as scripts/bundle.mjs bundles dist/cli/index.js (self-contained), from this tree's sources. */
async function bundleCli(dir: string): Promise<string> {
  const outfile = join(dir, 'cli.mjs');
  await build({
    entryPoints: [join(SRC, 'cli/index.ts')],
    outfile,
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'esm',
    banner: {
      js:
        "import { createRequire as __r } from 'node:module'; import { fileURLToPath as __f } from 'node:url'; " +
        "import { dirname as __d } from 'node:path'; const require = __r(import.meta.url); " +
        'const __filename = __f(import.meta.url); const __dirname = __d(__filename);',
    },
    external: ['*.node', 'cpu-features'],
    legalComments: 'none',
    logLevel: 'warning',
    logOverride: { 'empty-import-meta': 'silent' },
  });
  return outfile;
}

/** VmHWM (peak) and VmRSS of a live process, in bytes; null once it is gone. */
function memoryOf(pid: number): { peak: number; now: number } | null {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const kib = (field: string) => Number(new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(status)?.[1] ?? 0) * 1024;
    return { peak: kib('VmHWM'), now: kib('VmRSS') };
  } catch {
    return null;
  }
}

/** The pinship process running now: a Ctrl-C of the benchmark ends it, and the benchmark cleans up. */
let current: ChildProcess | undefined;
let interrupted = false;
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    interrupted = true;
    current?.kill('SIGKILL');
  });
}

/** Waits for a child to exit, sampling its memory every 100 ms; kills it past `limitMs`. */
function watchChild(child: ChildProcess, limitMs: number): Promise<{ code: number | null; peakRss: number }> {
  let peakRss = 0;
  const sample = setInterval(() => {
    const m = memoryOf(child.pid!);
    if (m) peakRss = Math.max(peakRss, m.peak, m.now);
  }, 100);
  const kill = setTimeout(() => child.kill('SIGKILL'), limitMs);
  current = child;
  return new Promise((resolve) => {
    child.on('exit', (code) => {
      clearInterval(sample);
      clearTimeout(kill);
      resolve({ code, peakRss });
    });
  });
}

/** RSS of an idle Node process (the same binary, nothing loaded), one second after it started. */
async function idleNodeRss(): Promise<number> {
  const child = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 3000)'], { stdio: 'ignore' });
  await new Promise((r) => setTimeout(r, 1000));
  const rss = memoryOf(child.pid!)?.now ?? 0;
  child.kill();
  return rss;
}

interface Measured {
  size: Size;
  seconds: number;
  peakRss: number;
  recordBytes: number;
  requests: Map<string, number>;
  record: RunRecord | null;
  exitCode: number | null;
}

async function measure(cli: string, dir: string, size: Size): Promise<Measured> {
  const { indexes, parallelism } = size;
  const namespace = `bench-kwok-${RUN}-${indexes}-${parallelism}`;
  await core.createNamespace({ body: { metadata: { name: namespace } } });
  const name = 'pinship';
  const work = join(dir, `${indexes}-${parallelism}`);
  mkdirSync(join(work, 'overlay'), { recursive: true });
  try {
    const kubeconfig = await benchIdentity(admin, { namespace, name, dir: work, root: ROOT, categories: CATEGORIES });
    writeFileSync(join(work, 'overlay', 'kustomization.yaml'), `namespace: ${namespace}\nresources: [job.yaml]\n`);
    writeFileSync(join(work, 'overlay', 'job.yaml'), YAML.stringify(job(namespace, size)));
    const out = join(work, 'run.json');
    const before = dispatched(KUBECONFIG);
    const started = Date.now();
    const log = openSync(join(work, 'pinship.log'), 'w');
    const child = spawn(
      process.execPath,
      [
        cli,
        'run',
        '--overlay',
        join(work, 'overlay'),
        '--kubeconfig',
        kubeconfig,
        '--out',
        out,
        '--timeout',
        `${TIMEOUT}s`,
      ],
      { stdio: ['ignore', log, log] },
    );
    const { code, peakRss } = await watchChild(child, (TIMEOUT + 60) * 1000);
    const seconds = (Date.now() - started) / 1000;
    // Let the API server's counters catch up with the last requests.
    await new Promise((r) => setTimeout(r, 1000));
    const after = dispatched(KUBECONFIG);
    const requests = new Map(
      ROWS.map((row) => {
        const schema = flowSchemaName(namespace, name, row);
        return [row, (after.get(schema) ?? 0) - (before.get(schema) ?? 0)];
      }),
    );
    let record: RunRecord | null = null;
    let recordBytes = 0;
    try {
      recordBytes = statSync(out).size;
      record = JSON.parse(readFileSync(out, 'utf8')) as RunRecord;
    } catch {
      console.error(`no record from the ${indexes}-index run (exit ${code})`);
    }
    if (code !== 0)
      console.error(readFileSync(join(work, 'pinship.log'), 'utf8').trim().split('\n').slice(-3).join('\n'));
    return { size, seconds, peakRss, recordBytes, requests, record, exitCode: code };
  } finally {
    await deleteFlowSchemas(
      admin,
      ['', ...CATEGORIES.map((c) => c.name)].map((c) => flowSchemaName(namespace, name, c)),
    );
    // Not waited for here: the namespace controller removes the pods while the next size runs.
    await core.deleteNamespace({ name: namespace }).catch(() => {});
  }
}

/** Waits (bounded) for the benchmark's namespaces to be gone, so that the next run starts on a quiet cluster. */
async function awaitNamespacesGone(limitMs: number): Promise<void> {
  const until = Date.now() + limitMs;
  for (;;) {
    const left = (await core.listNamespace()).items.filter((n) => n.metadata?.name?.startsWith(`bench-kwok-${RUN}-`));
    if (left.length === 0) return;
    if (Date.now() > until) {
      console.log(
        `\n(still being deleted, left to the namespace controller: ${left.map((n) => n.metadata!.name).join(', ')})`,
      );
      return;
    }
    await new Promise((r) => setTimeout(r, 5000));
  }
}

const mib = (bytes: number) => (bytes / 2 ** 20).toFixed(1);

function printTables(results: Measured[], idle: number): void {
  const base = results[0]!;
  console.log(
    "Indexed Job on kwok's fake nodes (pinship.dev/logs: none); pinship's CLI in a " +
      `child process; idle Node process: ${mib(idle)} MiB RSS\n`,
  );
  console.log(
    '| indexes | parallelism | conclusion | wall time (s) | record (MiB) | peak RSS (MiB) | ' +
      'above the 1-index run (MiB) | peak RSS / record | above 1-index / record |',
  );
  console.log('|---:|---:|---|---:|---:|---:|---:|---:|---:|');
  for (const r of results) {
    const above = r.peakRss - base.peakRss;
    console.log(
      `| ${r.size.indexes} | ${r.size.parallelism} | ${r.record?.conclusion ?? `no record (exit ${r.exitCode})`} ` +
        `(${r.record?.totals.succeeded ?? 0} succeeded) | ${r.seconds.toFixed(0)} | ${mib(r.recordBytes)} | ` +
        `${mib(r.peakRss)} | ${mib(above)} | ${(r.peakRss / r.recordBytes).toFixed(2)}x | ` +
        `${(above / r.recordBytes).toFixed(2)}x |`,
    );
  }
  console.log('\nAPI requests of pinship, counted by the API server per category (FlowSchema)\n');
  const label: Record<string, string> = {
    'pods-list': 'pods: list',
    'pods-watch': 'pods: watch',
    'pods-log': 'pods/log: get',
    'jobs-read': 'jobs: get, list, watch',
    metrics: 'metrics.k8s.io (usage samples, 1 per 20 s)',
    '': 'other (discovery, apply)',
  };
  console.log(`| request | ${results.map((r) => `${r.size.indexes} at ${r.size.parallelism}`).join(' | ')} |`);
  console.log(`|---|${results.map(() => '---:').join('|')}|`);
  for (const row of ROWS) console.log(`| ${label[row]} | ${results.map((r) => r.requests.get(row)).join(' | ')} |`);
  const total = (r: Measured) => [...r.requests.values()].reduce((a, b) => a + b, 0);
  console.log(`| **total** | ${results.map((r) => `**${total(r)}**`).join(' | ')} |`);
  console.log(
    `| total without usage samples | ${results.map((r) => total(r) - r.requests.get('metrics')!).join(' | ')} |`,
  );
  console.log(
    `| per 1,000 pods | ${results.map((r) => ((total(r) / r.size.indexes) * 1000).toFixed(1)).join(' | ')} |`,
  );
  console.log(`| per minute | ${results.map((r) => (total(r) / (r.seconds / 60)).toFixed(1)).join(' | ')} |`);
}

async function main(): Promise<void> {
  const nodes = Math.max(10, Math.ceil(Math.max(...SIZES.map((s) => s.indexes)) / 1000) + 2);
  execFileSync('bash', [join(ROOT, 'scripts/kube/kwok.sh'), 'up', String(nodes)], {
    stdio: 'inherit',
    timeout: 120_000,
  });
  mkdirSync(join(ROOT, '.pinship'), { recursive: true });
  const dir = mkdtempSync(join(ROOT, '.pinship', 'bench-kwok-'));
  try {
    const cli = await bundleCli(dir);
    const idle = await idleNodeRss();
    const results: Measured[] = [];
    for (const size of [{ indexes: 1, parallelism: 1 }, ...SIZES]) {
      if (interrupted) break;
      results.push(await measure(cli, dir, size));
      console.error(`${size.indexes} indexes at ${size.parallelism}: ${results.at(-1)!.seconds.toFixed(0)} s`);
    }
    printTables(results, idle);
    await awaitNamespacesGone(180_000);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

await main();
