import type { BuildOptions } from '../build/build-image.js';
import type { GitHubContext } from '../github/context.js';
import type { Logger } from '../log/logger.js';
import type { MetricDirection } from '../report/render/input.js';
import type { Step } from './flow.js';

/** The root action's inputs, typed (read by src/action/pipeline-inputs.ts). */
export interface PipelineOptions {
  /** The parts to run; undefined: every part of the event's flow. */
  steps?: Step[];
  /** How the image is built (`push` is always on: the run and the pin name it by registry digest). */
  build: Omit<BuildOptions, 'push' | 'env'>;
  /** An image another job built (`repo@sha256:…`): used instead of building. */
  ref?: string;
  /** The image as the overlays' workloads spell it (kustomize `images[].name`). */
  imageName: string;
  local: LocalRunOptions;
  cluster: ClusterOptions;
  pin: PinStepOptions;
  report: ReportStepOptions;
  timeoutSeconds: number | null;
  /** Where the run record goes; default a file under RUNNER_TEMP (else the run's own default). */
  out?: string;
}

/** The experiment on the runner's Docker engine (no kubeconfig given). */
export interface LocalRunOptions {
  shards: number;
  parallelism: number;
  cpus: number | null;
  memoryBytes: number | null;
  args: string[];
  env: Record<string, string>;
}

export interface ClusterOptions {
  /** Kubeconfig content (a secret); given, the experiment runs on that cluster. */
  kubeconfig?: string;
  /** The overlay a pull request runs, rendered with its image in memory. */
  overlay?: string;
  /** A pull request's namespace; default `pinship-pr-<number>`. */
  namespace?: string;
  ttlSeconds?: number;
  /** On the default branch: wait for the GitOps controller to roll the pinned staging overlay. */
  observe: boolean;
  kustomization?: string;
  reconcile: boolean;
  /** The GitOps commit to observe; default the pin's commit. */
  revision?: string;
}

export interface PinStepOptions {
  /** Overlays a push to the default branch pins (the first one is run there). */
  staging: string[];
  /** Overlays a release tag pins. */
  production: string[];
  /** Open or update a pull request with the pin instead of pushing it. */
  pullRequest: boolean;
  token: string;
}

export interface ReportStepOptions {
  experiment: string;
  metrics: MetricDirection[];
  thresholdPct: number;
  failOnRegression: boolean;
  recordsBranch: string;
  check: boolean;
  token: string;
}

/** What the pipeline is told and tells: the event, the log, and where outputs and state go as steps end. */
export interface PipelineDeps {
  context: GitHubContext;
  log: Logger;
  /** Told each output as soon as its part has it, so a later failure keeps them. */
  output(name: string, value: string): void;
  /** Told what the post step must clean up should the job be cancelled mid-run. */
  saveState(name: string, value: string): void;
  /** Appends HTML to the job summary. */
  summary(html: string): Promise<void>;
  signal?: AbortSignal;
}
