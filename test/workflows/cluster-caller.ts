// The caller repository of the cluster pipeline runs (the end-to-end test and bench/pipeline.ts):
// the example program and the example Kubernetes experiment (overlays/kube) as 8 shards of an
// Indexed Job, the GitHub events act is given, and what those runs leave on the cluster.
import { readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { AppsV1Api, BatchV1Api, CoreV1Api, KubeConfig, type V1Pod } from '@kubernetes/client-node';

const ROOT = resolve(import.meta.dirname, '../..');
export const SHARDS = 8;

/** The test cluster's kubeconfig (scripts/dev-infra.sh up kube writes it; its certificates are inline). */
export function kubeconfigPath(): string {
  const path = process.env.KUBECONFIG || join(process.env.TMPDIR || '/tmp', 'pinship-dev', 'kubeconfig');
  return path;
}

/**
 * The example, with `overlays/staging` made from overlays/kube: 8 shards, in `namespace`, the
 * shards writing to an emptyDir (the test cluster provisions no claims), the image `compute` at
 * `image` to be pinned.
 */
export function clusterExample(namespace: string, image: string): Record<string, string> {
  const files: Record<string, string> = {};
  const compute = join(ROOT, 'example/compute');
  for (const name of readdirSync(compute)) files[`example/compute/${name}`] = readFileSync(join(compute, name), 'utf8');
  const kube = (name: string) => readFileSync(join(ROOT, 'overlays/kube', name), 'utf8');
  files['overlays/staging/job.yaml'] = swap(kube('job.yaml'), [
    ['completions: 6', `completions: ${SHARDS}`],
    ['parallelism: 3', 'parallelism: 4'],
    ['value: "6"', `value: "${SHARDS}"`],
    ['persistentVolumeClaim: { claimName: pi-results }', 'emptyDir: {}'],
  ]);
  files['overlays/staging/deployment.yaml'] = kube('deployment.yaml');
  files['overlays/staging/kustomization.yaml'] = [
    'apiVersion: kustomize.config.k8s.io/v1beta1',
    'kind: Kustomization',
    `namespace: ${namespace}`,
    'resources:',
    '  - job.yaml',
    '  - deployment.yaml',
    'images:',
    '  - name: compute # the name the workloads use',
    `    newName: ${image}`,
    '    newTag: latest # replaced by a digest on the first pin',
    '',
  ].join('\n');
  return files;
}

function swap(text: string, pairs: [string, string][]): string {
  for (const [from, to] of pairs) {
    if (!text.includes(from)) throw new Error(`no longer there: ${JSON.stringify(from)}`);
    text = text.replace(from, to);
  }
  return text;
}

export function kube() {
  const config = new KubeConfig();
  config.loadFromFile(kubeconfigPath());
  return {
    core: config.makeApiClient(CoreV1Api),
    batch: config.makeApiClient(BatchV1Api),
    apps: config.makeApiClient(AppsV1Api),
  };
}

/** Whether the namespace exists and is not on its way out. */
export async function namespaceLive(name: string): Promise<boolean> {
  try {
    const ns = await kube().core.readNamespace({ name });
    return !ns.metadata?.deletionTimestamp;
  } catch (err) {
    if ((err as { code?: number }).code === 404) return false;
    throw err;
  }
}

/** The shards' pods (app=pi-shards) in `namespace`. */
export async function shardPods(namespace: string): Promise<V1Pod[]> {
  return (await kube().core.listNamespacedPod({ namespace, labelSelector: 'app=pi-shards' })).items;
}

/** The span the shards computed: first container start to last container finish, in seconds. */
export function computeSpan(pods: V1Pod[]): number {
  const times = pods.flatMap((p) => p.status?.containerStatuses ?? []).map((s) => s.state?.terminated);
  const starts = times.map((t) => t?.startedAt).filter((t) => t !== undefined);
  const ends = times.map((t) => t?.finishedAt).filter((t) => t !== undefined);
  if (starts.length === 0 || ends.length === 0) return Number.NaN;
  const ms = (d: Date | string) => new Date(d).getTime();
  return (Math.max(...ends.map(ms)) - Math.min(...starts.map(ms))) / 1000;
}

/**
 * An example caller workflow from workflows/ (what a team copies), pointed at the test registry,
 * and at the cluster through the `PINSHIP_KUBECONFIG` secret; pull requests run overlays/staging.
 */
export function clusterCaller(name: 'pull-request.yml' | 'default-branch.yml', image: string): string {
  const text = readFileSync(join(ROOT, 'workflows', name), 'utf8');
  return swap(text, [
    [text.match(/image: ghcr\.io\/.*$/m)?.[0] ?? 'image: ghcr.io/', `image: ${image}`],
    [
      'registry-password: ${{ secrets.GITHUB_TOKEN }}',
      'registry-username: ${{ secrets.REGISTRY_USER }}\n      registry-password: ${{ secrets.REGISTRY_PASSWORD }}',
    ],
    ...(name === 'pull-request.yml'
      ? [['# overlay: overlays/pr', 'overlay: overlays/staging'] as [string, string]]
      : []),
  ]);
}
