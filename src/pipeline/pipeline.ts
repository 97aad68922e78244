import { PinshipError } from '../errors.js';
import { chooseSteps, flowFor, type Flow, type Step } from './flow.js';
import type { PipelineDeps, PipelineOptions } from './options.js';

/**
 * The root action: the parts of the pipeline the event calls for (flow.ts), each through the
 * verbs' library functions. A failed run is still reported; it and a failing gate fail the
 * pipeline after the report.
 */
export async function runPipeline(options: PipelineOptions, deps: PipelineDeps): Promise<Flow> {
  const { log } = deps;
  const flow = flowFor(deps.context);
  const steps = chooseSteps(flow, options.steps, log);
  deps.output('flow', flow.name);
  deps.output('steps', steps.join(','));
  log.info(`pinship pipeline: ${flow.name} (${flow.why}): ${steps.join(', ') || 'nothing to do'}`);
  const has = (step: Step) => steps.includes(step);
  if (has('report') && !has('run')) {
    throw new PinshipError('report goes with run, in one job: it reads the record the run writes', { field: 'steps' });
  }
  if (has('cleanup')) {
    const { cleanupStep } = await import('./cleanup-step.js');
    await cleanupStep(options, deps);
  }
  if (!has('build') && !has('pin') && !has('run')) return flow;
  const ref = has('build') ? await (await import('./image-step.js')).imageStep(flow.name, options, deps) : options.ref;
  if (!ref) throw new PinshipError(`${steps.join(', ')} without build needs the image`, { field: 'ref' });
  if (!has('build')) deps.output('ref', ref);
  const pinned = has('pin') ? await (await import('./pin-step.js')).pinStep(flow.name, ref, options, deps) : undefined;
  if (!has('run')) return flow;
  const { runStep } = await import('./run-step.js');
  const report = has('report') ? reportLoader() : undefined;
  const { record, recordPath } = await runStep(flow.name, ref, pinned, report, options, deps);
  const failures: string[] = [];
  if (report) {
    const gate = await (await report.loaded()).reportStep(flow.name, recordPath, options, deps);
    if (gate) failures.push(gate);
  }
  if (record.conclusion !== 'success') failures.push(`the run concluded ${record.conclusion}`);
  if (failures.length) throw new PinshipError(failures.join('; '), { hint: `the run record is in ${recordPath}` });
  return flow;
}

/**
 * The report's code (the GitHub client, the renderer, the record's validators): loaded while a
 * cluster run waits on its shards (`load`), else when the report starts. A failure to load is
 * the report's to throw.
 */
function reportLoader() {
  let modules: Promise<typeof import('./report-step.js')> | undefined;
  const loaded = () =>
    (modules ??= Promise.all([
      import('./report-step.js'),
      import('../github/client.js'),
      import('../report/make-report.js'),
    ]).then(([step]) => step));
  return {
    load: () => void loaded().catch(() => undefined),
    loaded,
  };
}
