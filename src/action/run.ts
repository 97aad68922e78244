import * as core from '@actions/core';
import { PinshipError } from '../errors.js';
import { getBooleanInputOr } from '../inputs/boolean-input.js';
import { parseKeyValues } from '../inputs/key-value.js';
import { parseUserId } from '../inputs/user-id.js';
import { parseWholeNumber } from '../inputs/whole-number.js';
import { parseCpus, parseDuration, parseMemory } from '../run/quantity.js';
import { parseImagePins } from '../pin/image-pins.js';
import { besideOverlayError, parseCollectorImage } from '../run/overlay-form.js';
import { stopOnSignals } from '../run/stop-signals.js';
import { headline, shardTable } from '../record/summary.js';
import { escapeHtml, summaryLine } from '../github/escape.js';
import { runAction } from './run-action.js';

await runAction(async (log) => {
  // Literal input names (no helper taking a name), so the surfaces test can match them to action.yml.
  const shards = parseWholeNumber(core.getInput('shards') || '1', 'shards', 1);
  const memory = core.getInput('memory');
  const cpus = core.getInput('cpus');
  const timeout = core.getInput('timeout');
  const password = core.getInput('password');
  if (password) core.setSecret(password);
  const overlay = core.getInput('overlay');
  const kubeconfig = core.getInput('kubeconfig');
  const kubeconfigFile = kubeconfig ? await import('../kube/kubeconfig-file.js') : undefined;
  if (kubeconfigFile) for (const secret of kubeconfigFile.kubeconfigSecrets(kubeconfig)) core.setSecret(secret);
  const image = core.getInput('image');
  if (!overlay && !image)
    throw new PinshipError('give an image to run locally, or an overlay to run on Kubernetes', { field: 'image' });
  if (overlay && image) throw new PinshipError('image and overlay are two ways to run: give one', { field: 'overlay' });
  // Literal names again: the inputs of the local form, which the overlay says instead.
  const localInputs = {
    shards: core.getInput('shards'),
    parallelism: core.getInput('parallelism'),
    cpus,
    memory,
    'backoff-limit': core.getInput('backoff-limit'),
    env: core.getInput('env'),
    args: core.getInput('args'),
    'output-dir': core.getInput('output-dir'),
    username: core.getInput('username'),
    password,
    user: core.getInput('user'),
    'pids-limit': core.getInput('pids-limit'),
  };
  const local = Object.entries(localInputs).find(([, value]) => value)?.[0];
  if (overlay && local) throw besideOverlayError(local, 'overlay');
  const kubeInputs = {
    images: core.getInput('images'),
    'allow-kinds': core.getInput('allow-kinds'),
    'pull-request': core.getInput('pull-request'),
    ttl: core.getInput('ttl'),
    // `false` is what a workflow passes to say "no": not a Kubernetes setting given.
    cleanup: core.getInput('cleanup') === 'false' ? '' : core.getInput('cleanup'),
    'collector-image': core.getInput('collector-image'),
  };
  const kube = Object.entries(kubeInputs).find(([, value]) => value)?.[0];
  if (!overlay && kube) throw new PinshipError(`${kube} goes with overlay`, { field: kube });
  if (!overlay && getBooleanInputOr('rerun', false))
    throw new PinshipError('rerun goes with overlay', { field: 'rerun' });
  const observe = core.getInput('observe') === 'true';
  if (observe && !overlay) throw new PinshipError('observe goes with overlay', { field: 'observe' });
  const observing = {
    kustomization: core.getInput('kustomization') || undefined,
    revision: core.getInput('revision') || undefined,
    reconcile: core.getInput('reconcile') === 'true',
  };
  const stop = stopOnSignals(log, overlay ? 'ending the wait; the cluster keeps what was applied' : undefined);
  // Loaded on use: the Kubernetes client for an overlay, the Docker engine's for an image.
  const runKube = async (kubeconfigPath?: string) =>
    (observe
      ? (await import('../run/kube/observe/observe-overlay.js')).observeOverlay
      : (await import('../run/kube/run-overlay.js')).runOverlay)({
      overlay,
      ...(observe ? observing : {}),
      kubeconfig: kubeconfigPath,
      context: core.getInput('context') || undefined,
      namespace: core.getInput('namespace') || undefined,
      images: kubeInputs.images ? parseImagePins(core.getMultilineInput('images'), 'images') : undefined,
      allowKinds: core.getMultilineInput('allow-kinds'),
      pullRequest: kubeInputs['pull-request']
        ? parseWholeNumber(kubeInputs['pull-request'], 'pull-request', 0)
        : undefined,
      ttlSeconds: kubeInputs.ttl ? parseDuration(kubeInputs.ttl, 'ttl') : undefined,
      cleanup: kubeInputs.cleanup ? core.getBooleanInput('cleanup') : false,
      collectorImage: kubeInputs['collector-image']
        ? parseCollectorImage(kubeInputs['collector-image'], 'collector-image')
        : undefined,
      timeoutSeconds: timeout ? parseDuration(timeout, 'timeout') : null,
      out: core.getInput('out') || undefined,
      sourceCommit: core.getInput('source-commit') || undefined,
      rerun: getBooleanInputOr('rerun', false),
      signal: stop.signal,
      log,
    });
  const runLocal = async () => {
    const { newRunId } = await import('../run/run.js');
    const { runShards } = await import('../run/local/run-shards.js');
    // The post step removes what a killed run left (SIGKILL skips our cleanup): it finds it by this id.
    const id = newRunId();
    core.saveState('run-id', id);
    return runShards({
      id,
      image,
      shards,
      parallelism: parseWholeNumber(core.getInput('parallelism') || String(shards), 'parallelism', 1),
      cpus: cpus ? parseCpus(cpus, 'cpus') : null,
      memoryBytes: memory ? parseMemory(memory, 'memory') : null,
      backoffLimit: parseWholeNumber(core.getInput('backoff-limit') || '0', 'backoff-limit'),
      timeoutSeconds: timeout ? parseDuration(timeout, 'timeout') : null,
      env: parseKeyValues(core.getMultilineInput('env'), 'env'),
      args: core.getMultilineInput('args'),
      out: core.getInput('out') || undefined,
      outputDir: core.getInput('output-dir') || undefined,
      sourceCommit: core.getInput('source-commit') || undefined,
      username: core.getInput('username') || undefined,
      password: password || undefined,
      user: localInputs.user ? parseUserId(localInputs.user, 'user') : undefined,
      pidsLimit: localInputs['pids-limit'] ? parseWholeNumber(localInputs['pids-limit'], 'pids-limit', 1) : undefined,
      signal: stop.signal,
      log,
    });
  };
  // No group around the run: each failed shard's log gets its own, and Actions cannot nest them.
  // The kubeconfig's folder is saved for the post step, which removes it should this step be killed.
  const { record, recordPath } = await (overlay
    ? kubeconfigFile
      ? kubeconfigFile.withKubeconfigFile(kubeconfig, runKube, undefined, (folder) =>
          core.saveState('kubeconfig-dir', folder),
        )
      : runKube()
    : runLocal()
  ).finally(() => stop.dispose());
  log.info(headline(record));
  log.info(`run record: ${recordPath}`);
  core.setOutput('conclusion', record.conclusion);
  core.setOutput('record', recordPath);
  core.setOutput('run-id', record.id);
  const [header, ...rows] = shardTable(record);
  // Set by the runner; absent when the entry runs elsewhere (act, a shell): skip the summary then.
  if (process.env.GITHUB_STEP_SUMMARY) {
    await core.summary
      .addHeading(`pinship run ${record.id}`, 3)
      .addRaw(
        summaryLine(
          `${escapeHtml(headline(record))}. Image <code>${escapeHtml(
            record.image.digest ? `${record.image.name}@${record.image.digest}` : record.image.ref,
          )}</code>.`,
        ),
        true,
      )
      // An empty cell would come out as an unclosed <td> from core.summary: show a dash.
      .addTable([
        header!.map((data) => ({ data, header: true })),
        ...rows.map((row) => row.map((cell) => escapeHtml(cell) || '–')),
      ])
      .write();
  }
  if (record.conclusion !== 'success') {
    throw new PinshipError(`the run concluded ${record.conclusion}: ${headline(record)}`, {
      hint: `the run record is in ${recordPath}`,
    });
  }
});
