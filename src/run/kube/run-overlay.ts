import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { loadClusterAccess } from '../../kube/kube-config.js';
import { overlayMissing } from '../../kube/kustomize.js';
import { renderOverlay } from '../../kube/render.js';
import type { Logger } from '../../log/logger.js';
import { newRunId, recordRun, sourceFrom, type RunOutcome } from '../run.js';
import { runOnKubernetes } from './kube-run.js';
import { planOverlay } from './overlay-plan.js';
import { overlaySource } from './overlay-source.js';

export interface OverlayRunOptions {
  /** The Kustomize overlay folder. */
  overlay: string;
  kubeconfig?: string;
  context?: string;
  /** Default: the overlay's namespace, else the context's. */
  namespace?: string;
  timeoutSeconds?: number | null;
  /** Where the record goes; default `.pinship/runs/<run id>/run.json`. */
  out?: string;
  sourceCommit?: string;
  /** Replace the overlay's Jobs even when unchanged, so that they run again (`--rerun`). */
  rerun?: boolean;
  collectorImage?: string;
  sampleIntervalMs?: number;
  /** Sent as the User-Agent of every request (default `pinship`). */
  userAgent?: string;
  signal?: AbortSignal;
  log: Logger;
  processEnv?: NodeJS.ProcessEnv;
}

/** `run --overlay`: renders, applies and waits for an overlay on Kubernetes, and writes its run record. */
export async function runOverlay(options: OverlayRunOptions): Promise<RunOutcome> {
  const processEnv = options.processEnv ?? process.env;
  const dir = resolve(options.overlay);
  if (!existsSync(dir)) throw overlayMissing(options.overlay);
  const access = loadClusterAccess({
    kubeconfig: options.kubeconfig,
    context: options.context,
    env: processEnv,
    userAgent: options.userAgent,
  });
  const objects = await renderOverlay(dir);
  const plan = planOverlay(objects, { namespace: options.namespace, contextNamespace: access.namespace, dir });
  for (const warning of plan.warnings) options.log.warn(warning);
  const id = newRunId();
  const cluster = access.config.getCurrentCluster()?.server ?? '';
  options.log.info(
    `running ${options.overlay} on ${cluster} (context ${access.config.getCurrentContext()}, namespace ` +
      `${plan.namespace}): ` +
      `${plan.jobs.length} job(s), ${plan.parameters.shards} shard(s), ${plan.deployments.length} deployment(s)`,
  );
  return recordRun({
    id,
    backend: 'kubernetes',
    parameters: { ...plan.parameters, timeoutSeconds: options.timeoutSeconds ?? null },
    outputDir: null,
    source:
      sourceFrom(options.sourceCommit, processEnv) ?? (await overlaySource(plan.image, dir, options.log, processEnv)),
    shardJobs: plan.shardJobs,
    action: `running overlay ${options.overlay}`,
    out: options.out,
    signal: options.signal,
    log: options.log,
    execute: (ctx) =>
      runOnKubernetes(
        {
          config: access.config,
          plan,
          objects,
          runId: id,
          rerun: options.rerun,
          collectorImage: options.collectorImage,
          sampleIntervalMs: options.sampleIntervalMs,
        },
        ctx,
      ),
  });
}
