import { BatchV1Api, CoreV1Api, type KubeConfig, type V1Job, type V1Pod } from '@kubernetes/client-node';
import { WatchedList, seedOf } from '../../kube/watched-list.js';
import type { Logger } from '../../log/logger.js';
import type { RunRecordBuilder } from '../../record/builder.js';
import type { RunStop } from '../backend.js';
import { AttemptOutput } from '../result-lines.js';
import { attemptOutput } from './attempt-log.js';
import { IndexOutcomes } from './index-outcomes.js';
import { JobSuspension } from './job-suspension.js';
import { failedWithoutEnd, podAttempt, stoppedEnd } from './pod-attempt.js';
import { completionIndex, deadlineEnd, mainContainer, podState, type PodEnd } from './pod-state.js';
import type { UsageBook } from './pod-usage.js';
import { forgetPod, slimPod } from './slim-pod.js';

/** One Job of the run: where its shards sit in the record and what its pods run. */
export interface JobPlan {
  name: string;
  namespace: string;
  uid: string;
  completions: number;
  indexed: boolean;
  /** Retries per index (backoffLimitPerIndex), else the Job's backoffLimit. */
  backoffLimit: number;
  /** Position of the Job's index 0 among the record's shards. */
  offset: number;
  container: string;
  image: string;
  memoryLimitBytes: number | null;
  /** False for a Job annotated `pinship.dev/logs: none`: attempts are judged by their container's exit alone. */
  readLogs: boolean;
}

type PodProgress = 'announced' | 'recording' | 'done' | 'stuck';

/**
 * Follows one Job's pods by watching them (and the Job) and turns each pod into an attempt of
 * its index: logs read once its container terminated (before the pod can be garbage-collected),
 * Kubernetes' reason, wall time from the container state, usage from the sampler.
 */
export class JobShards {
  private readonly pods: WatchedList<V1Pod>;
  private readonly job: WatchedList<V1Job>;
  private readonly progress = new Map<string, PodProgress>();
  private readonly attempts = new Map<number, number>();
  private readonly outcomes: IndexOutcomes;
  /** Non-indexed Jobs: which slot each pod fills. */
  private readonly slots = new Map<string, number>();
  private readonly inFlight = new Set<Promise<void>>();
  private readonly ran = new Set<string>();
  private readonly suspension: JobSuspension;

  constructor(
    private readonly config: KubeConfig,
    readonly plan: JobPlan,
    private readonly record: RunRecordBuilder,
    private readonly usage: UsageBook,
    private readonly log: Logger,
    /** The Job as applied or read: its watch starts from it instead of listing. */
    applied?: V1Job,
  ) {
    this.suspension = new JobSuspension(plan.name, log);
    this.outcomes = new IndexOutcomes(plan.completions);
    const core = config.makeApiClient(CoreV1Api);
    const batch = config.makeApiClient(BatchV1Api);
    const { namespace } = plan;
    const labelSelector = `batch.kubernetes.io/controller-uid=${plan.uid}`;
    this.pods = new WatchedList<V1Pod>(config, {
      path: `/api/v1/namespaces/${namespace}/pods`,
      labelSelector,
      list: (page) => core.listNamespacedPod({ namespace, labelSelector, limit: page.limit, _continue: page.continue }),
      request: { resource: 'pods', namespace },
      log,
      trim: (pod) =>
        this.progress.get(pod.metadata?.uid ?? '') === 'done' ? forgetPod(pod) : slimPod(pod, plan.container),
      onChange: (event, pod) => this.onPod(event, pod),
    });
    const fieldSelector = `metadata.name=${plan.name}`;
    this.job = new WatchedList<V1Job>(config, {
      path: `/apis/batch/v1/namespaces/${namespace}/jobs`,
      fieldSelector,
      seed: seedOf(applied),
      list: (page) =>
        batch.listNamespacedJob({ namespace, fieldSelector, limit: page.limit, _continue: page.continue }),
      request: { resource: 'jobs.batch', namespace },
      log,
      onChange: (_event, job) => {
        if (job.metadata?.uid === plan.uid) this.suspension.follow(job.spec?.suspend === true);
        this.pods.wake();
      },
    });
  }

  async start(): Promise<void> {
    await Promise.all([this.job.start(), this.pods.start()]);
  }

  /**
   * Resolves once every index succeeded, or the Job finished (or only stuck pods remain), and
   * every pod's attempt is recorded.
   */
  async wait(signal: AbortSignal): Promise<void> {
    await this.pods.waitFor(() => this.isSettled(), signal);
    await Promise.all([...this.inFlight]);
  }

  /** Names of the Job's pods that still run, for "still running" messages. */
  running(): string[] {
    return this.pods
      .items()
      .filter((p) => p.status?.phase === 'Running' || p.status?.phase === 'Pending')
      .map((p) => p.metadata!.name!);
  }

  /** Uids and names of pods that are running now, for the usage sampler. */
  activePods(): V1Pod[] {
    return this.pods.items().filter((p) => p.status?.phase === 'Running');
  }

  /** Manifest digests the Job's pods ran, from their containers' imageID. */
  digests(): string[] {
    return [...this.ran];
  }

  /** Whether the Job is suspended now (a queue has not admitted it). */
  isSuspended(): boolean {
    return this.suspension.isSuspended();
  }

  /** Seconds the Job spent suspended while pinship watched it, or null when it never was. */
  suspendedSeconds(): number | null {
    return this.suspension.seconds();
  }

  /** The Job's Failed condition message, if it failed. */
  failure(): string | null {
    const failed = this.currentJob()?.status?.conditions?.find((c) => c.type === 'Failed' && c.status === 'True');
    return failed ? `${failed.reason ?? 'Failed'}: ${failed.message ?? ''}`.trim() : null;
  }

  /**
   * The run stopped (timeout, Ctrl-C) before the Job ended: pods still running are recorded as
   * attempts that were stopped, though they go on in the cluster; pods not started are not attempts.
   */
  async stopWaiting(stop: RunStop): Promise<void> {
    await Promise.all([...this.inFlight]);
    for (const pod of this.pods.items()) {
      const uid = pod.metadata!.uid!;
      const progress = this.progress.get(uid);
      if (progress === 'done' || progress === 'stuck' || progress === 'recording') continue;
      const position = this.position(pod);
      if (position === null) continue;
      const state = podState(pod, this.plan.container);
      if (state.kind === 'running') {
        this.finish(position, pod, stoppedEnd(stop, pod, state.startedAt));
      } else if (progress === 'announced') {
        this.record.attemptAbandoned(position);
      }
    }
  }

  async stop(): Promise<void> {
    await Promise.all([this.pods.stop(), this.job.stop()]);
  }

  private currentJob(): V1Job | undefined {
    return this.job.items().find((j) => j.metadata?.uid === this.plan.uid);
  }

  private isSettled(): boolean {
    if (this.inFlight.size > 0) return false;
    const recorded = (p: V1Pod) => ['done', 'stuck'].includes(this.progress.get(p.metadata!.uid!) ?? '');
    const job = this.currentJob();
    const finished = job?.status?.conditions?.some(
      (c) => (c.type === 'Complete' || c.type === 'Failed') && c.status === 'True',
    );
    // Evaluated on every pod event: the pods are only gone through once the answer may be yes.
    if (finished) {
      return this.pods.items().every((p) => recorded(p) || podState(p, this.plan.container).kind === 'pending');
    }
    // Not waiting for the Job's condition: what its indexes did already decides the run.
    return this.outcomes.decided() && this.pods.items().every(recorded);
  }

  private onPod(event: 'add' | 'update' | 'delete', pod: V1Pod): void {
    const uid = pod.metadata?.uid;
    if (!uid) return;
    const progress = this.progress.get(uid);
    if (progress === 'done' || progress === 'recording') return;
    const position = this.position(pod);
    if (position === null) return;
    const state = podState(pod, this.plan.container);
    if (state.kind === 'running' && !progress) {
      this.progress.set(uid, 'announced');
      this.record.attemptStarted(position);
    } else if (state.kind === 'stuck' && progress !== 'stuck') {
      if (!progress) this.record.attemptStarted(position);
      this.progress.set(uid, 'stuck');
      this.outcomes.settle(position, 'stuck');
      this.log.warn(
        `pod ${pod.metadata!.name}: ${state.reason}${state.message ? ` (${state.message})` : ''}; Kubernetes keeps ` +
          'retrying it, pinship stops waiting',
      );
      this.finish(position, pod, failedWithoutEnd(state.reason, state.message));
      this.progress.set(uid, 'stuck');
    } else if (state.kind === 'ended') {
      if (!progress) this.record.attemptStarted(position);
      this.progress.set(uid, 'recording');
      const task = this.recordEnd(position, pod, state.end).finally(() => {
        this.inFlight.delete(task);
        this.pods.wake();
      });
      this.inFlight.add(task);
    } else if (event === 'delete' && progress === 'announced') {
      // Deleted while running (the Job failed and its controller removed its active pods).
      const failure = this.failure();
      this.finish(
        position,
        pod,
        failedWithoutEnd('Error', `the pod was deleted before it ended${failure ? ` (${failure})` : ''}`),
      );
    }
  }

  /** Reads the log of a pod that ended, then records its attempt. */
  private async recordEnd(position: number, pod: V1Pod, end: PodEnd): Promise<void> {
    const attempt = (this.attempts.get(position) ?? 0) + 1;
    const target = { namespace: this.plan.namespace, pod: pod.metadata!.name!, container: this.plan.container };
    const { output, logProblem } = await attemptOutput(this.config, target, attempt, this.plan.readLogs, this.log);
    // The Job controller deletes the pods of a Job that failed (activeDeadlineSeconds) and marks
    // the Job FailureTarget first: wait a moment for that to arrive, so the reason is the Job's.
    if (pod.metadata?.deletionTimestamp && end.status === 'failed') {
      await this.job.waitFor(() => this.jobFailure(), AbortSignal.timeout(5000)).catch(() => {});
    }
    // A log that could not be read may have held results: the attempt cannot count as a success.
    const outcome: PodEnd =
      logProblem && end.status === 'succeeded'
        ? { ...end, status: 'failed', reason: 'Error', message: logProblem }
        : end;
    this.finish(position, pod, outcome, output);
  }

  private finish(position: number, pod: V1Pod, podEnd: PodEnd, output = new AttemptOutput(1)): void {
    const uid = pod.metadata!.uid!;
    const end = deadlineEnd(pod, podEnd, this.jobFailure());
    const imageId = mainContainer(pod, this.plan.container)?.imageID ?? '';
    const digest = /sha256:[a-f0-9]{64}$/.exec(imageId)?.[0];
    if (digest) this.ran.add(digest);
    const attempt = (this.attempts.get(position) ?? 0) + 1;
    this.attempts.set(position, attempt);
    const record = podAttempt(pod, end, attempt, output, this.plan, this.usage);
    const results = output.results.map((r) => ({ ...r, attempt }));
    const resultErrors = output.resultErrors.map((r) => ({ ...r, attempt }));
    this.progress.set(uid, 'done');
    if (end.status === 'succeeded') this.outcomes.settle(position, 'succeeded');
    else if (attempt > this.plan.backoffLimit) this.outcomes.settle(position, 'failed');
    this.record.attemptFinished(position, { attempt: record, results, resultErrors });
    const cached = this.pods.get(pod.metadata!.name!, pod.metadata!.namespace);
    if (cached?.metadata?.uid === uid) forgetPod(cached);
  }

  /** The Job's FailureTarget (decided, pods being removed) or Failed condition, if any. */
  private jobFailure() {
    return this.currentJob()?.status?.conditions?.find(
      (c) => (c.type === 'FailureTarget' || c.type === 'Failed') && c.status === 'True',
    );
  }

  /** The record position of a pod's shard: its completion index, or a free slot of a non-indexed Job. */
  private position(pod: V1Pod): number | null {
    if (this.plan.indexed) {
      const index = completionIndex(pod);
      return index === null || index >= this.plan.completions ? null : this.plan.offset + index;
    }
    const uid = pod.metadata!.uid!;
    let slot = this.slots.get(uid);
    if (slot === undefined) {
      const busy = new Set(
        [...this.slots.entries()].filter(([u]) => this.progress.get(u) !== 'done').map(([, s]) => s),
      );
      // Outcomes are kept by record position (offset + slot), as the record's shards are.
      slot =
        [...Array(this.plan.completions).keys()].find(
          (s) => !busy.has(s) && !this.outcomes.succeeded(this.plan.offset + s),
        ) ?? 0;
      this.slots.set(uid, slot);
    }
    return this.plan.offset + slot;
  }
}
