// Benchmark of `pinship run --overlay` on the real test cluster. Prints markdown tables.
//   source scripts/setup.sh && node scripts/run-ts.mjs bench/run-kube.ts [--seconds 300]
// One Job of one index that sleeps `--seconds` (default 300, the 5-minute Job), run twice
// at the same time in one namespace: by pinship (watches), and by a `kubectl wait`-style loop
// that GETs the Job every second, then lists its pods and reads their logs (what pinship also
// reads). Each side has its own ServiceAccount, matched by its own FlowSchema, so the API server
// counts each side's requests (apiserver_flowcontrol_dispatched_requests_total by flow_schema).
// The delay is from the moment an independent watch (the admin's) sees the Job's Complete
// condition to the moment the record is written (pinship) or the loop noticed (poll).
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  BatchV1Api,
  CoreV1Api,
  KubeConfig,
  KubernetesObjectApi,
  PatchStrategy,
  type V1Job,
} from '@kubernetes/client-node';
import YAML from 'yaml';
import { connectEngine } from '../src/docker/engine.js';
import { pushThroughEngine } from '../src/docker/image-push.js';
import { WatchedList } from '../src/kube/watched-list.js';
import { silentLogger } from '../src/log/silent-logger.js';
import { runOverlay } from '../src/run/kube/run-overlay.js';
import { benchIdentity, deleteFlowSchemas, dispatched, flowSchemaName, type RequestCategory } from './kube-identity.js';

const ROOT = process.cwd();
const flag = (name: string, fallback: number) => {
  const i = process.argv.indexOf(`--${name}`);
  return i === -1 ? fallback : Number(process.argv[i + 1]);
};
const SECONDS = flag('seconds', 300);
const KUBECONFIG = process.env.KUBECONFIG || join(tmpdir(), 'pinship-dev', 'kubeconfig');
const NS = `bench-${Math.random().toString(36).slice(2, 8)}`;

const admin = new KubeConfig();
admin.loadFromFile(KUBECONFIG);

async function pushedImage(): Promise<string> {
  const registry = process.env.PINSHIP_TEST_REGISTRY!;
  const password = readFileSync(process.env.PINSHIP_TEST_REGISTRY_PASSWORD_FILE!, 'utf8').trim();
  const docker = await connectEngine();
  const repo = `${registry}/bench/kube`;
  await docker.getImage(process.env.PINSHIP_TEST_BASE_IMAGE ?? 'pinship/busybox:base').tag({ repo, tag: 'v1' });
  const digest = await pushThroughEngine(
    docker,
    repo,
    'v1',
    { username: 'pinship', password, serveraddress: registry },
    silentLogger,
  );
  return `${repo}@${digest}`;
}

const job = (name: string, image: string): V1Job => ({
  apiVersion: 'batch/v1',
  kind: 'Job',
  metadata: { name, namespace: NS },
  spec: {
    completionMode: 'Indexed',
    completions: 1,
    ttlSecondsAfterFinished: 600,
    template: {
      spec: {
        restartPolicy: 'Never',
        containers: [
          { name: 'main', image, command: ['sh', '-c', `sleep ${SECONDS}; echo 'pinship:result {"done": true}'`] },
        ],
      },
    },
  },
});

/** Usage sampling (metrics.k8s.io) counted apart: the poll loop samples nothing. */
const METRICS: RequestCategory = {
  name: 'metrics',
  resourceRules: [{ verbs: ['*'], apiGroups: ['metrics.k8s.io'], resources: ['*'], namespaces: ['*'] }],
};

const identity = (name: string, dir: string) =>
  benchIdentity(admin, { namespace: NS, name, dir, root: ROOT, categories: [METRICS] });

/**
 * When (local clock) an independent watch, as the admin, sees each Job's Complete condition.
 * pinship's own list-watch cache, so that a quiet 5-minute watch is re-opened, not lost.
 */
async function completions(): Promise<{ seen: Map<string, number>; stop: () => Promise<void> }> {
  const seen = new Map<string, number>();
  const batch = admin.makeApiClient(BatchV1Api);
  const jobs = new WatchedList<V1Job>(admin, {
    path: `/apis/batch/v1/namespaces/${NS}/jobs`,
    list: (page) => batch.listNamespacedJob({ namespace: NS, limit: page.limit, _continue: page.continue }),
    request: { resource: 'jobs.batch', namespace: NS },
    log: silentLogger,
    onChange: (_event, job) => {
      const done = job.status?.conditions?.some((c) => c.type === 'Complete' && c.status === 'True');
      if (done && !seen.has(job.metadata!.name!)) seen.set(job.metadata!.name!, Date.now());
    },
  });
  await jobs.start();
  return { seen, stop: () => jobs.stop() };
}

/** The baseline: GET the Job every second until it is Complete, then list its pods and read their logs. */
async function pollLoop(kubeconfig: string, image: string): Promise<number> {
  const config = new KubeConfig();
  config.loadFromFile(kubeconfig);
  const batch = config.makeApiClient(BatchV1Api);
  const core = config.makeApiClient(CoreV1Api);
  const objectsAsPoller = KubernetesObjectApi.makeApiClient(config);
  await objectsAsPoller.patch(
    job('polled', image),
    undefined,
    undefined,
    'bench-poll',
    true,
    PatchStrategy.ServerSideApply,
  );
  for (;;) {
    const j = await batch.readNamespacedJob({ name: 'polled', namespace: NS });
    if (j.status?.conditions?.some((c) => (c.type === 'Complete' || c.type === 'Failed') && c.status === 'True')) break;
    await new Promise((r) => setTimeout(r, 1000));
  }
  const noticed = Date.now();
  const pods = await core.listNamespacedPod({ namespace: NS, labelSelector: 'batch.kubernetes.io/job-name=polled' });
  for (const p of pods.items)
    await core.readNamespacedPodLog({ name: p.metadata!.name!, namespace: NS, container: 'main' });
  return noticed;
}

async function main(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'pinship-bench-kube-'));
  await admin.makeApiClient(CoreV1Api).createNamespace({ body: { metadata: { name: NS } } });
  try {
    const image = await pushedImage();
    const pinshipConfig = await identity('bench-pinship', dir);
    const pollConfig = await identity('bench-poll', dir);
    const overlay = join(dir, 'overlay');
    mkdirSync(overlay);
    writeFileSync(join(overlay, 'kustomization.yaml'), `namespace: ${NS}\nresources: [job.yaml]\n`);
    writeFileSync(join(overlay, 'job.yaml'), YAML.stringify(job('watched', image)));
    const watch = await completions();
    const before = dispatched(KUBECONFIG);
    const rssBefore = process.memoryUsage().rss;
    const [pinship, polled] = await Promise.all([
      runOverlay({
        overlay,
        kubeconfig: pinshipConfig,
        log: silentLogger,
        out: join(dir, 'run.json'),
        timeoutSeconds: SECONDS + 300,
      }).then((o) => ({ ...o, at: Date.now() })),
      pollLoop(pollConfig, image),
    ]);
    await new Promise((r) => setTimeout(r, 500));
    const after = dispatched(KUBECONFIG);
    await watch.stop();
    const count = (name: string) => (after.get(`${NS}-${name}`) ?? 0) - (before.get(`${NS}-${name}`) ?? 0);
    const delay = (name: string, at: number) => ((at - (watch.seen.get(name) ?? NaN)) / 1000).toFixed(2);
    const sampling = count('bench-pinship-metrics');
    const watched = count('bench-pinship') + sampling;
    const poll = count('bench-poll') + count('bench-poll-metrics');
    console.log(`Job of 1 index sleeping ${SECONDS} s; requests counted by the API server per identity (FlowSchema)\n`);
    const perMinute = (n: number) => (n / (SECONDS / 60)).toFixed(1);
    console.log(
      '| way of waiting | API requests | of which usage samples | requests per minute | delay from Complete to ' +
        'record/notice (s) | conclusion |',
    );
    console.log('|---|---:|---:|---:|---:|---|');
    console.log(
      `| pinship run --overlay (watches) | ${watched} | ${sampling} | ${perMinute(watched)} | ` +
        `${delay('watched', pinship.at)} | ${pinship.record.conclusion} |`,
    );
    console.log(
      `| GET the Job every 1 s, then pods and logs | ${poll} | 0 | ${perMinute(poll)} | ${delay('polled', polled)} | ` +
        '- |',
    );
    console.log(
      `\n${(poll / Math.max(1, watched)).toFixed(1)}x fewer requests with pinship ` +
        `(${(poll / Math.max(1, watched - sampling)).toFixed(1)}x leaving out its usage samples); pinship's process ` +
        `RSS grew ${((process.memoryUsage().rss - rssBefore) / 2 ** 20).toFixed(1)} MiB`,
    );
  } finally {
    await deleteFlowSchemas(
      admin,
      ['bench-pinship', 'bench-poll'].flatMap((n) => [flowSchemaName(NS, n), flowSchemaName(NS, n, 'metrics')]),
    );
    await admin
      .makeApiClient(CoreV1Api)
      .deleteNamespace({ name: NS })
      .catch(() => {});
    rmSync(dir, { recursive: true, force: true });
  }
}

await main();
