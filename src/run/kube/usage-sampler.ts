import type { KubeConfig, V1Pod } from '@kubernetes/client-node';
import { kubeErrorText, statusCode } from '../../kube/api-error.js';
import { listPodMetrics, readNodeSummary, type ContainerUsage } from '../../kube/pod-metrics.js';
import type { Logger } from '../../log/logger.js';
import type { UsageBook } from './pod-usage.js';

/** Ticks in a row the metrics API may answer 503 before usage is read from the kubelets instead. */
const FAILURES_BEFORE_FALLBACK = 3;

/** Where usage comes from: metrics-server, else the kubelets' summaries, else nowhere. */
export type UsageSource = 'metrics.k8s.io' | 'kubelet-summary' | 'none';

export interface SampledPods {
  namespace: string;
  /** Picks the pods in the metrics API (`batch.kubernetes.io/controller-uid in (...)`). */
  labelSelector: string;
  container: string;
  /** Running pods now. */
  pods: () => V1Pod[];
}

/**
 * Samples the usage of running pods every `intervalMs` while the run lasts: from metrics.k8s.io,
 * falling back to the kubelet's summary through the API server when the metrics API is absent
 * (404, 503: no APIService or metrics-server down), and to no figures at all when that is
 * refused too. One request per namespace (metrics) or per node (summary) per tick.
 */
export class UsageSampler {
  source: UsageSource = 'metrics.k8s.io';
  private timer: NodeJS.Timeout | undefined;
  private busy = false;
  private readonly seen = new Map<string, number>();
  /** Failures of the metrics API in a row: a 503 that lasts is an APIService with no metrics-server. */
  private metricsFailures = 0;

  constructor(
    private readonly config: KubeConfig,
    private readonly groups: SampledPods[],
    private readonly book: UsageBook,
    private readonly log: Logger,
    private readonly intervalMs = 20_000,
  ) {}

  start(): void {
    this.timer = setInterval(() => void this.tick(), this.intervalMs);
    this.timer.unref();
  }

  stop(): void {
    clearInterval(this.timer);
  }

  async tick(): Promise<void> {
    if (this.busy || this.source === 'none') return;
    this.busy = true;
    try {
      for (const group of this.groups) {
        const pods = group.pods();
        if (pods.length === 0) continue;
        const readings = await this.read(group, pods);
        const uids = new Map(pods.map((p) => [`${p.metadata!.namespace}/${p.metadata!.name}`, p.metadata!.uid!]));
        for (const r of readings) {
          const uid = uids.get(`${r.namespace}/${r.pod}`);
          if (!uid || r.container !== group.container) continue;
          // metrics-server answers the same reading until its next scrape: count it once.
          if (this.seen.get(uid) === r.atMs) continue;
          this.seen.set(uid, r.atMs);
          this.book.add(uid, r);
        }
      }
    } catch (err) {
      this.log.debug(`usage sample failed: ${kubeErrorText(err)}`);
    } finally {
      this.busy = false;
    }
  }

  /**
   * Only "not served" moves to the next source: 404 (no such API), 403 (not for this identity), or a 503 that lasted
   * FAILURES_BEFORE_FALLBACK ticks. A 429 (API priority and fairness), a passing 503 (the API
   * server restarting) or a lost connection is retried on the next tick.
   */
  private notServed(err: unknown): boolean {
    const code = statusCode(err);
    if (code === 403 || code === 404) return true;
    if (code === 503) return ++this.metricsFailures >= FAILURES_BEFORE_FALLBACK;
    return false;
  }

  private async read(group: SampledPods, pods: V1Pod[]): Promise<ContainerUsage[]> {
    if (this.source === 'metrics.k8s.io') {
      try {
        const readings = await listPodMetrics(this.config, group.namespace, group.labelSelector);
        this.metricsFailures = 0;
        return readings;
      } catch (err) {
        if (!this.notServed(err)) throw err;
        this.source = 'kubelet-summary';
        this.log.info(
          `metrics.k8s.io is not available (${kubeErrorText(err)}): reading usage from the kubelets' summaries`,
        );
      }
    }
    const nodes = [...new Set(pods.map((p) => p.spec?.nodeName).filter((n): n is string => Boolean(n)))];
    try {
      return (await Promise.all(nodes.map((n) => readNodeSummary(this.config, n)))).flat();
    } catch (err) {
      // 400 "address not allowed": the API server does not proxy to a node on a loopback address.
      // Anything else (429, a passing 5xx, a lost connection) is retried on the next tick.
      if (![400, 403, 404].includes(statusCode(err) ?? 0)) throw err;
      this.source = 'none';
      this.log.warn(
        'no resource usage is recorded: neither metrics.k8s.io nor the kubelet summary through the API server ' +
          `answered (${kubeErrorText(err)})`,
      );
      return [];
    }
  }
}
