import * as core from '@actions/core';
import { PinshipError } from '../errors.js';
import { escapeHtml, summaryLine } from '../github/escape.js';
import { readInputs } from '../inputs/action-options.js';
import type { Logger } from '../log/logger.js';
import { checkRunForm, localRunOptions, overlayRunOptions, type RunOptions, runSchema } from '../options/run.js';
import type { RunRecord } from '../record/types.js';
import { headline, shardTable } from '../record/summary.js';
import type { RunOutcome } from '../run/run.js';
import { stopOnSignals } from '../run/stop-signals.js';
import { maskKubeconfig } from './mask-kubeconfig.js';
import { runAction } from './run-action.js';

// The run step: inputs -> runShards() (an image), runOverlay() or observeOverlay() -> outputs and a summary.
await runAction(async (log) => {
  const options = await readRunInputs();
  const stop = stopOnSignals(log, options.overlay ? 'ending the wait; the cluster keeps what was applied' : undefined);
  // No group around the run: each failed shard's log gets its own, and Actions cannot nest them.
  const { record, recordPath } = await (options.overlay
    ? runOverlay(options, options.overlay, stop.signal, log)
    : runImage(options, stop.signal, log)
  ).finally(() => stop.dispose());
  log.info(headline(record));
  log.info(`run record: ${recordPath}`);
  core.setOutput('conclusion', record.conclusion);
  core.setOutput('record', recordPath);
  core.setOutput('run-id', record.id);
  await writeSummary(record);
  if (record.conclusion !== 'success') {
    throw new PinshipError(`the run concluded ${record.conclusion}: ${headline(record)}`, {
      hint: `the run record is in ${recordPath}`,
    });
  }
});

/** The inputs as run options, secrets masked; refuses an image beside an overlay and what the form would ignore. */
async function readRunInputs(): Promise<RunOptions> {
  const read = readInputs(runSchema);
  const { password, kubeconfigContent, overlay, image } = read.values;
  if (password) core.setSecret(password);
  await maskKubeconfig(kubeconfigContent);
  if (!overlay && !image)
    throw new PinshipError('give an image to run locally, or an overlay to run on Kubernetes', { field: 'image' });
  if (overlay && image) throw new PinshipError('image and overlay are two ways to run: give one', { field: 'overlay' });
  checkRunForm(read);
  return read.values;
}

/** The overlay on Kubernetes; the kubeconfig input's content goes to a private file (the post step's to remove). */
async function runOverlay(options: RunOptions, overlay: string, signal: AbortSignal, log: Logger): Promise<RunOutcome> {
  // Loaded on use: the Kubernetes client only for an overlay, the observer only when observing.
  const run = options.observe
    ? (await import('../run/kube/observe/observe-overlay.js')).observeOverlay
    : (await import('../run/kube/run-overlay.js')).runOverlay;
  const runWith = (kubeconfig?: string) => run({ ...overlayRunOptions(options, overlay), kubeconfig, signal, log });
  if (!options.kubeconfigContent) return runWith();
  const { withKubeconfigFile } = await import('../kube/kubeconfig-file.js');
  return withKubeconfigFile(options.kubeconfigContent, runWith, undefined, (folder) =>
    core.saveState('kubeconfig-dir', folder),
  );
}

/** The image on the runner's engine as shards. */
async function runImage(options: RunOptions, signal: AbortSignal, log: Logger): Promise<RunOutcome> {
  const { newRunId } = await import('../run/run.js');
  const { runShards } = await import('../run/local/run-shards.js');
  // The post step removes what a killed run left (SIGKILL skips our cleanup): it finds it by this id.
  const id = newRunId();
  core.saveState('run-id', id);
  return runShards({ ...localRunOptions(options, options.image!), id, password: options.password, signal, log });
}

async function writeSummary(record: RunRecord): Promise<void> {
  // Set by the runner; absent when the entry runs elsewhere (act, a shell): skip the summary then.
  if (!process.env.GITHUB_STEP_SUMMARY) return;
  const [header, ...rows] = shardTable(record);
  const image = record.image.digest ? `${record.image.name}@${record.image.digest}` : record.image.ref;
  await core.summary
    .addHeading(`pinship run ${record.id}`, 3)
    .addRaw(summaryLine(`${escapeHtml(headline(record))}. Image <code>${escapeHtml(image)}</code>.`), true)
    // An empty cell would come out as an unclosed <td> from core.summary: show a dash.
    .addTable([
      header!.map((data) => ({ data, header: true })),
      ...rows.map((row) => row.map((cell) => escapeHtml(cell) || '–')),
    ])
    .write();
}
