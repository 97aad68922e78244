import { PinshipError } from '../../errors.js';
import { parseQuantity } from '../../kube/quantity.js';
import type { KubeObject } from '../../kube/render.js';
import type { RunParameters } from '../../record/types.js';

/** Where a Job's shards write: a PersistentVolumeClaim mounted at PINSHIP_OUTPUT_DIR, one folder per index. */
export interface OutputClaim {
  claim: string;
  /** Folder of the claim holding `<index>/` folders (from the mount's subPathExpr); '' for the root. */
  base: string;
}

export interface JobSpecPlan {
  name: string;
  completions: number;
  parallelism: number;
  indexed: boolean;
  backoffLimit: number;
  container: string;
  image: string;
  memoryLimitBytes: number | null;
  output: OutputClaim | null;
  /** False when the Job's `pinship.dev/logs: none` annotation says not to read its pods' logs. */
  readLogs: boolean;
}

export interface OverlayPlan {
  /** For objects that name none. */
  namespace: string;
  jobs: JobSpecPlan[];
  deployments: { name: string; image: string }[];
  /** The image the record is about: the first Job's, else the first Deployment's. */
  image: string;
  parameters: Omit<RunParameters, 'timeoutSeconds'>;
  /** Job and index of each record position, when there is more than one Job. */
  shardJobs?: { job: string; index: number }[];
  warnings: string[];
}

interface Container {
  name: string;
  image?: string;
  args?: string[];
  env?: { name: string; value?: string }[];
  volumeMounts?: { name: string; mountPath: string; subPath?: string; subPathExpr?: string; readOnly?: boolean }[];
  resources?: { limits?: Record<string, string | number> };
}
interface PodSpec {
  containers?: Container[];
  volumes?: { name: string; persistentVolumeClaim?: { claimName: string } }[];
}
interface JobSpec {
  completions?: number;
  parallelism?: number;
  completionMode?: string;
  backoffLimit?: number;
  backoffLimitPerIndex?: number;
  template?: { spec?: PodSpec };
}

/** The Kubernetes Job default backoffLimit. */
const DEFAULT_BACKOFF_LIMIT = 6;
/** The Job annotation that turns off reading pod logs (`none`); absent, logs are read. */
export const LOGS_ANNOTATION = 'pinship.dev/logs';

/**
 * Reads what the run is about from a rendered overlay: its Jobs (the shards), Deployments (the
 * rollouts), the namespace (`--namespace`, else the one the overlay's Jobs and Deployments name,
 * else the one all its objects name, else the context's), and the record's parameters from the
 * first Job's pod template.
 */
export function planOverlay(
  objects: KubeObject[],
  options: { namespace?: string; contextNamespace: string; dir: string },
): OverlayPlan {
  const namespace = runNamespace(objects, options);
  const warnings: string[] = [];
  const jobs = objects
    .filter((o) => o.kind === 'Job' && o.apiVersion === 'batch/v1')
    .map((o) => planJob(o, options.dir, warnings));
  const deployments = objects
    .filter((o) => o.kind === 'Deployment' && o.apiVersion === 'apps/v1')
    .map((o) => ({ name: o.metadata.name, image: firstContainer(podSpec(o), o, options.dir).image ?? '' }));
  if (jobs.length === 0 && deployments.length === 0) {
    throw new PinshipError('the overlay has no Job and no Deployment: nothing to run or wait for', {
      file: options.dir,
      field: 'overlay',
    });
  }
  return {
    namespace,
    jobs,
    deployments,
    image: jobs[0]?.image ?? deployments[0]!.image,
    parameters: runParameters(objects, jobs, options.dir),
    shardJobs:
      jobs.length > 1
        ? jobs.flatMap((j) => Array.from({ length: j.completions }, (_, index) => ({ job: j.name, index })))
        : undefined,
    warnings,
  };
}

/** `--namespace` (which every namespaced object must agree with), else the one the overlay names. */
function runNamespace(
  objects: KubeObject[],
  options: { namespace?: string; contextNamespace: string; dir: string },
): string {
  const namesOf = (list: KubeObject[]) => [
    ...new Set(list.map((o) => o.metadata.namespace).filter((n): n is string => Boolean(n))),
  ];
  if (options.namespace) {
    const other = objects.find((o) => o.metadata.namespace && o.metadata.namespace !== options.namespace);
    if (other) {
      throw new PinshipError(
        `${other.kind}/${other.metadata.name} names namespace ${other.metadata.namespace}, not ${options.namespace}`,
        {
          file: options.dir,
          field: '--namespace',
          hint: "drop --namespace, or set the overlay's namespace to it",
        },
      );
    }
    return options.namespace;
  }
  const named = namesOf(objects);
  const workloads = namesOf(objects.filter((o) => o.kind === 'Job' || o.kind === 'Deployment'));
  return workloads.length === 1 ? workloads[0]! : named.length === 1 ? named[0]! : options.contextNamespace;
}

/** The record's parameters: shards and parallelism of every Job, the rest from the first Job's main container. */
function runParameters(objects: KubeObject[], jobs: JobSpecPlan[], dir: string): OverlayPlan['parameters'] {
  const first = jobs[0];
  const firstJob = objects.find((o) => o.kind === 'Job' && o.metadata.name === first?.name);
  const main = firstJob ? firstContainer(podSpec(firstJob), firstJob, dir) : undefined;
  const limits = main?.resources?.limits ?? {};
  return {
    shards: jobs.reduce((n, j) => n + j.completions, 0),
    parallelism: jobs.reduce((n, j) => n + j.parallelism, 0),
    cpus: positive(parseQuantity(limits.cpu)),
    memoryBytes: positive(parseQuantity(limits.memory), true),
    backoffLimit: first?.backoffLimit ?? 0,
    args: main?.args ?? [],
    envNames: (main?.env ?? []).map((e) => e.name).sort(),
  };
}

function planJob(job: KubeObject, dir: string, warnings: string[]): JobSpecPlan {
  const spec = (job.spec ?? {}) as JobSpec;
  const completions = spec.completions ?? 1;
  const container = firstContainer(podSpec(job), job, dir);
  return {
    name: job.metadata.name,
    completions,
    parallelism: Math.min(spec.parallelism ?? 1, completions),
    indexed: spec.completionMode === 'Indexed',
    backoffLimit: spec.backoffLimitPerIndex ?? spec.backoffLimit ?? DEFAULT_BACKOFF_LIMIT,
    container: container.name,
    image: container.image ?? '',
    memoryLimitBytes: positive(parseQuantity(container.resources?.limits?.memory), true),
    output: outputClaim(job, podSpec(job), container, warnings),
    readLogs: readsLogs(job, dir),
  };
}

/**
 * `pinship.dev/logs: none` on a Job: its pods' logs are not read (no result lines; each attempt is
 * judged by its container's exit), for nodes whose kubelet the API server cannot reach (kwok's).
 */
function readsLogs(job: KubeObject, dir: string): boolean {
  const annotations = job.metadata.annotations as Record<string, string> | undefined;
  const value = annotations?.[LOGS_ANNOTATION];
  if (value === undefined) return true;
  if (value === 'none') return false;
  throw new PinshipError(`job/${job.metadata.name}: annotation ${LOGS_ANNOTATION} is "${value}", not "none"`, {
    file: dir,
    field: `metadata.annotations.${LOGS_ANNOTATION}`,
    hint: `set it to "none" to leave the pods' logs unread, or remove it to read them`,
  });
}

/**
 * The output convention: the container's PINSHIP_OUTPUT_DIR is the mountPath of a volume from a
 * PersistentVolumeClaim, mounted with `subPathExpr: <base>/$(JOB_COMPLETION_INDEX)` so that each
 * shard writes in a folder of its own, as in a local run.
 */
export function outputClaim(
  job: KubeObject,
  spec: PodSpec,
  container: Container,
  warnings: string[],
): OutputClaim | null {
  const dir = container.env?.find((e) => e.name === 'PINSHIP_OUTPUT_DIR')?.value;
  if (!dir) return null;
  const where = `job/${job.metadata.name}`;
  const mount = container.volumeMounts?.find((m) => m.mountPath.replace(/\/+$/, '') === dir.replace(/\/+$/, ''));
  const claim = mount && spec.volumes?.find((v) => v.name === mount.name)?.persistentVolumeClaim?.claimName;
  if (!mount || !claim) {
    warnings.push(
      `${where}: PINSHIP_OUTPUT_DIR=${dir} is not the mountPath of a PersistentVolumeClaim volume; its output files ` +
        'are not listed',
    );
    return null;
  }
  const expr = /^(?:(.*?)\/+)?\$\(JOB_COMPLETION_INDEX\)\/*$/.exec(mount.subPathExpr ?? '');
  if (!expr) {
    warnings.push(
      `${where}: the volume at ${dir} needs subPathExpr: <folder>/$(JOB_COMPLETION_INDEX) so each shard writes ` +
        'apart; its output files are not listed',
    );
    return null;
  }
  return { claim, base: expr[1] ?? '' };
}

function podSpec(o: KubeObject): PodSpec {
  return ((o.spec as { template?: { spec?: PodSpec } } | undefined)?.template?.spec ?? {}) as PodSpec;
}

function firstContainer(spec: PodSpec, o: KubeObject, dir: string): Container {
  const c = spec.containers?.[0];
  if (!c)
    throw new PinshipError(`${o.kind}/${o.metadata.name} has no container`, {
      file: dir,
      field: 'spec.template.spec.containers',
    });
  return c;
}

function positive(value: number | null, integer = false): number | null {
  if (value === null || value <= 0) return null;
  return integer ? Math.round(value) : value;
}
