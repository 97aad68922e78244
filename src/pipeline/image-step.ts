import { PinshipError } from '../errors.js';
import { escapeHtml, summaryLine } from '../github/escape.js';
import type { FlowName } from './flow.js';
import type { PipelineDeps, PipelineOptions } from './options.js';

/**
 * The `build` part: a pull request's or the default branch's build (skipped when the inputs are
 * unchanged, within the trust line of build/trust.ts), or, for a release, the image the default
 * branch already built for the tagged commit (never a rebuild). Returns the image's `repo@digest`.
 */
export async function imageStep(flow: FlowName, options: PipelineOptions, deps: PipelineDeps): Promise<string> {
  const { log } = deps;
  if (!options.build.image) throw new PinshipError('build needs the repository to push to', { field: 'image' });
  const { connectEngine } = await import('../docker/engine.js');
  const docker = await connectEngine();
  const build = { ...options.build, push: true };
  const result = await log.group(flow === 'release' ? 'find the built image' : 'build', async () => {
    if (flow === 'release') return (await import('../build/built-image.js')).findBuiltImage(build, { docker, log });
    return (await import('../build/build-image.js')).buildImage(build, { docker, log });
  });
  deps.output('image', result.image);
  deps.output('digest', result.digest);
  deps.output('ref', result.ref);
  deps.output('tags', result.tags.join('\n'));
  deps.output('skipped', String(result.skipped));
  const how =
    flow === 'release' ? 'built earlier for this commit' : result.skipped ? 'unchanged inputs, reused' : 'built';
  log.info(`${result.ref} (${how})`);
  await deps.summary(summaryLine(`pinship build: <code>${escapeHtml(result.ref)}</code> (${escapeHtml(how)})`));
  return result.ref;
}
