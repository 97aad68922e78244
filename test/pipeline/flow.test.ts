import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readGitHubContext } from '../../src/github/context.js';
import { silentLogger } from '../../src/log/silent-logger.js';
import { chooseSteps, flowFor, parseSteps } from '../../src/pipeline/flow.js';
import type { PipelineOptions } from '../../src/pipeline/options.js';
import { runPipeline } from '../../src/pipeline/pipeline.js';
import { scratchDir } from '../support/scratch.js';

const repository = { full_name: 'acme/app', default_branch: 'main' };
const pullRequest = (action: string) => ({
  action,
  number: 12,
  pull_request: {
    number: 12,
    head: { sha: 'a'.repeat(40), repo: { full_name: 'acme/app' } },
    base: { sha: 'b'.repeat(40), repo: { full_name: 'acme/app' } },
  },
  repository,
});

/** The context as the runner gives it: the event file and GITHUB_* variables. */
function contextOf(eventName: string, event: unknown, ref = '') {
  const file = join(scratchDir('pinship-flow-'), 'event.json');
  writeFileSync(file, JSON.stringify(event));
  return readGitHubContext({ GITHUB_EVENT_PATH: file, GITHUB_EVENT_NAME: eventName, GITHUB_REF: ref });
}

describe('the event decides the flow', () => {
  it.each([
    ['opened', 'pull-request', ['build', 'run', 'report']],
    ['synchronize', 'pull-request', ['build', 'run', 'report']],
    ['reopened', 'pull-request', ['build', 'run', 'report']],
    ['closed', 'pull-request-closed', ['cleanup']],
    ['labeled', 'none', []],
  ])('pull_request %s: %s', (action, name, steps) => {
    const flow = flowFor(contextOf('pull_request', pullRequest(action), 'refs/pull/12/merge'));
    expect([flow.name, flow.steps]).toEqual([name, steps]);
  });

  it('a push to the default branch builds, pins staging, runs and reports', () => {
    const flow = flowFor(contextOf('push', { repository }, 'refs/heads/main'));
    expect([flow.name, flow.steps]).toEqual(['default-branch', ['build', 'pin', 'run', 'report']]);
  });

  it('a pushed tag is a release: find the built image and pin production, never run', () => {
    const flow = flowFor(contextOf('push', { repository }, 'refs/tags/v1.2.0'));
    expect([flow.name, flow.steps, flow.why]).toEqual(['release', ['build', 'pin'], 'push of tag v1.2.0']);
  });

  it('a push to another branch, pull_request_target and other events do nothing, saying why', () => {
    expect(flowFor(contextOf('push', { repository }, 'refs/heads/feature'))).toEqual({
      name: 'none',
      steps: [],
      why: 'a push to feature, not the default branch main',
    });
    // pull_request_target would build the pull request's code with the base's write token.
    expect(flowFor(contextOf('pull_request_target', pullRequest('opened'))).name).toBe('none');
    expect(flowFor(contextOf('schedule', { repository })).name).toBe('none');
  });
});

describe('the steps input limits the flow to some of its parts', () => {
  const flow = flowFor(contextOf('push', { repository }, 'refs/heads/main'));

  it('keeps the flow order and leaves out parts the flow does not have', () => {
    const logged: string[] = [];
    const log = { ...silentLogger, info: (m: string) => logged.push(m) };
    expect(chooseSteps(flow, parseSteps(['report', 'run', 'cleanup'], 'steps'), log)).toEqual(['run', 'report']);
    expect(logged).toEqual(['cleanup: not a part of the default-branch flow (push to main), left out']);
    expect(chooseSteps(flow, parseSteps([], 'steps'), log)).toEqual(flow.steps);
  });

  it('an unknown step is an error naming it and the input', () => {
    expect(() => parseSteps(['build', 'deploy'], 'steps')).toThrow(/steps: unknown step "deploy"/);
  });
});

describe('runPipeline dispatches without touching what the flow does not need', () => {
  const options = { steps: undefined, cluster: {}, pin: {}, report: {} } as unknown as PipelineOptions;
  const run = async (eventName: string, event: unknown, ref: string, more: Partial<PipelineOptions> = {}) => {
    const outputs: Record<string, string> = {};
    const flow = await runPipeline(
      { ...options, ...more },
      {
        context: contextOf(eventName, event, ref),
        log: silentLogger,
        output: (name, value) => (outputs[name] = value),
        saveState: () => undefined,
        summary: async () => undefined,
      },
    );
    return { flow, outputs };
  };

  it('a closed pull request that ran on no cluster has nothing to delete', async () => {
    const { outputs } = await run('pull_request', pullRequest('closed'), 'refs/pull/12/merge');
    expect(outputs).toEqual({ flow: 'pull-request-closed', steps: 'cleanup', 'deleted-namespaces': '' });
  });

  it('a push to another branch runs nothing', async () => {
    const { outputs } = await run('push', { repository }, 'refs/heads/feature');
    expect(outputs).toEqual({ flow: 'none', steps: '' });
  });

  it('report without run is an error naming the steps input', async () => {
    await expect(run('push', { repository }, 'refs/heads/main', { steps: ['report'] })).rejects.toThrow(
      /steps: report goes with run/,
    );
  });

  it('run without build and without an image given is an error naming the ref input', async () => {
    await expect(run('push', { repository }, 'refs/heads/main', { steps: ['run', 'report'] })).rejects.toThrow(
      /ref: .*needs the image/,
    );
  });
});
