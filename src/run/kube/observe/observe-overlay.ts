import { realpathSync } from 'node:fs';
import { resolve } from 'node:path';
import { KubernetesObjectApi, type KubeConfig } from '@kubernetes/client-node';
import { PinshipError } from '../../../errors.js';
import type { AppliedObject } from '../../../kube/apply.js';
import { kubeError } from '../../../kube/api-error.js';
import { loadClusterAccess } from '../../../kube/kube-config.js';
import { renderOverlay, type KubeObject } from '../../../kube/render.js';
import { newRunId, recordRun, sourceFrom, type RunOutcome } from '../../run.js';
import { runOnKubernetes } from '../kube-run.js';
import { planOverlay, type OverlayPlan } from '../overlay-plan.js';
import type { OverlayRunOptions } from '../run-overlay.js';
import { findKustomization, type ObservedTarget } from './find-kustomization.js';
import { inInventory, revisionCommit, type FluxKustomization } from './flux-status.js';
import { waitForFlux } from './flux-wait.js';
import { locateOverlay } from './gitops-site.js';

export interface ObserveOptions extends OverlayRunOptions {
  /** `NAMESPACE/NAME` of the Flux Kustomization; default: found by the overlay's path and origin. */
  kustomization?: string;
  /** The GitOps commit to observe; default HEAD of the overlay's clone. */
  revision?: string;
  /** Request a reconcile (`reconcile.fluxcd.io/requestedAt`) instead of waiting for the interval. */
  reconcile?: boolean;
}

/**
 * `run --overlay DIR --observe`: applies nothing. Waits until the Flux Kustomization building
 * the overlay applied the commit and is Ready, then follows the Jobs and Deployments the overlay
 * renders exactly as `run --overlay` does, into a run record that names who applied them.
 */
export async function observeOverlay(options: ObserveOptions): Promise<RunOutcome> {
  const processEnv = options.processEnv ?? process.env;
  const dir = realpathSync(resolve(options.overlay));
  const access = loadClusterAccess({
    kubeconfig: options.kubeconfig,
    context: options.context,
    env: processEnv,
    userAgent: options.userAgent,
  });
  const site = await locateOverlay(dir, options.revision);
  if (site.head !== site.commit) {
    options.log.warn(
      `the overlay is rendered from the clone's files at HEAD ${site.head.slice(0, 12)}, not at the observed ` +
        `commit ${site.commit.slice(0, 12)}: check that commit out for a record of what it renders`,
    );
  }
  const objects = await renderOverlay(dir);
  const plan = planOverlay(objects, { namespace: options.namespace, contextNamespace: access.namespace, dir });
  for (const warning of plan.warnings) options.log.warn(warning);
  const target = await findKustomization(access.config, site, options.kustomization);
  const id = newRunId();
  options.log.info(
    `observing ${options.overlay}: waiting for flux kustomization ${target.namespace}/${target.name} to apply ` +
      `commit ${site.commit.slice(0, 12)}, then ${plan.jobs.length} job(s), ${plan.deployments.length} deployment(s)`,
  );
  return recordRun({
    id,
    backend: 'kubernetes',
    parameters: { ...plan.parameters, timeoutSeconds: options.timeoutSeconds ?? null },
    outputDir: null,
    source: sourceFrom(options.sourceCommit, processEnv),
    shardJobs: plan.shardJobs,
    action: `observing overlay ${options.overlay}`,
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
          collectorImage: options.collectorImage,
          sampleIntervalMs: options.sampleIntervalMs,
          apply: async ({ log, stop, record }) => {
            const applied = await waitForFlux(access.config, target, site, {
              reconcile: options.reconcile ?? false,
              signal: stop,
              log,
            });
            const revision = applied.status!.lastAppliedRevision!;
            log.info(`flux kustomization ${target.namespace}/${target.name} applied ${revision}`);
            record.setAppliedBy({
              controller: 'flux',
              kustomization: `${target.namespace}/${target.name}`,
              revision,
              commit: revisionCommit(revision)!,
              sourceUrl: target.sourceUrl,
            });
            return readApplied(access.config, objects, plan, applied, target);
          },
        },
        ctx,
      ),
  });
}

/** The overlay's Jobs and Deployments as the controller applied them (each must be in its inventory). */
async function readApplied(
  config: KubeConfig,
  objects: KubeObject[],
  plan: OverlayPlan,
  k: FluxKustomization,
  target: ObservedTarget,
): Promise<AppliedObject[]> {
  const api = KubernetesObjectApi.makeApiClient(config);
  const watched = objects.filter(
    (o) => (o.kind === 'Job' && o.apiVersion === 'batch/v1') || (o.kind === 'Deployment' && o.apiVersion === 'apps/v1'),
  );
  const applied: AppliedObject[] = [];
  for (const o of watched) {
    const namespace = o.metadata.namespace ?? plan.namespace;
    const group = o.apiVersion.split('/')[0]!;
    const what = `${o.kind.toLowerCase()}/${o.metadata.name}`;
    if (!inInventory(k, o.kind, group, namespace, o.metadata.name)) {
      throw new PinshipError(
        `flux kustomization ${target.namespace}/${target.name} does not manage ${what} in ${namespace} ` +
          '(not in its inventory): it builds another overlay than this one',
        { field: '--kustomization' },
      );
    }
    try {
      const object = await api.read({
        apiVersion: o.apiVersion,
        kind: o.kind,
        metadata: { name: o.metadata.name, namespace },
      });
      applied.push({ kind: o.kind, name: o.metadata.name, namespace, action: 'configured', object });
    } catch (err) {
      throw kubeError(
        { verb: 'get', resource: `${o.kind.toLowerCase()}s.${group}`, namespace, name: o.metadata.name },
        err,
      );
    }
  }
  return applied;
}
