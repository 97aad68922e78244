import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { commitTags } from '../../src/build/tags.js';
import { parseRepository, readGitHubContext } from '../../src/github/context.js';
import { scratchDir } from '../support/scratch.js';

function eventFile(event: unknown): string {
  const file = join(scratchDir('pinship-event-'), 'event.json');
  writeFileSync(file, JSON.stringify(event));
  return file;
}

describe('the Actions context (the one reader of the event file)', () => {
  it('a pull request from a fork: number, head and base commits, fork', () => {
    const path = eventFile({
      pull_request: {
        number: 7,
        head: { sha: 'a'.repeat(40), repo: { full_name: 'someone/app' } },
        base: { sha: 'b'.repeat(40), repo: { full_name: 'acme/app' } },
      },
      repository: { full_name: 'acme/app', default_branch: 'main' },
    });
    const context = readGitHubContext({
      GITHUB_EVENT_PATH: path,
      GITHUB_EVENT_NAME: 'pull_request',
      GITHUB_REPOSITORY: 'acme/app',
      GITHUB_RUN_ID: '9',
      GITHUB_RUN_ATTEMPT: '2',
    });
    expect(context).toMatchObject({
      repository: 'acme/app',
      pullRequest: { number: 7, headSha: 'a'.repeat(40), baseSha: 'b'.repeat(40), fork: true },
      defaultBranch: 'main',
      runUrl: 'https://github.com/acme/app/actions/runs/9/attempts/2',
    });
  });

  it("a workflow_run event: the run's head, its branch and owner, the pull request when GitHub lists it", () => {
    const path = eventFile({
      workflow_run: {
        head_sha: 'c'.repeat(40),
        head_branch: 'feature',
        head_repository: { owner: { login: 'someone' } },
        pull_requests: [],
      },
    });
    const context = readGitHubContext({ GITHUB_EVENT_PATH: path, GITHUB_EVENT_NAME: 'workflow_run' });
    expect(context.pullRequest).toBeUndefined();
    expect(context.workflowRun).toEqual({
      headSha: 'c'.repeat(40),
      headBranch: 'feature',
      headOwner: 'someone',
      pullRequestNumber: undefined,
    });
  });

  it('an unreadable event file is an error naming it', () => {
    const path = join(scratchDir('pinship-event-'), 'missing.json');
    expect(() => readGitHubContext({ GITHUB_EVENT_PATH: path })).toThrow(`${path}: reading the event file: ENOENT`);
  });

  it('what the build reads from it: the default branch and pull request number, typed or left out', () => {
    const hostile = eventFile({ pull_request: { number: '7; rm -rf /' }, repository: { default_branch: ['x'] } });
    expect(readGitHubContext({ GITHUB_EVENT_PATH: hostile })).toMatchObject({
      pullRequest: undefined,
      defaultBranch: undefined,
    });
    const path = eventFile({ number: 8, pull_request: {}, repository: { default_branch: 'trunk' } });
    expect(readGitHubContext({ GITHUB_EVENT_PATH: path })).toMatchObject({
      pullRequest: { number: 8 },
      defaultBranch: 'trunk',
    });
  });

  it('an unreadable event file fails the build too, naming the file, instead of tagging it as a branch', () => {
    const path = join(scratchDir('pinship-event-'), 'missing.json');
    const env = { GITHUB_EVENT_NAME: 'pull_request', GITHUB_EVENT_PATH: path, GITHUB_REF: 'refs/heads/x' };
    expect(() => commitTags(undefined, [], env)).toThrow(`${path}: reading the event file: ENOENT`);
  });
});

describe('the repository, OWNER/NAME', () => {
  it('splits a valid one; refuses anything else naming where it came from', () => {
    expect(parseRepository('acme/app.js', 'GITHUB_REPOSITORY')).toEqual({ owner: 'acme', repo: 'app.js' });
    for (const bad of [undefined, '', 'acme', 'acme/app/x', 'acme/ap p']) {
      expect(() => parseRepository(bad, 'GITHUB_REPOSITORY'), String(bad)).toThrow(
        `GITHUB_REPOSITORY: expected OWNER/NAME, got ${JSON.stringify(bad ?? '')}`,
      );
    }
  });
});
