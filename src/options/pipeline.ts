import { parseSteps } from '../pipeline/flow.js';
import { checkExperiment } from '../report/marker.js';
import { parseMetric, parseThreshold } from '../report/options.js';
import { parseCpus, parseDuration, parseMemory } from '../run/quantity.js';
import { boolean, count, keyValues, lines, type OptionsOf, text, textOr } from './option.js';

/**
 * The root action's options (the whole pipeline for the event it sees). It has no CLI: outside
 * Actions the verbs are run one by one. `context` is the build context (a cluster run takes the
 * kubeconfig's current context), and `kubeconfig` is the file's (masked) content.
 */
export const pipelineSchema = {
  steps: lines({ input: 'steps', split: true }, (list, field) => parseSteps(list, field)),
  image: text({ input: 'image' }),
  ref: text({ input: 'ref' }),
  imageName: textOr({ input: 'image-name' }, 'compute'),
  context: textOr({ input: 'context' }, '.'),
  file: text({ input: 'file' }),
  buildArgs: keyValues({ input: 'build-args' }),
  target: text({ input: 'target' }),
  labels: keyValues({ input: 'labels' }),
  platform: text({ input: 'platform' }),
  secrets: lines({ input: 'secrets' }),
  cacheFrom: lines({ input: 'cache-from', split: true }),
  username: text({ input: 'username' }),
  password: text({ input: 'password' }),
  shards: count({ input: 'shards' }, 1, 4),
  parallelism: count({ input: 'parallelism' }, 1),
  cpus: text({ input: 'cpus' }, parseCpus),
  memoryBytes: text({ input: 'memory' }, parseMemory),
  args: lines({ input: 'args', literal: true }),
  env: keyValues({ input: 'env' }),
  timeoutSeconds: text({ input: 'timeout' }, parseDuration),
  out: text({ input: 'out' }),
  kubeconfig: text({ input: 'kubeconfig' }),
  overlay: text({ input: 'overlay' }),
  namespace: text({ input: 'namespace' }),
  ttlSeconds: text({ input: 'ttl' }, parseDuration),
  stagingOverlays: lines({ input: 'staging-overlays', split: true }),
  productionOverlays: lines({ input: 'production-overlays', split: true }),
  pullRequest: boolean({ input: 'pull-request' }),
  observe: boolean({ input: 'observe' }),
  kustomization: text({ input: 'kustomization' }),
  reconcile: boolean({ input: 'reconcile' }),
  revision: text({ input: 'revision' }),
  experiment: textOr({ input: 'experiment' }, 'default', checkExperiment),
  metrics: lines({ input: 'metrics' }, (list, field) => list.map((m) => parseMetric(m, field))),
  thresholdPct: textOr({ input: 'threshold' }, 10, parseThreshold),
  failOnRegression: boolean({ input: 'fail-on-regression' }),
  recordsBranch: textOr({ input: 'records-branch' }, 'pinship-records'),
  check: boolean({ input: 'check' }, true),
  recordArtifact: text({ input: 'record-artifact' }),
  token: text({ input: 'token' }),
};

export type PipelineInputs = OptionsOf<typeof pipelineSchema>;
