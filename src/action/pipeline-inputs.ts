import * as core from '@actions/core';
import { readInputs } from '../inputs/action-options.js';
import type { Logger } from '../log/logger.js';
import { pipelineSchema } from '../options/pipeline.js';
import type { PipelineOptions } from '../pipeline/options.js';
import { maskKubeconfig } from './mask-kubeconfig.js';

/** The root action's inputs, typed by its options schema; secrets are masked before anything is checked. */
export async function readPipelineInputs(log: Logger): Promise<PipelineOptions> {
  await maskSecrets(log);
  const o = readInputs(pipelineSchema).values;
  return {
    steps: o.steps,
    build: {
      context: o.context,
      file: o.file,
      image: o.image ?? '',
      buildArgs: o.buildArgs,
      target: o.target,
      labels: o.labels,
      platform: o.platform,
      secrets: o.secrets,
      cacheFrom: o.cacheFrom,
      username: o.username,
      password: o.password,
    },
    ref: o.ref,
    imageName: o.imageName,
    local: {
      shards: o.shards,
      parallelism: o.parallelism ?? o.shards,
      cpus: o.cpus ?? null,
      memoryBytes: o.memoryBytes ?? null,
      args: o.args,
      env: o.env,
    },
    cluster: {
      kubeconfig: o.kubeconfig,
      overlay: o.overlay,
      namespace: o.namespace,
      ttlSeconds: o.ttlSeconds,
      observe: o.observe,
      kustomization: o.kustomization,
      reconcile: o.reconcile,
      revision: o.revision,
    },
    pin: {
      staging: o.stagingOverlays,
      production: o.productionOverlays,
      pullRequest: o.pullRequest,
      token: o.token ?? '',
    },
    report: {
      experiment: o.experiment,
      metrics: o.metrics ?? [],
      thresholdPct: o.thresholdPct,
      failOnRegression: o.failOnRegression,
      recordsBranch: o.recordsBranch,
      check: o.check,
      token: o.token ?? '',
      recordArtifact: o.recordArtifact,
    },
    timeoutSeconds: o.timeoutSeconds ?? null,
    out: o.out,
  };
}

async function maskSecrets(log: Logger): Promise<void> {
  for (const name of ['password', 'token']) {
    const value = core.getInput(name);
    if (value) log.addSecret(value);
  }
  await maskKubeconfig(core.getInput('kubeconfig'));
}
