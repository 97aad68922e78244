import * as core from '@actions/core';
import { getBooleanInputOr } from '../inputs/boolean-input.js';
import { parseKeyValues, splitList } from '../inputs/key-value.js';
import { getLinesInput } from '../inputs/lines-input.js';
import { parseWholeNumber } from '../inputs/whole-number.js';
import type { Logger } from '../log/logger.js';
import { parseSteps } from '../pipeline/flow.js';
import type { PipelineOptions } from '../pipeline/options.js';
import { checkExperiment } from '../report/marker.js';
import { parseMetric, parseThreshold } from '../report/options.js';
import { parseCpus, parseDuration, parseMemory } from '../run/quantity.js';

// The root action's inputs, read in this one module only (literal names: the surfaces test
// matches them to action.yml), so that they can move onto a typed options schema in one place.

/** The root action's inputs, typed; secrets are masked before anything else is read. */
export async function readPipelineInputs(log: Logger): Promise<PipelineOptions> {
  const password = core.getInput('password');
  if (password) log.addSecret(password);
  const token = core.getInput('token');
  if (token) log.addSecret(token);
  const kubeconfig = core.getInput('kubeconfig');
  if (kubeconfig) {
    const { kubeconfigSecrets } = await import('../kube/kubeconfig-file.js');
    for (const secret of kubeconfigSecrets(kubeconfig)) core.setSecret(secret);
  }
  const timeout = core.getInput('timeout');
  return {
    steps: parseSteps(getLinesInput('steps').flatMap(splitList), 'steps'),
    build: {
      context: core.getInput('context') || '.',
      file: core.getInput('file') || undefined,
      image: core.getInput('image'),
      buildArgs: parseKeyValues(getLinesInput('build-args'), 'build-args'),
      target: core.getInput('target') || undefined,
      labels: parseKeyValues(getLinesInput('labels'), 'labels'),
      platform: core.getInput('platform') || undefined,
      secrets: getLinesInput('secrets'),
      cacheFrom: getLinesInput('cache-from').flatMap(splitList),
      username: core.getInput('username') || undefined,
      password: password || undefined,
    },
    ref: core.getInput('ref') || undefined,
    imageName: core.getInput('image-name') || 'compute',
    local: readLocalRun(),
    cluster: readCluster(kubeconfig),
    pin: {
      staging: getLinesInput('staging-overlays').flatMap(splitList),
      production: getLinesInput('production-overlays').flatMap(splitList),
      pullRequest: getBooleanInputOr('pull-request', false),
      token,
    },
    report: readReport(token),
    timeoutSeconds: timeout ? parseDuration(timeout, 'timeout') : null,
    out: core.getInput('out') || undefined,
  };
}

function readLocalRun(): PipelineOptions['local'] {
  const shards = parseWholeNumber(core.getInput('shards') || '1', 'shards', 1);
  const cpus = core.getInput('cpus');
  const memory = core.getInput('memory');
  return {
    shards,
    parallelism: parseWholeNumber(core.getInput('parallelism') || String(shards), 'parallelism', 1),
    cpus: cpus ? parseCpus(cpus, 'cpus') : null,
    memoryBytes: memory ? parseMemory(memory, 'memory') : null,
    args: getLinesInput('args'),
    env: parseKeyValues(getLinesInput('env'), 'env'),
  };
}

function readCluster(kubeconfig: string): PipelineOptions['cluster'] {
  const ttl = core.getInput('ttl');
  return {
    kubeconfig: kubeconfig || undefined,
    overlay: core.getInput('overlay') || undefined,
    namespace: core.getInput('namespace') || undefined,
    ttlSeconds: ttl ? parseDuration(ttl, 'ttl') : undefined,
    observe: getBooleanInputOr('observe', false),
    kustomization: core.getInput('kustomization') || undefined,
    reconcile: getBooleanInputOr('reconcile', false),
    revision: core.getInput('revision') || undefined,
  };
}

function readReport(token: string): PipelineOptions['report'] {
  return {
    experiment: checkExperiment(core.getInput('experiment') || 'default', 'experiment'),
    metrics: getLinesInput('metrics').map((m) => parseMetric(m, 'metrics')),
    thresholdPct: parseThreshold(core.getInput('threshold'), 'threshold'),
    failOnRegression: getBooleanInputOr('fail-on-regression', false),
    recordsBranch: core.getInput('records-branch') || 'pinship-records',
    check: getBooleanInputOr('check', true),
    token,
  };
}
