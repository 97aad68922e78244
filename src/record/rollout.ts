/** A Deployment's rollout as `run --overlay` followed it: the run record's `rollouts[]`. */
export interface RolloutRecord {
  name: string;
  namespace: string;
  revision: string | null;
  replicas: { desired: number; updated: number; ready: number; available: number };
  conclusion: 'success' | 'failure' | 'timed-out' | 'cancelled';
  message: string | null;
  startedAt: string;
  finishedAt: string | null;
  /**
   * Why it failed or stalled, in Kubernetes' words: `ProgressDeadlineExceeded`, `ReadinessProbeFailing`,
   * `CrashLoopBackOff`.
   */
  reason?: string | null;
  /** Seconds from the apply to rolled out; null when it did not roll out. */
  durationSeconds?: number | null;
  /** The images the Deployment's current pods actually run, from their status (`repo@sha256:...`). */
  images?: RolloutImage[];
  /** Container restarts over the Deployment's current pods (liveness probe failures, crashes). */
  restarts?: number;
  /** Pods that were not ready or restarted, and why. */
  pods?: RolloutPod[];
}

export interface RolloutImage {
  container: string;
  /** The image as the pod spec names it. */
  image: string;
  /** The manifest digest the kubelet reports it runs (status.containerStatuses[].imageID); null while unknown. */
  digest: string | null;
  /** How many pods run it. */
  pods: number;
}

export interface RolloutPod {
  name: string;
  ready: boolean;
  restarts: number;
  /** `CrashLoopBackOff`, `ImagePullBackOff`, `ReadinessProbeFailing`, `OOMKilled`...; null when fine. */
  reason: string | null;
  message: string | null;
}
