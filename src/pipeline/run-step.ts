import { join } from 'node:path';
import { PinshipError } from '../errors.js';
import { escapeHtml, summaryLine } from '../github/escape.js';
import { parseImagePins } from '../pin/image-pins.js';
import { headline } from '../record/summary.js';
import type { OverlayRunOptions } from '../run/kube/run-overlay.js';
import type { RunOutcome } from '../run/run.js';
import type { FlowName } from './flow.js';
import { withKubeconfig } from './kubeconfig.js';
import type { PipelineDeps, PipelineOptions } from './options.js';

/** The report that follows a run: its code is loaded while a cluster run waits on its shards. */
export interface FollowingReport {
  load(): void;
}

/**
 * The `run` part: a pull request's experiment in its own namespace with the overlay rendered
 * with its image (nothing written to Git), or the default branch's staging overlay (applied, or
 * observed as the GitOps controller rolls the pin); on the runner's engine when no kubeconfig is
 * given. The post step is told what to remove should the job be cancelled.
 */
export async function runStep(
  flow: FlowName,
  ref: string,
  revision: string | undefined,
  report: FollowingReport | undefined,
  options: PipelineOptions,
  deps: PipelineDeps,
): Promise<RunOutcome> {
  const { cluster } = options;
  const sourceCommit = flow === 'pull-request' ? deps.context.pullRequest?.headSha : deps.context.sha;
  const out =
    options.out ?? (process.env.RUNNER_TEMP ? join(process.env.RUNNER_TEMP, 'pinship', 'run.json') : undefined);
  const overlay = flow === 'pull-request' ? cluster.overlay : options.pin.staging[0];
  if (cluster.observe && flow !== 'default-branch') {
    throw new PinshipError('observe watches the default branch roll its pin, not a pull request', { field: 'observe' });
  }
  if (flow === 'pull-request' && cluster.overlay && !cluster.kubeconfig) {
    deps.log.info(`overlay ${cluster.overlay} is for a cluster and no kubeconfig was given: running on this engine`);
  }
  const outcome = await (cluster.kubeconfig || cluster.observe
    ? withKubeconfig(cluster.kubeconfig, deps, (kubeconfig) => {
        if (!overlay) {
          const field = flow === 'pull-request' ? 'overlay' : 'staging-overlays';
          throw new PinshipError(`a run on the cluster needs the overlay to run`, { field });
        }
        const common = { overlay, kubeconfig, sourceCommit, out, timeoutSeconds: options.timeoutSeconds };
        const waiting = { signal: deps.signal, log: deps.log, onWaiting: report && (() => report.load()) };
        return runOnCluster(flow, ref, revision, { ...common, ...waiting }, options, deps);
      })
    : runLocally(ref, sourceCommit, out, options, deps));
  const { record, recordPath } = outcome;
  deps.log.info(headline(record));
  deps.output('record', recordPath);
  deps.output('run-id', record.id);
  deps.output('run-conclusion', record.conclusion);
  // A report that follows says all this and more, first in the summary.
  if (!report) await deps.summary(summaryLine(`pinship run: ${escapeHtml(headline(record))}`));
  return outcome;
}

async function runOnCluster(
  flow: FlowName,
  ref: string,
  revision: string | undefined,
  common: OverlayRunOptions,
  options: PipelineOptions,
  deps: PipelineDeps,
): Promise<RunOutcome> {
  const { cluster } = options;
  const images = parseImagePins([`${options.imageName}=${ref}`], 'image-name');
  if (cluster.observe) {
    const { observeOverlay } = await import('../run/kube/observe/observe-overlay.js');
    const observed = cluster.revision ?? revision;
    return observeOverlay({
      ...common,
      revision: observed,
      kustomization: cluster.kustomization,
      reconcile: cluster.reconcile,
    });
  }
  const { runOverlay } = await import('../run/kube/run-overlay.js');
  if (flow !== 'pull-request') return runOverlay({ ...common, images });
  const number = deps.context.pullRequest!.number;
  const namespace = cluster.namespace || `pinship-pr-${number}`;
  deps.saveState('namespace', namespace);
  deps.output('namespace', namespace);
  return runOverlay({ ...common, images, namespace, pullRequest: number, ttlSeconds: cluster.ttlSeconds });
}

async function runLocally(
  ref: string,
  sourceCommit: string | undefined,
  out: string | undefined,
  options: PipelineOptions,
  deps: PipelineDeps,
): Promise<RunOutcome> {
  const { newRunId } = await import('../run/run.js');
  const { runShards } = await import('../run/local/run-shards.js');
  const id = newRunId();
  // The post step removes what a killed run left (SIGKILL skips our cleanup): it finds it by this id.
  deps.saveState('run-id', id);
  const { local, build } = options;
  return runShards({
    id,
    image: ref,
    ...local,
    timeoutSeconds: options.timeoutSeconds,
    out,
    sourceCommit,
    username: build.username,
    password: build.password,
    signal: deps.signal,
    log: deps.log,
  });
}
