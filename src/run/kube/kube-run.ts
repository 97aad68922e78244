import type { KubeConfig, V1Deployment, V1Job } from '@kubernetes/client-node';
import { describeError } from '../../errors.js';
import { ApplyStopped, applyObjects, type AppliedObject } from '../../kube/apply.js';
import { listClaimFiles } from './claim-files.js';
import type { KubeObject } from '../../kube/render.js';
import type { Logger } from '../../log/logger.js';
import { parseReference } from '../../registry/reference.js';
import type { ImageRecord } from '../../record/types.js';
import type { BackendContext, RunStop } from '../backend.js';
import { DeploymentRollout } from './deployment-rollout.js';
import { JobShards } from './job-shards.js';
import type { OverlayPlan } from './overlay-plan.js';
import { UsageBook } from './pod-usage.js';
import { UsageSampler } from './usage-sampler.js';

export interface KubeRunOptions {
  config: KubeConfig;
  plan: OverlayPlan;
  objects: KubeObject[];
  runId: string;
  /**
   * Image of the output collector pod, by digest; without it outputs are not listed. Never the
   * experiment's own image by default: a pull request could make it print any file list.
   */
  collectorImage?: string;
  /** The caller's cancellation (Ctrl-C): it also ends a collection after a timeout. */
  signal?: AbortSignal;
  /** Milliseconds between usage samples; default 20 s (metrics-server scrapes every 15 s by default). */
  sampleIntervalMs?: number;
  /** Called once the objects are applied and the run only waits on the cluster. */
  onWaiting?: () => void;
  /** Replace the overlay's Jobs even when unchanged, so that they run again. */
  rerun?: boolean;
  /** Puts the objects in the cluster; default: pinship applies them. `run --observe` waits for a controller instead. */
  apply?: (ctx: BackendContext) => Promise<AppliedObject[]>;
}

/**
 * The Kubernetes side of `run --overlay`: applies the rendered overlay, follows every Job's pods
 * and every Deployment's rollout by watching, samples usage, lists the output files, and fills
 * the record. A stop (timeout, Ctrl-C) ends the wait and leaves the cluster as applied: the
 * record says what was still running.
 */
export async function runOnKubernetes(options: KubeRunOptions, ctx: BackendContext): Promise<void> {
  const { config, plan } = options;
  const { log, record, stop } = ctx;
  record.setImage(imageRecord(plan.image, null), null);
  const applied = await applyOverlay(options, ctx);
  if (!applied) return;
  recordNotRerun(applied, record, log);
  const book = new UsageBook();
  const jobs = followJobs(options, applied, ctx, book);
  const rollouts = followRollouts(options, applied, log);
  const sampler = new UsageSampler(
    config,
    jobs.map((j) => ({
      namespace: j.plan.namespace,
      labelSelector: `batch.kubernetes.io/controller-uid=${j.plan.uid}`,
      container: j.plan.container,
      pods: () => j.activePods(),
    })),
    book,
    log,
    options.sampleIntervalMs,
  );

  try {
    await Promise.all([...jobs, ...rollouts].map((w) => w.start()));
    sampler.start();
    options.onWaiting?.();
    const waited = await Promise.allSettled([...jobs, ...rollouts].map((w) => w.wait(stop)));
    const failed = waited.find((w): w is PromiseRejectedResult => w.status === 'rejected' && !stop.aborted);
    if (failed) throw failed.reason;
    sampler.stop();
    if (stop.aborted) await reportStillRunning(jobs, rollouts, stop.reason as RunStop, log);
    else warnStuck(jobs, log);
    recordOutcome(plan.image, jobs, rollouts, ctx);
    if (!stop.aborted || (stop.reason as RunStop).kind === 'timeout') await collectOutputs(options, jobs, ctx);
  } finally {
    sampler.stop();
    await Promise.all([...jobs, ...rollouts].map((w) => w.stop()));
  }
}

/** Applies the overlay (or lets `options.apply` do it); undefined when stopped between two objects. */
async function applyOverlay(options: KubeRunOptions, ctx: BackendContext): Promise<AppliedObject[] | undefined> {
  const { log, stop } = ctx;
  try {
    return options.apply
      ? await options.apply(ctx)
      : await applyObjects(options.config, options.objects, {
          namespace: options.plan.namespace,
          log,
          signal: stop,
          rerunJobs: options.rerun,
        });
  } catch (err) {
    // Stopped between two objects: the record is already cancelled; say what was applied.
    if (err instanceof ApplyStopped && stop.aborted) {
      log.warn(
        `${err.message}; applied: ` +
          `${err.applied.map((a) => `${a.kind.toLowerCase()}/${a.name}`).join(', ') || 'nothing'}`,
      );
      return undefined;
    }
    throw err;
  }
}

/** One follower per planned Job, its shards numbered after the previous Jobs' (`offset`). */
function followJobs(
  options: KubeRunOptions,
  applied: AppliedObject[],
  ctx: BackendContext,
  book: UsageBook,
): JobShards[] {
  let offset = 0;
  return options.plan.jobs.map((job) => {
    const object = applied.find((a) => a.kind === 'Job' && a.name === job.name)!.object as V1Job;
    const shards = new JobShards(
      options.config,
      { ...job, namespace: object.metadata!.namespace!, uid: object.metadata!.uid!, offset },
      ctx.record,
      book,
      ctx.log,
      object,
    );
    offset += job.completions;
    if (!job.readLogs) ctx.log.info(`job/${job.name}: pinship.dev/logs is none: its pods' logs are not read`);
    return shards;
  });
}

function followRollouts(options: KubeRunOptions, applied: AppliedObject[], log: Logger): DeploymentRollout[] {
  return options.plan.deployments.map((d) => {
    const object = applied.find((a) => a.kind === 'Deployment' && a.name === d.name)!.object as V1Deployment;
    const labels = object.spec?.selector?.matchLabels ?? {};
    const selector = Object.entries(labels)
      .map(([k, v]) => `${k}=${v}`)
      .join(',');
    return new DeploymentRollout(options.config, d.name, object.metadata!.namespace!, selector, log, object);
  });
}

/** After a wait that was not stopped: the Jobs whose pods Kubernetes still retries. */
function warnStuck(jobs: JobShards[], log: Logger): void {
  const stuck = jobs.filter((j) => j.running().length);
  if (stuck.length) {
    log.warn(
      'still in the cluster, waiting on what Kubernetes retries: ' +
        `${stuck.map((j) => `job/${j.plan.name} (${j.running().join(', ')})`).join(', ')}`,
    );
  }
}

/** Job failures, suspension, rollouts and the digests the image ran, into the record. */
function recordOutcome(image: string, jobs: JobShards[], rollouts: DeploymentRollout[], ctx: BackendContext): void {
  const { log, record, stop } = ctx;
  for (const job of jobs) {
    const failure = job.failure();
    if (failure) log.warn(`job/${job.plan.name}: ${failure}`);
  }
  const suspended = jobs.map((j) => j.suspendedSeconds()).filter((s): s is number => s !== null);
  if (suspended.length) record.setSuspended(Math.max(...suspended));
  for (const rollout of rollouts)
    record.addRollout(rollout.toRecord(stop.aborted ? (stop.reason as RunStop) : undefined));
  // The digests the record's image ran: the first Job's pods, else the first Deployment's.
  const digests = new Set(
    jobs.length
      ? jobs.filter((j) => j.plan.image === image).flatMap((j) => j.digests())
      : (rollouts[0]?.toRecord().images ?? []).flatMap((i) => (i.image === image && i.digest ? [i.digest] : [])),
  );
  if (digests.size > 0) record.setImage(imageRecord(image, digests), null);
}

/** Jobs left alone (unchanged) did not run now: the record says so, and when they did run. */
function recordNotRerun(applied: AppliedObject[], record: BackendContext['record'], log: Logger): void {
  for (const a of applied.filter((o) => o.kind === 'Job' && o.action === 'unchanged')) {
    const status = (a.object as V1Job).status;
    const startedAt = isoTime(status?.startTime);
    const finishedAt = isoTime(status?.completionTime);
    record.addNotRerun({ job: a.name, namespace: a.namespace ?? '', startedAt, finishedAt });
    const when = startedAt ? `; it ran ${startedAt}${finishedAt ? ` to ${finishedAt}` : ''}` : '';
    log.info(`job/${a.name}: not run again (unchanged)${when}; --rerun replaces it to run it again`);
  }
}

/** The client library gives times as Date objects; the record keeps ISO text. */
function isoTime(value: Date | string | undefined): string | null {
  if (value === undefined) return null;
  const time = new Date(value);
  return Number.isNaN(time.getTime()) ? null : time.toISOString();
}

async function reportStillRunning(
  jobs: JobShards[],
  rollouts: DeploymentRollout[],
  stop: RunStop,
  log: Logger,
): Promise<void> {
  for (const job of jobs) await job.stopWaiting(stop);
  const still = [
    ...jobs.filter((j) => j.isSuspended()).map((j) => `job/${j.plan.name} (suspended, never resumed)`),
    ...jobs
      .filter((j) => j.running().length)
      .map((j) => `job/${j.plan.name} (${j.running().length} pod(s) running or pending)`),
    ...rollouts.filter((r) => r.state().kind === 'progressing').map((r) => `deployment/${r.name} (rolling out)`),
  ];
  // Nothing is deleted: the cluster keeps what the overlay asked for.
  log.warn(`${stop.message}; still running in the cluster: ${still.join(', ') || 'nothing'}`);
}

/** How long the outputs may still be listed once the run timed out. */
const COLLECT_AFTER_TIMEOUT_MS = 30_000;

async function collectOutputs(options: KubeRunOptions, jobs: JobShards[], ctx: BackendContext): Promise<void> {
  const withOutputs = jobs.filter((job) => options.plan.jobs.find((j) => j.name === job.plan.name)?.output);
  if (withOutputs.length === 0) return;
  if (!options.collectorImage) {
    ctx.log.warn(
      `the output files of ${withOutputs.map((j) => `job/${j.plan.name}`).join(', ')} are not listed: give ` +
        '--collector-image REPO@sha256:... (an image with sh, find, stat and sha256sum, busybox say); the ' +
        "experiment's own image is not trusted to list its outputs",
    );
    return;
  }
  // Listing obeys the run's timeout and Ctrl-C; after a timeout it gets a short while of its own.
  const signal = ctx.stop.aborted
    ? AbortSignal.any([AbortSignal.timeout(COLLECT_AFTER_TIMEOUT_MS), ...(options.signal ? [options.signal] : [])])
    : ctx.stop;
  for (const job of withOutputs) {
    const output = options.plan.jobs.find((j) => j.name === job.plan.name)!.output!;
    try {
      const files = await listClaimFiles(
        options.config,
        {
          namespace: job.plan.namespace,
          claim: output.claim,
          base: output.base,
          image: options.collectorImage,
          runId: options.runId,
        },
        ctx.log,
        signal,
      );
      for (let index = 0; index < job.plan.completions; index++)
        ctx.record.setOutputs(job.plan.offset + index, files.get(index) ?? []);
    } catch (err) {
      ctx.log.warn(`job/${job.plan.name}: the output files were not listed: ${describeError(err)}`);
    }
  }
}

/** The record's image: pinned by the overlay, or resolved to what the pods ran. */
export function imageRecord(ref: string, digests: Set<string> | null): ImageRecord {
  const parsed = parseReference(ref);
  if (parsed.digest)
    return { ref, name: parsed.name, digest: parsed.digest, imageId: null, resolvedFrom: 'digest', note: null };
  const ran = digests && digests.size === 1 ? [...digests][0]! : null;
  return {
    ref,
    name: parsed.name,
    digest: ran,
    imageId: null,
    resolvedFrom: 'tag',
    note: ran
      ? 'not pinned in the overlay: the digest the pods ran, from their status'
      : digests && digests.size > 1
        ? `not pinned in the overlay, and the pods ran ${digests.size} different digests`
        : 'not pinned in the overlay, and no pod reported a digest',
  };
}
