import { PinshipError } from '../errors.js';
import type { GitHubContext } from '../github/context.js';
import type { Logger } from '../log/logger.js';

/** The parts of the pipeline, in the order they run. */
export const STEPS = ['build', 'pin', 'run', 'report', 'cleanup'] as const;
export type Step = (typeof STEPS)[number];

/**
 * What the pipeline does for an event: a pull request's experiment, the deletion of a closed pull
 * request's namespace, the default branch's rollout to staging, a release's pin to production.
 */
export type FlowName = 'pull-request' | 'pull-request-closed' | 'default-branch' | 'release' | 'none';

export interface Flow {
  name: FlowName;
  /** Every part this flow has, in order (`build` on a release finds the image, never builds). */
  steps: Step[];
  /** Why this flow, for the log: "pull_request synchronize #12", "push of tag v1.2"... */
  why: string;
}

const PULL_REQUEST_RUNS = new Set(['opened', 'synchronize', 'reopened']);

/** The flow for the event the runner reports (the event file and GITHUB_REF, through the context). */
export function flowFor(context: GitHubContext): Flow {
  const event = context.eventName ?? '';
  if (event === 'pull_request') return pullRequestFlow(context);
  if (event === 'push') {
    if (context.tag !== undefined)
      return { name: 'release', steps: ['build', 'pin'], why: `push of tag ${context.tag}` };
    if (!context.branch) return none('a push of neither a branch nor a tag');
    if (!context.defaultBranch) return none(`a push to ${context.branch}: the event names no default branch`);
    if (context.branch !== context.defaultBranch) {
      return none(`a push to ${context.branch}, not the default branch ${context.defaultBranch}`);
    }
    return { name: 'default-branch', steps: ['build', 'pin', 'run', 'report'], why: `push to ${context.branch}` };
  }
  // pull_request_target runs the base's workflow with a write token: building the pull request's
  // code there would hand it that token. The fork flow is pull_request plus workflow_run.
  return none(`a ${event || 'unnamed'} event`);
}

function pullRequestFlow(context: GitHubContext): Flow {
  const pr = context.pullRequest;
  if (!pr) return none('a pull_request event without a pull request number');
  const action = context.action ?? '';
  const why = `pull_request ${action || '(no action)'} #${pr.number}`;
  if (action === 'closed') return { name: 'pull-request-closed', steps: ['cleanup'], why };
  if (PULL_REQUEST_RUNS.has(action)) return { name: 'pull-request', steps: ['build', 'run', 'report'], why };
  return none(`a pull_request ${action || '(no action)'} event`);
}

function none(why: string): Flow {
  return { name: 'none', steps: [], why };
}

/** `build,run` or one a line; empty means every part of the flow. Unknown names are an error naming them. */
export function parseSteps(items: readonly string[], field: string): Step[] | undefined {
  if (items.length === 0) return undefined;
  for (const item of items) {
    if (!(STEPS as readonly string[]).includes(item)) {
      throw new PinshipError(`unknown step ${JSON.stringify(item)}`, { field, hint: `one of ${STEPS.join(', ')}` });
    }
  }
  return items as Step[];
}

/**
 * The parts to run: the flow's, or those of them `requested` names (a least-privilege job runs
 * one or two). A requested part the flow does not have is said and left out, so one job can
 * serve several events.
 */
export function chooseSteps(flow: Flow, requested: readonly Step[] | undefined, log: Logger): Step[] {
  if (!requested) return flow.steps;
  for (const step of requested) {
    if (!flow.steps.includes(step)) log.info(`${step}: not a part of the ${flow.name} flow (${flow.why}), left out`);
  }
  return flow.steps.filter((s) => requested.includes(s));
}
