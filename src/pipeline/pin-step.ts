import { PinshipError } from '../errors.js';
import { parseRepository } from '../github/context.js';
import { escapeHtml, summaryLine } from '../github/escape.js';
import { describeChange } from '../pin/commit-message.js';
import { parseImagePins } from '../pin/image-pins.js';
import type { FlowName } from './flow.js';
import type { PipelineDeps, PipelineOptions } from './options.js';

/**
 * The `pin` part: the staging overlays on a push to the default branch, the production overlays
 * for a release tag; pushed to the default branch, or proposed in a pull request. Returns the
 * pin's commit (the GitOps revision to observe), if any.
 */
export async function pinStep(
  flow: FlowName,
  ref: string,
  options: PipelineOptions,
  deps: PipelineDeps,
): Promise<string | undefined> {
  const { context, log } = deps;
  const release = flow === 'release';
  const overlays = release ? options.pin.production : options.pin.staging;
  const field = release ? 'production-overlays' : 'staging-overlays';
  if (overlays.length === 0) throw new PinshipError(`no overlay to pin for the ${flow} flow`, { field });
  // A tag's checkout is detached: the pin goes onto the default branch.
  const branch = release ? context.defaultBranch : context.branch;
  if (!branch) throw new PinshipError('the event names no default branch to pin onto', { field });
  if (options.pin.pullRequest && !options.pin.token) {
    throw new PinshipError('pull-request needs a token', { field: 'token' });
  }
  const { createGitHubClient } = await import('../github/client.js');
  const pullRequest = options.pin.pullRequest
    ? {
        client: createGitHubClient({ token: options.pin.token, baseUrl: process.env.GITHUB_API_URL, log }),
        ...parseRepository(context.repository, 'GITHUB_REPOSITORY'),
      }
    : undefined;
  const { pin } = await import('../pin/pin.js');
  const result = await log.group('pin', () =>
    pin({
      repo: '.',
      overlays,
      images: parseImagePins([`${options.imageName}=${ref}`], 'image-name'),
      commit: true,
      push: !pullRequest,
      pullRequest,
      branch,
      sourceCommit: context.sha,
      rollJobs: true,
      // The image step found this digest in the registry (or the job that built it did).
      verifyDigests: false,
      log,
    }),
  );
  for (const f of result.files) for (const i of f.images) log.info(`${f.file}: ${describeChange(i)}`);
  deps.output('pin-action', result.action);
  deps.output('pinned-commit', result.commit ?? '');
  deps.output('pin-pull-request-url', result.pullRequest?.url ?? '');
  const where = result.pullRequest?.url ?? result.commit?.slice(0, 12) ?? '';
  await deps.summary(summaryLine(escapeHtml(`pinship pin (${overlays.join(', ')}): ${result.action} ${where}`)));
  return result.commit;
}
