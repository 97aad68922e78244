// Shared by the Kubernetes benchmarks: a ServiceAccount per side whose requests the API server
// counts apart (one FlowSchema per category of request), and the counts read from its /metrics.
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  CoreV1Api,
  type KubeConfig,
  KubernetesObjectApi,
  PatchStrategy,
  type KubernetesObject,
  type V1FlowSchemaSpec,
} from '@kubernetes/client-node';
import YAML from 'yaml';

type Rules = Pick<V1FlowSchemaSpec, 'rules'>['rules'];
type Rule = NonNullable<Rules>[number];

/** A category of a side's requests: its own FlowSchema, matched before the catch-all. */
export interface RequestCategory {
  /** Suffix of the FlowSchema's name, and the row of the table. */
  name: string;
  resourceRules?: Rule['resourceRules'];
  nonResourceRules?: Rule['nonResourceRules'];
}

export function serverSideApply(admin: KubeConfig): (o: KubernetesObject) => Promise<unknown> {
  const objects = KubernetesObjectApi.makeApiClient(admin);
  return (o) => objects.patch(o, undefined, undefined, 'pinship-bench', true, PatchStrategy.ServerSideApply);
}

/** The FlowSchema names an identity's requests are counted under: `<ns>-<name>[-<category>]`. */
export function flowSchemaName(namespace: string, name: string, category?: string): string {
  return category ? `${namespace}-${name}-${category}` : `${namespace}-${name}`;
}

/**
 * A ServiceAccount with the README's Role in `namespace`, a FlowSchema per category plus a
 * catch-all for the rest of its requests, and a kubeconfig file (in `dir`) with its token.
 */
export async function benchIdentity(
  admin: KubeConfig,
  options: { namespace: string; name: string; dir: string; root: string; categories: RequestCategory[] },
): Promise<string> {
  const { namespace, name } = options;
  const apply = serverSideApply(admin);
  const role = YAML.parse(readFileSync(join(options.root, 'docs/kubernetes-role.yaml'), 'utf8')) as KubernetesObject;
  await apply({ apiVersion: 'v1', kind: 'ServiceAccount', metadata: { name, namespace } } as KubernetesObject);
  await apply({ ...role, metadata: { name: 'pinship-run', namespace } });
  await apply({
    apiVersion: 'rbac.authorization.k8s.io/v1',
    kind: 'RoleBinding',
    metadata: { name, namespace },
    roleRef: { apiGroup: 'rbac.authorization.k8s.io', kind: 'Role', name: 'pinship-run' },
    subjects: [{ kind: 'ServiceAccount', name, namespace }],
  } as KubernetesObject);
  const subjects = [{ kind: 'ServiceAccount', serviceAccount: { name, namespace } }];
  const everything: RequestCategory = {
    name: '',
    resourceRules: [{ verbs: ['*'], apiGroups: ['*'], resources: ['*'], namespaces: ['*'], clusterScope: true }],
    nonResourceRules: [{ verbs: ['*'], nonResourceURLs: ['*'] }],
  };
  const schemas = [
    ...options.categories.map((c, i) => ({ c, precedence: 400 + i })),
    { c: everything, precedence: 500 },
  ];
  for (const { c, precedence } of schemas) {
    await apply({
      apiVersion: 'flowcontrol.apiserver.k8s.io/v1',
      kind: 'FlowSchema',
      metadata: { name: flowSchemaName(namespace, name, c.name) },
      spec: {
        priorityLevelConfiguration: { name: 'workload-low' },
        matchingPrecedence: precedence,
        distinguisherMethod: { type: 'ByUser' },
        rules: [{ subjects, resourceRules: c.resourceRules, nonResourceRules: c.nonResourceRules }],
      },
    } as KubernetesObject);
  }
  const token = await admin.makeApiClient(CoreV1Api).createNamespacedServiceAccountToken({
    name,
    namespace,
    body: { spec: { expirationSeconds: 3600 } },
  });
  const cluster = admin.getCurrentCluster()!;
  const file = join(options.dir, `${name}.kubeconfig`);
  writeFileSync(
    file,
    YAML.stringify({
      apiVersion: 'v1',
      kind: 'Config',
      clusters: [{ name: 'c', cluster: { server: cluster.server, 'certificate-authority-data': cluster.caData } }],
      users: [{ name, user: { token: token.status!.token } }],
      contexts: [{ name, context: { cluster: 'c', user: name, namespace } }],
      'current-context': name,
    }),
    { mode: 0o600 },
  );
  return file;
}

/** Deletes the FlowSchemas of an identity (they are cluster-scoped: the namespace's deletion leaves them). */
export async function deleteFlowSchemas(admin: KubeConfig, names: string[]): Promise<void> {
  const objects = KubernetesObjectApi.makeApiClient(admin);
  for (const name of names) {
    await objects
      .delete({ apiVersion: 'flowcontrol.apiserver.k8s.io/v1', kind: 'FlowSchema', metadata: { name } })
      .catch(() => {});
  }
}

/** Requests the API server dispatched per flow schema, from its /metrics. */
export function dispatched(kubeconfig: string): Map<string, number> {
  const text = execFileSync('kubectl', ['--kubeconfig', kubeconfig, 'get', '--raw', '/metrics'], {
    encoding: 'utf8',
    maxBuffer: 64 << 20,
  });
  const counts = new Map<string, number>();
  for (const m of text.matchAll(
    /^apiserver_flowcontrol_dispatched_requests_total\{flow_schema="([^"]+)",[^}]*\} (\d+)/gm,
  )) {
    counts.set(m[1]!, (counts.get(m[1]!) ?? 0) + Number(m[2]));
  }
  return counts;
}
