import type { RolloutRecord } from './rollout.js';

/**
 * The run record: one JSON document per `pinship run`, the only input of `report`. Both backends
 * (local Docker engine, Kubernetes) fill the same shape; schema/run-record.v1.json describes it.
 */
export const RUN_RECORD_API_VERSION = 'pinship.dev/v1';
export const RUN_RECORD_KIND = 'RunRecord';

export type BackendKind = 'local' | 'kubernetes';
/** `success` only when every shard succeeded and every result line parsed. */
export type Conclusion = 'success' | 'failure' | 'timed-out' | 'cancelled';
export type AttemptStatus = 'succeeded' | 'failed' | 'timed-out' | 'cancelled';
/** A shard's status is its last attempt's; `not-started` when the run stopped before it ran. */
export type ShardStatus = AttemptStatus | 'not-started';

/**
 * Why an attempt ended, in Kubernetes' words so both backends agree: `Completed` (exit 0),
 * `Error` (non-zero exit), `OOMKilled`, `DeadlineExceeded` (the run's timeout stopped it),
 * `Cancelled` (Ctrl-C / abort), `StartError` (the engine could not create or start it).
 */
export type AttemptReason =
  | 'Completed'
  | 'Error'
  | 'OOMKilled'
  | 'DeadlineExceeded'
  | 'Cancelled'
  | 'StartError'
  | KubePodReason;

/**
 * Kubernetes only: a pod the kubelet evicted, or one that could not start and that Kubernetes
 * would keep retrying forever (the Job controller does not fail it): pinship ends its wait.
 */
export type KubePodReason =
  | 'Evicted'
  | 'ImagePullBackOff'
  | 'ErrImagePull'
  | 'InvalidImageName'
  | 'CreateContainerConfigError'
  | 'CreateContainerError';

export interface RunRecord {
  apiVersion: typeof RUN_RECORD_API_VERSION;
  kind: typeof RUN_RECORD_KIND;
  /** Also the value of the `io.pinship.run` label on every container or pod of the run. */
  id: string;
  backend: BackendKind;
  image: ImageRecord;
  source: SourceRecord;
  startedAt: string;
  finishedAt: string;
  durationSeconds: number;
  parameters: RunParameters;
  conclusion: Conclusion;
  /** Set when the run was stopped before every shard had finished. */
  cancellation: Cancellation | null;
  /** Absolute path of the run's output folder (`<dir>/shards/<index>/...`), null on Kubernetes. */
  outputDir: string | null;
  totals: RunTotals;
  shards: ShardRecord[];
  /** Deployment rollouts the run waited for (Kubernetes backend); always empty locally. */
  rollouts: RolloutRecord[];
  /**
   * Kubernetes: how long the run's Jobs were suspended (`spec.suspend`, a queue such as Kueue
   * holding them) before they ran, the longest of them; `durationSeconds` includes it. Absent
   * when no Job was suspended.
   */
  suspendedSeconds?: number;
  /**
   * Kubernetes: Jobs found unchanged and not run again; their shards are from that earlier run,
   * and this record's own times are the wait, not a run. Absent when every Job ran.
   */
  notRerun?: NotRerunJob[];
  /** `run --observe`: the GitOps controller that applied the overlay; absent when pinship applied it. */
  appliedBy?: AppliedByRecord;
}

/** A Job `run --overlay` left alone (unchanged), and when it did run. */
export interface NotRerunJob {
  job: string;
  namespace: string;
  /** The Job's status.startTime. */
  startedAt: string | null;
  /** Its status.completionTime; null when it did not complete. */
  finishedAt: string | null;
}

/** Who applied what `run --observe` watched: a Flux Kustomization, at a Git revision. */
export interface AppliedByRecord {
  controller: 'flux';
  /** `namespace/name` of the Kustomization. */
  kustomization: string;
  /** Its lastAppliedRevision: `main@sha1:<commit>`. */
  revision: string;
  commit: string;
  /** The GitRepository's URL. */
  sourceUrl: string | null;
}

export interface ImageRecord {
  /** The reference as given: `repo@sha256:...`, `repo:tag`, or a local image name. */
  ref: string;
  /** The repository name without tag or digest. */
  name: string;
  /** The manifest digest every shard ran; null for an image that was never pushed. */
  digest: string | null;
  /** The engine's image ID (config digest) the containers were created from; null on Kubernetes. */
  imageId: string | null;
  /** How the digest was found: given, resolved from a tag, or absent (local-only image). */
  resolvedFrom: 'digest' | 'tag' | 'local-image';
  /** Why `digest` is null or how it was resolved, for the reader of the report. */
  note: string | null;
}

export interface SourceRecord {
  commit: string | null;
  /**
   * Where `commit` came from: the caller, `GITHUB_SHA`, the image's OCI revision label, the
   * `Pinship-Source` trailer of the commit that pinned the image (Kubernetes), or nowhere.
   */
  from: 'option' | 'GITHUB_SHA' | 'image-label' | 'pin-commit' | 'unknown';
}

export interface RunParameters {
  shards: number;
  parallelism: number;
  /** CPU limit per shard in cores; null means unlimited. */
  cpus: number | null;
  /** Memory limit per shard in bytes (no swap); null means unlimited. */
  memoryBytes: number | null;
  timeoutSeconds: number | null;
  /** Retries per index after the first attempt (Kubernetes' backoffLimitPerIndex). */
  backoffLimit: number;
  args: string[];
  /** Names only: values may be secrets and are never recorded. */
  envNames: string[];
}

export interface Cancellation {
  reason: 'timeout' | 'signal' | 'error';
  at: string;
  message: string;
}

export interface RunTotals {
  shards: number;
  succeeded: number;
  failed: number;
  timedOut: number;
  cancelled: number;
  notStarted: number;
  attempts: number;
  retries: number;
  results: number;
  resultErrors: number;
  /** Regular files listed, readable or not (unlistable folders are not counted). */
  outputFiles: number;
  outputBytes: number;
  /**
   * Files and folders under the outputs that pinship could not read; they do not change the conclusion.
   * Absent in records written before it existed.
   */
  unreadableOutputs?: number;
  /**
   * Output files left without a hash because the run stopped first (not counted as unreadable).
   * Absent in records written before it existed.
   */
  notHashedOutputs?: number;
  /** Sum over all attempts of sampled CPU time. */
  cpuCoreSeconds: number;
  peakMemoryBytes: number | null;
  /** Most attempts running at the same time, from their recorded start and end. */
  maxConcurrent: number;
}

export interface ShardRecord {
  /** `JOB_COMPLETION_INDEX` of this shard, 0-based. */
  index: number;
  /** Kubernetes: the Job the shard belongs to, when the overlay has more than one. */
  job?: string;
  status: ShardStatus;
  attempts: AttemptRecord[];
  /** Result lines of the last attempt (the one whose outcome counts). */
  results: ResultRecord[];
  /** Result lines that did not parse, from any attempt: never dropped silently. */
  resultErrors: ResultError[];
  /** Every regular file under the shard's output folder after its last attempt. */
  outputs: OutputFile[];
  /** Usage summed (CPU, I/O) or maxed (memory, cores) over the shard's attempts. */
  resources: ResourceSummary | null;
}

export interface AttemptRecord {
  /** 1-based. */
  attempt: number;
  status: AttemptStatus;
  exitCode: number | null;
  reason: AttemptReason;
  /** The engine's error text (StartError) or what stopped the attempt. */
  message: string | null;
  startedAt: string | null;
  finishedAt: string | null;
  durationSeconds: number | null;
  /** The container (local) or pod (Kubernetes) that ran the attempt; it no longer exists. */
  runner: { kind: 'container' | 'pod'; id: string | null; name: string | null };
  /** Number of log lines (stdout + stderr) the attempt printed. */
  logLines: number;
  /** The last lines of stdout and stderr (stderr lines prefixed `stderr: `); only for attempts that did not succeed. */
  logTail: string[];
  resultCount: number;
  /**
   * Invalid result lines of the attempt, all of them; the shard's `resultErrors` keeps the first 100 of
   * each attempt.
   */
  resultErrorCount: number;
  resources: ResourceUsage | null;
  /**
   * false when the pod's log was not read (its Job is annotated `pinship.dev/logs: none`): logLines,
   * logTail and results are empty, and the outcome is the container's exit alone. Absent when it was read.
   */
  logsRead?: false;
}

export interface ResultRecord {
  attempt: number;
  /** 1-based line number in the attempt's stdout. */
  line: number;
  value: Record<string, unknown>;
}

export interface ResultError {
  attempt: number;
  line: number;
  message: string;
  /** The offending line, cut to 200 characters. */
  text: string;
}

export interface OutputFile {
  /** Relative to the shard's folder, with `/` separators (`.` for the folder itself). */
  path: string;
  /** Bytes, from lstat; 0 for a folder that could not be listed. */
  size: number;
  /** null when the file could not be read (`unreadable` says why). */
  sha256: string | null;
  /** Set only for a folder pinship could not list; everything else listed is a regular file. */
  kind?: 'directory';
  /**
   * Why it could not be read (`permission denied`), or was not (`not hashed: the run timed out`,
   * with `notHashed`); absent when it was read.
   */
  unreadable?: string;
  /** Set when the run stopped (timeout, Ctrl-C) before the file was hashed; it may well be readable. */
  notHashed?: true;
}

export interface ResourceUsage {
  /** Samples over time; long attempts are downsampled to a bounded count. */
  samples: ResourceSample[];
  summary: ResourceSummary;
}

export interface ResourceSample {
  /** Seconds since the attempt started. */
  t: number;
  cpuCores: number;
  memoryBytes: number;
  /** Cumulative block I/O since the attempt started. */
  ioReadBytes: number;
  ioWriteBytes: number;
}

export interface ResourceSummary {
  wallSeconds: number | null;
  /** CPU time in core-seconds as of the last sample; null when the attempt ended before any sample. */
  cpuCoreSeconds: number | null;
  averageCores: number | null;
  peakCores: number | null;
  peakMemoryBytes: number | null;
  memoryLimitBytes: number | null;
  /** peakMemoryBytes / memoryLimitBytes. */
  peakMemoryOfLimit: number | null;
  ioReadBytes: number | null;
  ioWriteBytes: number | null;
  samples: number;
}
