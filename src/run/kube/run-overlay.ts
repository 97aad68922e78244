import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { describeError } from '../../errors.js';
import type { ClusterAccess } from '../../kube/kube-config.js';
import { checkNamespaceName, ensureNamespace } from '../../kube/run-namespace.js';
import { overlayMissing } from '../../kube/kustomize.js';
import type { Logger } from '../../log/logger.js';
import type { ImagePin } from '../../kube/kustomization/image-pin.js';
import type { SourceRecord } from '../../record/types.js';
import { newRunId, sourceFrom, type RunOutcome } from '../run.js';
import { cleanup, removeExpired } from './cleanup.js';
import { renderWithOverrides } from './overlay-override.js';
import { checkOverlayObjects } from './overlay-policy.js';
import { planOverlay } from './overlay-plan.js';
import { overlayAccess, recordOverlayRun } from './overlay-record.js';
import { overlaySource } from './overlay-source.js';

/** How long a namespace pinship creates is kept before a later run or cleanup removes it: 3 days. */
export const DEFAULT_NAMESPACE_TTL_SECONDS = 3 * 24 * 3600;

export interface OverlayRunOptions {
  /** The Kustomize overlay folder. */
  overlay: string;
  kubeconfig?: string;
  context?: string;
  /**
   * Run there: every namespaced object is moved to it as it renders (kustomize's `namespace:`),
   * and it is created, labelled as pinship's, when missing. Default: the overlay's, else the context's.
   */
  namespace?: string;
  /** Images replaced as the overlay renders, as `pin` would pin them (nothing is written). */
  images?: ImagePin[];
  /** Kinds allowed beside the default set (`--allow-kind`). */
  allowKinds?: string[];
  /** Labels of a namespace pinship creates. */
  pullRequest?: number;
  repository?: string;
  ttlSeconds?: number;
  /** After the run, delete what pinship created (and the namespace, when pinship created it). */
  cleanup?: boolean;
  timeoutSeconds?: number | null;
  /** Where the record goes; default `.pinship/runs/<run id>/run.json`. */
  out?: string;
  sourceCommit?: string;
  /** Replace the overlay's Jobs even when unchanged, so that they run again (`--rerun`). */
  rerun?: boolean;
  /** Lists the output files (by digest; see KubeRunOptions.collectorImage). */
  collectorImage?: string;
  sampleIntervalMs?: number;
  /** Called once the objects are applied and the run only waits on the cluster. */
  onWaiting?: () => void;
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
  const access = overlayAccess(options);
  const namespace = options.namespace && checkNamespaceName(options.namespace, '--namespace');
  const objects = await renderWithOverrides(dir, { namespace, images: options.images });
  const plan = planOverlay(objects, { namespace, contextNamespace: access.namespace, dir });
  checkOverlayObjects(objects, { namespace: plan.namespace, allowKinds: options.allowKinds ?? [], dir });
  for (const warning of plan.warnings) options.log.warn(warning);
  const given = sourceFrom(options.sourceCommit, processEnv);
  if (namespace) await prepareNamespace(access, namespace, given, options);
  const cluster = access.config.getCurrentCluster()?.server ?? '';
  options.log.info(
    `running ${options.overlay} on ${cluster} (context ${access.config.getCurrentContext()}, namespace ` +
      `${plan.namespace}): ` +
      `${plan.jobs.length} job(s), ${plan.parameters.shards} shard(s), ${plan.deployments.length} deployment(s)`,
  );
  const run = recordOverlayRun(options, {
    id: newRunId(),
    access,
    plan,
    objects,
    source: given ?? (await overlaySource(plan.image, dir, options.log, processEnv)),
    action: `running overlay ${options.overlay}`,
    kube: { rerun: options.rerun },
  });
  return options.cleanup ? cleanUpAfter(run, plan.namespace, options) : run;
}

/** `--namespace`: created (labelled as pinship's, with its owner and expiry) when missing; expired ones removed. */
async function prepareNamespace(
  access: ClusterAccess,
  namespace: string,
  source: SourceRecord | undefined,
  options: OverlayRunOptions,
): Promise<void> {
  const owner = {
    pullRequest: options.pullRequest,
    repository: options.repository ?? (options.processEnv ?? process.env).GITHUB_REPOSITORY,
    sourceCommit: source?.commit ?? undefined,
    ttlSeconds: options.ttlSeconds ?? DEFAULT_NAMESPACE_TTL_SECONDS,
  };
  await ensureNamespace(access.config, namespace, owner, options.log);
  await removeExpired(access.config, options.log, options.signal);
}

/** `--cleanup`: deletes what the run created once it ended, whether it succeeded or not. */
async function cleanUpAfter(run: Promise<RunOutcome>, namespace: string, options: OverlayRunOptions) {
  const clean = () =>
    cleanup({
      namespace,
      kubeconfig: options.kubeconfig,
      context: options.context,
      log: options.log,
      processEnv: options.processEnv ?? process.env,
    });
  let outcome: RunOutcome;
  try {
    outcome = await run;
  } catch (err) {
    // The run's own error is the one to tell; a cleanup failure after it is a warning.
    await clean().catch((cleanupErr: unknown) => options.log.warn(`cleanup: ${describeError(cleanupErr)}`));
    throw err;
  }
  await clean();
  return outcome;
}
