// Benchmark of `pinship run --overlay --observe` with Flux on the real test cluster. Prints a table.
//   npm run bench -- observe
//   (or: source scripts/setup.sh && node scripts/run-ts.mjs bench/observe.ts [--rounds 3] [--seconds 60])
// A GitOps repository served by git http-backend on 127.0.0.1, a GitRepository + Kustomization
// (1 h intervals) building an overlay with one Job of one index that sleeps --seconds. Each round
// pushes a new pin, then waits for it twice at the same time, each side with its own
// ServiceAccount and FlowSchemas so that the API server counts its requests:
// - pinship --observe --reconcile (watches);
// - what teams do today: the reconcile annotation (`flux reconcile`), then a 1 s GET loop on the
//   Kustomization until it applied the commit, then on the Job until Complete (`kubectl wait`),
//   then its pods and their logs.
// Latency: from the push to the record written (or the loop noticing), minus the Job's run time
// (its pod's start to its end), and from the Job's Complete condition as an admin watch saw it.
// Requests: apiserver_flowcontrol_dispatched_requests_total per FlowSchema (bench/kube-identity.ts);
// log reads are long-running requests that API priority and fairness does not count, on either side.
// The poll's count grows by about one per second of waiting; pinship's is fixed, plus one usage
// sample per 20 s of the Job's run: the ratio grows with the Job's length (--seconds).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  BatchV1Api,
  CoreV1Api,
  CustomObjectsApi,
  KubeConfig,
  KubernetesObjectApi,
  PatchStrategy,
  type V1Job,
} from '@kubernetes/client-node';
import { WatchedList } from '../src/kube/watched-list.js';
import { silentLogger } from '../src/log/silent-logger.js';
import { parseImagePins } from '../src/pin/image-pins.js';
import { pin } from '../src/pin/pin.js';
import { revisionCommit } from '../src/run/kube/observe/flux-status.js';
import { observeOverlay } from '../src/run/kube/observe/observe-overlay.js';
import { benchIdentity, deleteFlowSchemas, dispatched, flowSchemaName } from './kube-identity.js';
import { CATEGORIES, fluxObjects, fluxRole, gitServer, pushedImage, seedGitOps } from './observe-fixtures.js';

const ROOT = process.cwd();
const flag = (name: string, fallback: number) => {
  const i = process.argv.indexOf(`--${name}`);
  return i === -1 ? fallback : Number(process.argv[i + 1]);
};
const SECONDS = flag('seconds', 60);
const ROUNDS = flag('rounds', 3);
const KUBECONFIG = process.env.KUBECONFIG || join(tmpdir(), 'pinship-dev', 'kubeconfig');
const NS = `bench-${Math.random().toString(36).slice(2, 8)}`;
const SIDES = ['bench-pinship', 'bench-poll'] as const;
const SCHEMAS = ['', ...CATEGORIES.map((c) => c.name)];

const admin = new KubeConfig();
admin.loadFromFile(KUBECONFIG);

/** The admin's watch: when each Job uid's Complete condition was first seen. */
async function completions() {
  const seen = new Map<string, number>();
  const batch = admin.makeApiClient(BatchV1Api);
  const jobs = new WatchedList<V1Job>(admin, {
    path: `/apis/batch/v1/namespaces/${NS}/jobs`,
    list: (page) => batch.listNamespacedJob({ namespace: NS, limit: page.limit, _continue: page.continue }),
    request: { resource: 'jobs.batch', namespace: NS },
    log: silentLogger,
    onChange: (_event, job) => {
      const done = job.status?.conditions?.some((c) => c.type === 'Complete' && c.status === 'True');
      if (done && !seen.has(job.metadata!.uid!)) seen.set(job.metadata!.uid!, Date.now());
    },
  });
  await jobs.start();
  return { seen, stop: () => jobs.stop() };
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Today's way: annotate, then GET the Kustomization, then the Job, every second; then pods and logs. */
async function pollLoop(kubeconfig: string, commit: string): Promise<{ at: number; uid: string }> {
  const config = new KubeConfig();
  config.loadFromFile(kubeconfig);
  const custom = config.makeApiClient(CustomObjectsApi);
  const objects = KubernetesObjectApi.makeApiClient(config);
  const batch = config.makeApiClient(BatchV1Api);
  const core = config.makeApiClient(CoreV1Api);
  const at = new Date().toISOString();
  for (const [group, kind] of [
    ['source.toolkit.fluxcd.io', 'GitRepository'],
    ['kustomize.toolkit.fluxcd.io', 'Kustomization'],
  ] as const) {
    const annotations = { 'reconcile.fluxcd.io/requestedAt': at };
    const body = { apiVersion: `${group}/v1`, kind, metadata: { name: 'bench', namespace: NS, annotations } };
    await objects.patch(body, undefined, undefined, 'bench-poll', undefined, PatchStrategy.MergePatch);
  }
  for (;;) {
    const k = (await custom.getNamespacedCustomObject({
      group: 'kustomize.toolkit.fluxcd.io',
      version: 'v1',
      namespace: NS,
      plural: 'kustomizations',
      name: 'bench',
    })) as { status?: { lastAppliedRevision?: string; conditions?: { type: string; status: string }[] } };
    const ready = k.status?.conditions?.some((c) => c.type === 'Ready' && c.status === 'True');
    if (ready && revisionCommit(k.status?.lastAppliedRevision) === commit) break;
    await sleep(1000);
  }
  let uid = '';
  for (;;) {
    const j = await batch.readNamespacedJob({ name: 'timed', namespace: NS });
    uid = j.metadata!.uid!;
    if (j.status?.conditions?.some((c) => (c.type === 'Complete' || c.type === 'Failed') && c.status === 'True')) break;
    await sleep(1000);
  }
  const noticed = Date.now();
  const pods = await core.listNamespacedPod({
    namespace: NS,
    labelSelector: `batch.kubernetes.io/controller-uid=${uid}`,
  });
  for (const p of pods.items)
    await core.readNamespacedPodLog({ name: p.metadata!.name!, namespace: NS, container: 'main' });
  return { at: noticed, uid };
}

/** One side's requests in a round, per FlowSchema category ('' is the catch-all: Jobs, pods, discovery). */
type Counts = Record<string, number>;
const total = (c: Counts) => Object.values(c).reduce((a, b) => a + b, 0);
/** Seconds with two decimals; a record written within rounding before the admin's watch saw Complete is 0.00. */
const secs = (x: number) => (Math.abs(x) < 0.005 ? 0 : x).toFixed(2);
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

function countsBetween(before: Map<string, number>, after: Map<string, number>, side: string): Counts {
  const counts: Counts = {};
  for (const c of SCHEMAS) {
    const name = flowSchemaName(NS, side, c || undefined);
    counts[c] = (after.get(name) ?? 0) - (before.get(name) ?? 0);
  }
  return counts;
}

interface Measured {
  requests: Counts;
  /** Push to record written (or noticed), minus the Job's run, in seconds. */
  sincePush: number;
  /** The Job's Complete condition (the admin's watch) to record written (or noticed), in seconds. */
  sinceComplete: number;
}

function printRound(round: number, way: string, m: Measured): void {
  const r = m.requests;
  console.log(
    `| ${round} | ${way} | ${total(r)} | ${r.flux} | ${r['']} | ${r.metrics} | ` +
      `${secs(m.sincePush)} | ${secs(m.sinceComplete)} |`,
  );
}

function printSummary(results: Record<(typeof SIDES)[number], Measured[]>): void {
  const requests = (side: (typeof SIDES)[number]) => median(results[side].map((m) => total(m.requests)));
  console.log(
    '\n| way of waiting | API requests per pin | push to record minus Job run (s) | Complete to record (s) |',
  );
  console.log('|---|---:|---:|---:|');
  for (const [side, way] of [
    ['bench-pinship', 'pinship --observe --reconcile'],
    ['bench-poll', 'annotate, then GET every 1 s'],
  ] as const) {
    const m = results[side];
    console.log(
      `| ${way} | ${requests(side)} | ${secs(median(m.map((x) => x.sincePush)))} | ` +
        `${secs(median(m.map((x) => x.sinceComplete)))} |`,
    );
  }
  const ratio = requests('bench-poll') / Math.max(1, requests('bench-pinship'));
  const latency = median(results['bench-pinship'].map((x) => x.sinceComplete));
  console.log(
    `\nmedians over ${ROUNDS} pins. ${ratio.toFixed(1)}x fewer requests with pinship --observe (target >= 5x: ` +
      `${ratio >= 5 ? 'met' : 'NOT met'}); record ${secs(latency)} s after the Job's Complete condition ` +
      `(target <= 1 s: ${latency <= 1 ? 'met' : 'NOT met'})`,
  );
}

/** A namespace with the Flux objects, and the identities whose requests are counted. */
async function setUp(dir: string, url: string, images: string[]) {
  const clone = seedGitOps(dir, url, { namespace: NS, image: images[0]!, seconds: SECONDS });
  await fluxObjects(admin, NS, url);
  const configs: Record<string, string> = {};
  for (const name of SIDES) {
    configs[name] = await benchIdentity(admin, { namespace: NS, name, dir, root: ROOT, categories: CATEGORIES });
    await fluxRole(admin, NS, name);
  }
  return { clone, configs };
}

async function main(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'pinship-bench-observe-'));
  const server = await gitServer(ROOT, dir);
  await admin.makeApiClient(CoreV1Api).createNamespace({ body: { metadata: { name: NS } } });
  try {
    const images: string[] = [];
    for (let i = 0; i <= ROUNDS; i++) images.push(await pushedImage(dir, `${NS}-v${i}`));
    const { clone, configs } = await setUp(dir, `http://127.0.0.1:${server.port}/gitops.git`, images);
    const observe = (kubeconfig: string, revision?: string) =>
      observeOverlay({
        overlay: join(clone, 'staging'),
        kubeconfig,
        revision,
        kustomization: `${NS}/bench`,
        reconcile: true,
        log: silentLogger,
        out: join(dir, `run-${Date.now()}-${Math.random()}.json`),
        timeoutSeconds: SECONDS + 600,
      });
    await observe(KUBECONFIG); // the seed commit, applied as the admin: not counted
    const watch = await completions();
    console.log(
      `Job of 1 index sleeping ${SECONDS} s, ${ROUNDS} pins; API requests counted by the API server per identity\n`,
    );
    console.log(
      '| pin | way of waiting | API requests | Flux objects | Job, pods, discovery | usage samples | ' +
        'push to record minus Job run (s) | Complete to record (s) |',
    );
    console.log('|---|---|---:|---:|---:|---:|---:|---:|');
    const results: Record<(typeof SIDES)[number], Measured[]> = { 'bench-pinship': [], 'bench-poll': [] };
    for (let round = 1; round <= ROUNDS; round++) {
      const pins = parseImagePins([`compute=${images[round]}`]);
      const pinned = await pin({ repo: clone, overlays: ['staging'], images: pins, push: true, log: silentLogger });
      const pushed = Date.now();
      const before = dispatched(KUBECONFIG);
      const [observed, polled] = await Promise.all([
        observe(configs['bench-pinship']!, pinned.commit).then((o) => ({ ...o, at: Date.now() })),
        pollLoop(configs['bench-poll']!, pinned.commit!),
      ]);
      await sleep(500);
      const after = dispatched(KUBECONFIG);
      const jobSeconds = observed.record.shards[0]!.attempts.at(-1)!.durationSeconds ?? 0;
      const complete = watch.seen.get(polled.uid) ?? Number.NaN;
      const measured = (side: string, at: number): Measured => ({
        requests: countsBetween(before, after, side),
        sincePush: (at - pushed) / 1000 - jobSeconds,
        sinceComplete: (at - complete) / 1000,
      });
      results['bench-pinship'].push(measured('bench-pinship', observed.at));
      results['bench-poll'].push(measured('bench-poll', polled.at));
      printRound(round, `pinship --observe (${observed.record.conclusion})`, results['bench-pinship'].at(-1)!);
      printRound(round, 'annotate, then GET every 1 s', results['bench-poll'].at(-1)!);
    }
    await watch.stop();
    printSummary(results);
  } finally {
    server.stop();
    await deleteFlowSchemas(
      admin,
      SIDES.flatMap((n) => SCHEMAS.map((c) => flowSchemaName(NS, n, c || undefined))),
    );
    await admin
      .makeApiClient(CoreV1Api)
      .deleteNamespace({ name: NS })
      .catch(() => {});
    rmSync(dir, { recursive: true, force: true });
  }
}

await main();
