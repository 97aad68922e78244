import { PinshipError } from '../errors.js';
import { parseUserId } from '../inputs/user-id.js';
import { parseImagePins } from '../pin/image-pins.js';
import { DEFAULT_PIDS_LIMIT } from '../run/backend.js';
import { besideOverlayError, parseCollectorImage } from '../run/overlay-form.js';
import { parseCpus, parseDuration, parseMemory } from '../run/quantity.js';
import { boolean, count, keyValues, lines, type OptionsOf, type ReadOptions, text } from './option.js';

/**
 * The run verb's options (`pinship run`, actions/run). The CLI takes the image as its argument
 * and the shards' ARGS after `--`; the action takes `image` and `args` inputs. `kubeconfig` is a
 * file on the CLI and the (masked) content in the action. Registry credentials come as
 * `--password-stdin` on the CLI and the `password` input in the action.
 */
export const runSchema = {
  image: text({ input: 'image' }),
  args: lines({ input: 'args', literal: true }),
  local: boolean({ flag: 'local' }),
  shards: count({ flag: 'shards', input: 'shards' }, 1, 1),
  parallelism: count({ flag: 'parallelism', input: 'parallelism' }, 1),
  cpus: text({ flag: 'cpus', input: 'cpus' }, parseCpus),
  memoryBytes: text({ flag: 'memory', input: 'memory' }, parseMemory),
  backoffLimit: count({ flag: 'backoff-limit', input: 'backoff-limit' }, 0, 0),
  timeoutSeconds: text({ flag: 'timeout', input: 'timeout' }, parseDuration),
  env: keyValues({ flag: 'env', input: 'env' }),
  out: text({ flag: 'out', input: 'out' }),
  outputDir: text({ flag: 'output-dir', input: 'output-dir' }),
  sourceCommit: text({ flag: 'source-commit', input: 'source-commit' }),
  username: text({ flag: 'username', input: 'username' }),
  password: text({ input: 'password' }),
  passwordStdin: boolean({ flag: 'password-stdin' }),
  user: text({ flag: 'user', input: 'user' }, parseUserId),
  pidsLimit: count({ flag: 'pids-limit', input: 'pids-limit' }, 1, DEFAULT_PIDS_LIMIT),
  json: boolean({ flag: 'json' }),
  overlay: text({ flag: 'overlay', input: 'overlay' }),
  kubeconfig: text({ flag: 'kubeconfig' }),
  kubeconfigContent: text({ input: 'kubeconfig' }),
  context: text({ flag: 'context', input: 'context' }),
  namespace: text({ flag: 'namespace', input: 'namespace' }),
  images: lines({ flag: 'image', input: 'images' }, parseImagePins),
  allowKinds: lines({ flag: 'allow-kind', input: 'allow-kinds' }),
  pullRequest: count({ flag: 'pull-request', input: 'pull-request' }, 0),
  ttlSeconds: text({ flag: 'ttl', input: 'ttl' }, parseDuration),
  collectorImage: text({ flag: 'collector-image', input: 'collector-image' }, parseCollectorImage),
  cleanup: boolean({ flag: 'cleanup', input: 'cleanup' }),
  rerun: boolean({ flag: 'rerun', input: 'rerun' }),
  observe: boolean({ flag: 'observe', input: 'observe' }),
  kustomization: text({ flag: 'kustomization', input: 'kustomization' }, parseKustomization),
  revision: text({ flag: 'revision', input: 'revision' }),
  reconcile: boolean({ flag: 'reconcile', input: 'reconcile' }),
};

export type RunSchema = typeof runSchema;
export type RunOptions = OptionsOf<RunSchema>;
type Key = keyof RunSchema;

/** The local form's options: refused beside an overlay, which says all of it. */
const LOCAL_ONLY: readonly Key[] = [
  'local',
  'shards',
  'parallelism',
  'cpus',
  'memoryBytes',
  'backoffLimit',
  'env',
  'args',
  'outputDir',
  'username',
  'password',
  'passwordStdin',
  'user',
  'pidsLimit',
];
/** What only applying does: an observed run applies nothing (Flux does), so these would be ignored. */
const APPLY_ONLY: readonly Key[] = [
  'namespace',
  'images',
  'allowKinds',
  'pullRequest',
  'ttlSeconds',
  'cleanup',
  'rerun',
];
/** The Kubernetes form's options: refused without an overlay. */
const OVERLAY_ONLY: readonly Key[] = [
  'kubeconfig',
  'kubeconfigContent',
  'context',
  ...APPLY_ONLY,
  'collectorImage',
  'observe',
];
const OBSERVE_ONLY: readonly Key[] = ['kustomization', 'revision', 'reconcile'];

/**
 * Refuses options the chosen form of run would silently ignore, naming each as the surface spells
 * it. The image (or its absence) is the entry's to check: the CLI takes it as an argument.
 */
export function checkRunForm({ given, nameOf }: ReadOptions<RunSchema>): void {
  const find = (keys: readonly Key[]) => keys.find((key) => given.has(key));
  const overlay = nameOf('overlay');
  if (!given.has('overlay')) {
    const kube = find([...OVERLAY_ONLY, ...OBSERVE_ONLY]);
    if (kube) throw new PinshipError(`${nameOf(kube)} goes with ${overlay}`, { field: nameOf(kube) });
    return;
  }
  const local = find(LOCAL_ONLY);
  if (local) throw besideOverlayError(nameOf(local), overlay);
  const observe = nameOf('observe');
  if (!given.has('observe')) {
    const extra = find(OBSERVE_ONLY);
    if (extra) throw new PinshipError(`${nameOf(extra)} goes with ${observe}`, { field: nameOf(extra) });
    return;
  }
  const applying = find(APPLY_ONLY);
  if (applying) {
    throw new PinshipError(
      `${observe} applies nothing (Flux applies the commit): ${nameOf(applying)} would be ignored`,
      {
        field: nameOf(applying),
        hint: `set it in the GitOps repository's overlay, or run without ${observe}`,
      },
    );
  }
}

function parseKustomization(value: string, field: string): string {
  if (!/^[a-z0-9.-]+\/[a-z0-9.-]+$/.test(value))
    throw new PinshipError(`expected NAMESPACE/NAME, got ${JSON.stringify(value)}`, { field });
  return value;
}

/** What the local backend's runShards takes from the options (the entry adds id, password, signal, log). */
export function localRunOptions(o: RunOptions, image: string) {
  return {
    image,
    shards: o.shards,
    parallelism: o.parallelism ?? o.shards,
    cpus: o.cpus ?? null,
    memoryBytes: o.memoryBytes ?? null,
    backoffLimit: o.backoffLimit,
    timeoutSeconds: o.timeoutSeconds ?? null,
    env: o.env,
    args: o.args,
    out: o.out,
    outputDir: o.outputDir,
    sourceCommit: o.sourceCommit,
    username: o.username,
    user: o.user,
    pidsLimit: o.pidsLimit,
  };
}

/** What runOverlay (or, observing, observeOverlay) takes from the options (the entry adds kubeconfig, signal, log). */
export function overlayRunOptions(o: RunOptions, overlay: string) {
  return {
    overlay,
    ...(o.observe ? { kustomization: o.kustomization, revision: o.revision, reconcile: o.reconcile } : {}),
    context: o.context,
    namespace: o.namespace,
    images: o.images,
    allowKinds: o.allowKinds,
    pullRequest: o.pullRequest,
    ttlSeconds: o.ttlSeconds,
    cleanup: o.cleanup,
    collectorImage: o.collectorImage,
    timeoutSeconds: o.timeoutSeconds ?? null,
    out: o.out,
    sourceCommit: o.sourceCommit,
    rerun: o.rerun,
  };
}
