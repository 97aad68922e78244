// Benchmark of `pinship run --overlay --observe` with Flux on the real test cluster. Prints a table.
//   npm run bench -- observe   (or: source scripts/setup.sh && node scripts/run-ts.mjs bench/observe.ts [--rounds N])
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
import { execFileSync, spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import {
  BatchV1Api,
  CoreV1Api,
  CustomObjectsApi,
  KubeConfig,
  KubernetesObjectApi,
  PatchStrategy,
  type V1Job,
} from '@kubernetes/client-node';
import { buildImage } from '../src/build/build-image.js';
import { connectEngine } from '../src/docker/engine.js';
import { WatchedList } from '../src/kube/watched-list.js';
import { silentLogger } from '../src/log/silent-logger.js';
import { parseImagePins } from '../src/pin/image-pins.js';
import { pin } from '../src/pin/pin.js';
import { observeOverlay } from '../src/run/kube/observe/observe-overlay.js';
import { revisionCommit } from '../src/run/kube/observe/flux-status.js';
import { benchIdentity, deleteFlowSchemas, dispatched, flowSchemaName, serverSideApply } from './kube-identity.js';

const ROOT = process.cwd();
const flag = (name: string, fallback: number) => {
  const i = process.argv.indexOf(`--${name}`);
  return i === -1 ? fallback : Number(process.argv[i + 1]);
};
const SECONDS = flag('seconds', 20);
const ROUNDS = flag('rounds', 2);
const KUBECONFIG = process.env.KUBECONFIG || join(tmpdir(), 'pinship-dev', 'kubeconfig');
const NS = `bench-${Math.random().toString(36).slice(2, 8)}`;
const GIT = ['-c', 'user.name=bench', '-c', 'user.email=bench@example.com', '-c', 'init.defaultBranch=main'];

const admin = new KubeConfig();
admin.loadFromFile(KUBECONFIG);

const overlayFiles = (image: string): Record<string, string> => {
  const [repo, digest] = image.split('@') as [string, string];
  return {
    'kustomization.yaml':
      `namespace: ${NS}\nresources: [job.yaml]\n` +
      `images:\n  - { name: compute, newName: ${repo}, digest: ${digest} }\n`,
    'job.yaml': `apiVersion: batch/v1
kind: Job
metadata: { name: timed }
spec:
  completionMode: Indexed
  completions: 1
  template:
    spec:
      restartPolicy: Never
      containers:
        - name: main
          image: compute
          command: ["sh", "-c", "sleep ${SECONDS}; echo 'pinship:result {}'"]
`,
  };
};

/** A variant of the base image (a label of its own), pushed to the dev registry: `repo@sha256:...`. */
async function pushedImage(dir: string, label: string): Promise<string> {
  const context = join(dir, `image-${label}`);
  mkdirSync(context);
  const base = process.env.PINSHIP_TEST_BASE_IMAGE ?? 'pinship/busybox:base';
  writeFileSync(join(context, 'Dockerfile'), `FROM ${base}\nLABEL pinship.bench.variant=${label}\n`);
  const result = await buildImage(
    {
      context,
      image: `${process.env.PINSHIP_TEST_REGISTRY}/bench/observe`,
      push: true,
      username: 'pinship',
      password: readFileSync(process.env.PINSHIP_TEST_REGISTRY_PASSWORD_FILE!, 'utf8').trim(),
      env: {},
    },
    { docker: await connectEngine(), log: silentLogger },
  );
  return result.ref;
}

async function gitServer(root: string): Promise<{ port: number; stop: () => void }> {
  const child = spawn(process.execPath, [join(ROOT, 'test/support/git-http-server.mjs'), root], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const line = await new Promise<string>((resolve) => createInterface({ input: child.stdout! }).once('line', resolve));
  return { port: Number(line), stop: () => child.kill('SIGTERM') };
}

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
    await objects.patch(
      {
        apiVersion: `${group}/v1`,
        kind,
        metadata: { name: 'bench', namespace: NS, annotations: { 'reconcile.fluxcd.io/requestedAt': at } },
      },
      undefined,
      undefined,
      'bench-poll',
      undefined,
      PatchStrategy.MergePatch,
    );
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

/** Reading and annotating the Flux objects, besides the README's Role. */
async function fluxRole(name: string): Promise<void> {
  const apply = serverSideApply(admin);
  await apply({
    apiVersion: 'rbac.authorization.k8s.io/v1',
    kind: 'Role',
    metadata: { name: `${name}-flux`, namespace: NS },
    rules: [
      {
        apiGroups: ['kustomize.toolkit.fluxcd.io', 'source.toolkit.fluxcd.io'],
        resources: ['kustomizations', 'gitrepositories'],
        verbs: ['get', 'list', 'watch', 'patch'],
      },
    ],
  } as never);
  await apply({
    apiVersion: 'rbac.authorization.k8s.io/v1',
    kind: 'RoleBinding',
    metadata: { name: `${name}-flux`, namespace: NS },
    roleRef: { apiGroup: 'rbac.authorization.k8s.io', kind: 'Role', name: `${name}-flux` },
    subjects: [{ kind: 'ServiceAccount', name, namespace: NS }],
  } as never);
}

async function main(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'pinship-bench-observe-'));
  const server = await gitServer(dir);
  await admin.makeApiClient(CoreV1Api).createNamespace({ body: { metadata: { name: NS } } });
  try {
    const images: string[] = [];
    for (let i = 0; i <= ROUNDS; i++) images.push(await pushedImage(dir, `${NS}-v${i}`));
    const url = `http://127.0.0.1:${server.port}/gitops.git`;
    execFileSync('git', [...GIT, 'init', '--quiet', '--bare', join(dir, 'gitops.git')]);
    const clone = join(dir, 'clone');
    execFileSync('git', [...GIT, 'clone', '--quiet', url, clone]);
    mkdirSync(join(clone, 'staging'));
    for (const [f, text] of Object.entries(overlayFiles(images[0]!))) writeFileSync(join(clone, 'staging', f), text);
    execFileSync('git', [...GIT, '-C', clone, 'add', '-A']);
    execFileSync('git', [...GIT, '-C', clone, 'commit', '--quiet', '-m', 'seed']);
    execFileSync('git', [...GIT, '-C', clone, 'push', '--quiet', 'origin', 'HEAD:refs/heads/main']);
    execFileSync('git', [...GIT, '-C', clone, 'branch', '--quiet', '--set-upstream-to', 'origin/main']);
    const apply = serverSideApply(admin);
    await apply({
      apiVersion: 'source.toolkit.fluxcd.io/v1',
      kind: 'GitRepository',
      metadata: { name: 'bench', namespace: NS },
      spec: { url, interval: '1h', ref: { branch: 'main' } },
    } as never);
    await apply({
      apiVersion: 'kustomize.toolkit.fluxcd.io/v1',
      kind: 'Kustomization',
      metadata: { name: 'bench', namespace: NS },
      spec: { interval: '1h', path: './staging', prune: true, sourceRef: { kind: 'GitRepository', name: 'bench' } },
    } as never);
    const overlay = join(clone, 'staging');
    const observe = (kubeconfig: string, revision?: string) =>
      observeOverlay({
        overlay,
        kubeconfig,
        revision,
        kustomization: `${NS}/bench`,
        reconcile: true,
        log: silentLogger,
        out: join(dir, `run-${Date.now()}.json`),
        timeoutSeconds: SECONDS + 600,
      });
    await observe(KUBECONFIG);
    const pinshipConfig = await benchIdentity(admin, {
      namespace: NS,
      name: 'bench-pinship',
      dir,
      root: ROOT,
      categories: [],
    });
    const pollConfig = await benchIdentity(admin, {
      namespace: NS,
      name: 'bench-poll',
      dir,
      root: ROOT,
      categories: [],
    });
    await fluxRole('bench-pinship');
    await fluxRole('bench-poll');
    const watch = await completions();
    console.log(`Job of 1 index sleeping ${SECONDS} s, ${ROUNDS} pins; requests counted per identity\n`);
    console.log(
      '| round | way of waiting | API requests | push to record/notice minus Job run (s) | ' +
        'Complete to record/notice (s) |',
    );
    console.log('|---|---|---:|---:|---:|');
    const totals = { pinship: 0, poll: 0 };
    for (let round = 1; round <= ROUNDS; round++) {
      const pinned = await pin({
        repo: clone,
        overlays: ['staging'],
        images: parseImagePins([`compute=${images[round]}`]),
        push: true,
        log: silentLogger,
      });
      const pushed = Date.now();
      const before = dispatched(KUBECONFIG);
      const [observed, polled] = await Promise.all([
        observe(pinshipConfig, pinned.commit).then((o) => ({ ...o, at: Date.now() })),
        pollLoop(pollConfig, pinned.commit!),
      ]);
      await sleep(500);
      const after = dispatched(KUBECONFIG);
      const count = (name: string) =>
        (after.get(flowSchemaName(NS, name)) ?? 0) - (before.get(flowSchemaName(NS, name)) ?? 0);
      const attempt = observed.record.shards[0]!.attempts.at(-1)!;
      const jobSeconds = attempt.durationSeconds ?? 0;
      const complete = watch.seen.get(polled.uid) ?? Number.NaN;
      const row = (way: string, requests: number, at: number) =>
        `| ${round} | ${way} | ${requests} | ${((at - pushed) / 1000 - jobSeconds).toFixed(2)} | ` +
        `${((at - complete) / 1000).toFixed(2)} |`;
      totals.pinship += count('bench-pinship');
      totals.poll += count('bench-poll');
      console.log(row(`pinship --observe (${observed.record.conclusion})`, count('bench-pinship'), observed.at));
      console.log(row('annotate, then GET every 1 s', count('bench-poll'), polled.at));
    }
    await watch.stop();
    console.log(
      `\n${(totals.poll / Math.max(1, totals.pinship)).toFixed(1)}x fewer requests with pinship --observe ` +
        '(its count includes finding the Kustomization and usage samples)',
    );
  } finally {
    server.stop();
    await deleteFlowSchemas(
      admin,
      ['bench-pinship', 'bench-poll'].map((n) => flowSchemaName(NS, n)),
    );
    await admin
      .makeApiClient(CoreV1Api)
      .deleteNamespace({ name: NS })
      .catch(() => {});
    rmSync(dir, { recursive: true, force: true });
  }
}

await main();
