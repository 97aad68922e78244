import { CoreV1Api, CustomObjectsApi, type KubeConfig } from '@kubernetes/client-node';
import { parseQuantity } from './quantity.js';
import { timeMs } from './object-time.js';

/** One container's usage at one instant. */
export interface ContainerUsage {
  namespace: string;
  pod: string;
  container: string;
  atMs: number;
  cpuCores: number;
  memoryBytes: number;
  /** Cumulative CPU time: only the kubelet's summary has it. */
  cpuSeconds: number | null;
}

interface PodMetric {
  metadata: { name: string; namespace: string };
  timestamp: string;
  containers: { name: string; usage: { cpu: string; memory: string } }[];
}

/** Lists metrics.k8s.io PodMetrics (metrics-server) of the pods a label selector picks. */
export async function listPodMetrics(
  config: KubeConfig,
  namespace: string,
  labelSelector: string,
): Promise<ContainerUsage[]> {
  const api = config.makeApiClient(CustomObjectsApi);
  const list = (await api.listNamespacedCustomObject({
    group: 'metrics.k8s.io',
    version: 'v1beta1',
    namespace,
    plural: 'pods',
    labelSelector,
  })) as {
    items?: PodMetric[];
  };
  const out: ContainerUsage[] = [];
  for (const item of list.items ?? []) {
    for (const c of item.containers) {
      out.push({
        namespace: item.metadata.namespace,
        pod: item.metadata.name,
        container: c.name,
        atMs: timeMs(item.timestamp) ?? Date.now(),
        cpuCores: parseQuantity(c.usage.cpu) ?? 0,
        memoryBytes: parseQuantity(c.usage.memory) ?? 0,
        cpuSeconds: null,
      });
    }
  }
  return out;
}

interface Summary {
  pods?: {
    podRef: { name: string; namespace: string };
    containers?: {
      name: string;
      cpu?: { time?: string; usageNanoCores?: number; usageCoreNanoSeconds?: number };
      memory?: { time?: string; workingSetBytes?: number };
    }[];
  }[];
}

/**
 * Reads one node's kubelet summary (`/stats/summary`) through the API server's node proxy:
 * the fallback when the metrics API is absent. It also gives cumulative CPU time.
 */
export async function readNodeSummary(config: KubeConfig, node: string): Promise<ContainerUsage[]> {
  const api = config.makeApiClient(CoreV1Api);
  const text = await api.connectGetNodeProxyWithPath({ name: node, path: 'stats/summary' });
  const summary = (typeof text === 'string' ? JSON.parse(text) : text) as Summary;
  const out: ContainerUsage[] = [];
  for (const pod of summary.pods ?? []) {
    for (const c of pod.containers ?? []) {
      if (c.cpu?.usageNanoCores === undefined || c.memory?.workingSetBytes === undefined) continue;
      out.push({
        namespace: pod.podRef.namespace,
        pod: pod.podRef.name,
        container: c.name,
        atMs: timeMs(c.cpu.time) ?? Date.now(),
        cpuCores: c.cpu.usageNanoCores / 1e9,
        memoryBytes: c.memory.workingSetBytes,
        cpuSeconds: c.cpu.usageCoreNanoSeconds === undefined ? null : c.cpu.usageCoreNanoSeconds / 1e9,
      });
    }
  }
  return out;
}
