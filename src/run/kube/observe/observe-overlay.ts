import { realpathSync } from 'node:fs';
import { resolve } from 'node:path';
import { AppsV1Api, BatchV1Api, type KubeConfig } from '@kubernetes/client-node';
import { PinshipError } from '../../../errors.js';
import type { AppliedObject } from '../../../kube/apply.js';
import { kubeError } from '../../../kube/api-error.js';
import { renderOverlay, type KubeObject } from '../../../kube/render.js';
import { newRunId, sourceFrom, type RunOutcome } from '../../run.js';
import type { KubeRunOptions } from '../kube-run.js';
import { planOverlay, type OverlayPlan } from '../overlay-plan.js';
import { overlayAccess, recordOverlayRun } from '../overlay-record.js';
import type { OverlayRunOptions } from '../run-overlay.js';
import { findKustomization, readSourceUrl, sourceUrlOf, type ObservedTarget } from './find-kustomization.js';
import { inInventory, revisionCommit, type FluxKustomization } from './flux-status.js';
import { waitForFlux } from './flux-wait.js';
import { locateOverlay, type GitOpsSite } from './gitops-site.js';

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
  const dir = realpathSync(resolve(options.overlay));
  const access = overlayAccess(options);
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
  const target = await findKustomization(access.config, site, options.kustomization, options.log);
  options.log.info(
    `observing ${options.overlay}: waiting for flux kustomization ${target.namespace}/${target.name} to apply ` +
      `commit ${site.commit.slice(0, 12)}, then ${plan.jobs.length} job(s), ${plan.deployments.length} deployment(s)`,
  );
  try {
    return await recordOverlayRun(options, {
      id: newRunId(),
      access,
      plan,
      objects,
      source: sourceFrom(options.sourceCommit, options.processEnv ?? process.env),
      action: `observing overlay ${options.overlay}`,
      kube: { apply: appliedByFlux(access.config, { target, site, objects, plan }, options.reconcile ?? false) },
    });
  } finally {
    // Stopped by the wait already, unless the run ended before it (a record that cannot be written).
    await target.watched.stop();
  }
}

/** What the controller was asked to apply: the Kustomization, the commit, and the overlay as rendered. */
interface Observed {
  target: ObservedTarget;
  site: GitOpsSite;
  objects: KubeObject[];
  plan: OverlayPlan;
}

/** In place of pinship's apply: waits for Flux to apply the commit, records it, and reads what it applied. */
function appliedByFlux(config: KubeConfig, observed: Observed, reconcile: boolean): KubeRunOptions['apply'] {
  const { target, site } = observed;
  return async ({ log, stop, record }) => {
    const { kustomization, source } = await waitForFlux(config, target, site, { reconcile, signal: stop, log });
    const revision = kustomization.status!.lastAppliedRevision!;
    log.info(`flux kustomization ${target.namespace}/${target.name} applied ${revision}`);
    // The URL, from the listing that found the Kustomization or the reconcile request's answer, else read now.
    const sourceUrl =
      target.sourceUrl !== undefined
        ? target.sourceUrl
        : ((source && sourceUrlOf(kustomization, [source])) ?? (await readSourceUrl(config, kustomization)));
    record.setAppliedBy({
      controller: 'flux',
      kustomization: `${target.namespace}/${target.name}`,
      revision,
      commit: revisionCommit(revision)!,
      sourceUrl,
    });
    return readApplied(config, observed, kustomization);
  };
}

/** The overlay's Jobs and Deployments as the controller applied them (each must be in its inventory). */
async function readApplied(config: KubeConfig, observed: Observed, k: FluxKustomization): Promise<AppliedObject[]> {
  const { target, plan } = observed;
  const batch = config.makeApiClient(BatchV1Api);
  const apps = config.makeApiClient(AppsV1Api);
  const watched = observed.objects.filter(
    (o) => (o.kind === 'Job' && o.apiVersion === 'batch/v1') || (o.kind === 'Deployment' && o.apiVersion === 'apps/v1'),
  );
  const applied: AppliedObject[] = [];
  for (const o of watched) {
    const { name } = o.metadata;
    const namespace = o.metadata.namespace ?? plan.namespace;
    const group = o.apiVersion.split('/')[0]!;
    if (!inInventory(k, o.kind, group, namespace, name)) {
      throw new PinshipError(
        `flux kustomization ${target.namespace}/${target.name} does not manage ${o.kind.toLowerCase()}/${name} in ` +
          `${namespace} (not in its inventory): it builds another overlay than this one`,
        { field: '--kustomization' },
      );
    }
    try {
      // Typed reads: KubernetesObjectApi would first ask the API server's discovery for the kind.
      const object =
        o.kind === 'Job'
          ? await batch.readNamespacedJob({ name, namespace })
          : await apps.readNamespacedDeployment({ name, namespace });
      applied.push({ kind: o.kind, name, namespace, action: 'configured', object });
    } catch (err) {
      throw kubeError({ verb: 'get', resource: `${o.kind.toLowerCase()}s.${group}`, namespace, name }, err);
    }
  }
  return applied;
}
