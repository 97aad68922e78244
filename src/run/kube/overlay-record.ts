import { loadClusterAccess, type ClusterAccess } from '../../kube/kube-config.js';
import type { KubeObject } from '../../kube/render.js';
import type { SourceRecord } from '../../record/types.js';
import { recordRun, type RunOutcome } from '../run.js';
import { runOnKubernetes, type KubeRunOptions } from './kube-run.js';
import type { OverlayPlan } from './overlay-plan.js';
import type { OverlayRunOptions } from './run-overlay.js';

/** The cluster the overlay runs on, from the options' kubeconfig and context (else the environment's). */
export function overlayAccess(options: OverlayRunOptions): ClusterAccess {
  return loadClusterAccess({
    kubeconfig: options.kubeconfig,
    context: options.context,
    env: options.processEnv ?? process.env,
    userAgent: options.userAgent,
  });
}

/** One run of a planned overlay: what `run --overlay` and `run --observe` tell apart. */
export interface OverlayRun {
  id: string;
  access: ClusterAccess;
  plan: OverlayPlan;
  objects: KubeObject[];
  source: SourceRecord | undefined;
  /** What is being done, to wrap errors: `running overlay overlays/dev`. */
  action: string;
  /** How the objects get into the cluster (`apply`), and whether Jobs are replaced (`rerun`). */
  kube: Pick<KubeRunOptions, 'apply' | 'rerun'>;
}

/** Follows the overlay's Jobs and Deployments on the cluster into a run record, written where the options say. */
export function recordOverlayRun(options: OverlayRunOptions, run: OverlayRun): Promise<RunOutcome> {
  const { plan } = run;
  return recordRun({
    id: run.id,
    backend: 'kubernetes',
    parameters: { ...plan.parameters, timeoutSeconds: options.timeoutSeconds ?? null },
    outputDir: null,
    source: run.source,
    shardJobs: plan.shardJobs,
    action: run.action,
    out: options.out,
    signal: options.signal,
    log: options.log,
    execute: (ctx) =>
      runOnKubernetes(
        {
          ...run.kube,
          config: run.access.config,
          plan,
          objects: run.objects,
          runId: run.id,
          collectorImage: options.collectorImage,
          signal: options.signal,
          sampleIntervalMs: options.sampleIntervalMs,
          onWaiting: options.onWaiting,
        },
        ctx,
      ),
  });
}
