import { afterEach, describe, expect, it } from 'vitest';
import { badGateway, secondaryRateLimit } from '../standins/github/operations/types.js';
import type { GitHubStandIn } from '../standins/github/server.js';
import { commentsOn, gitHubWithPull, postReport, recordOf, sha } from './support.js';

let gh: GitHubStandIn;
afterEach(async () => {
  expect(gh.problems).toEqual([]);
  await gh.close();
});

describe('posting from a fork and from a workflow_run job', () => {
  it('a fork pull request (read-only token): nothing posted, one line says why, nothing fails', async () => {
    const setup = await gitHubWithPull(sha(3), {
      permissions: { 'pull-requests': 'read', checks: 'read', statuses: 'read' },
    });
    gh = setup.gh;
    setup.pull.headRepo = 'someone/app';
    const { log, outcome } = await postReport(gh, recordOf(sha(3), 1), {
      check: true,
      context: {
        repository: 'acme/app',
        eventName: 'pull_request',
        pullRequest: { number: setup.pull.number, headSha: sha(3), baseSha: sha(1), fork: true },
      },
    });
    expect(outcome.published?.skipped).toMatch(/^pull request from a fork: its token is read-only/);
    expect(log.lines.filter((l) => l.startsWith('warning:'))).toEqual([`warning: ${outcome.published!.skipped}`]);
    expect(outcome.prepared.body).toContain('pinship run `default`');
    expect(gh.requests).toEqual([]);
  });

  it("a workflow_run post is refused when the pull request's head is not the record's commit", async () => {
    const setup = await gitHubWithPull(sha(4));
    gh = setup.gh;
    setup.pull.headRepo = 'someone/app';
    const { outcome } = await postReport(gh, recordOf(sha(3), 1), {
      check: true,
      context: {
        repository: 'acme/app',
        eventName: 'workflow_run',
        workflowRun: { headSha: sha(3), headBranch: 'feature', headOwner: 'someone' },
      },
    });
    expect(outcome.published?.skipped).toMatch(
      /^refusing to post: the pull request's head is aaaaaaaaaaaa, but the record is of/,
    );
    expect(commentsOn(gh, setup.pull.number)).toEqual([]);
    expect(setup.repo.checkRuns).toEqual([]);
    expect(gh.requests.map((r) => r.operationId)).toEqual(['pulls/list']);
  });

  it("a workflow_run post of the head commit's record comments on the fork's PR and checks its head", async () => {
    const setup = await gitHubWithPull(sha(3));
    gh = setup.gh;
    setup.pull.headRepo = 'someone/app';
    const { outcome } = await postReport(gh, recordOf(sha(3), 1), {
      check: true,
      context: {
        repository: 'acme/app',
        eventName: 'workflow_run',
        workflowRun: { headSha: sha(3), headBranch: 'feature', headOwner: 'someone' },
      },
    });
    expect(outcome.published?.comment?.action).toBe('created');
    expect(commentsOn(gh, setup.pull.number)).toHaveLength(1);
    expect(setup.repo.checkRuns).toMatchObject([
      { headSha: sha(3), name: 'pinship report (default)', conclusion: 'failure' },
    ]);
  });
});

describe('GitHub failing', () => {
  it('502 then success: retried by plugin-retry, one comment', async () => {
    let failures = 1;
    const setup = await gitHubWithPull(sha(3), {
      intercept: ({ operationId }) =>
        operationId === 'issues/create-comment' && failures-- > 0 ? badGateway() : undefined,
    });
    gh = setup.gh;
    const { outcome } = await postReport(gh, recordOf(sha(3), 1), { pr: setup.pull.number });
    expect(outcome.published?.comment?.action).toBe('created');
    expect(gh.requests.filter((r) => r.operationId === 'issues/create-comment').map((r) => r.status)).toEqual([
      502, 201,
    ]);
    expect(commentsOn(gh, setup.pull.number)).toHaveLength(1);
  });

  it('a secondary rate limit: waited out (retry-after) by plugin-throttling, then posted', async () => {
    let limited = 1;
    const setup = await gitHubWithPull(sha(3), {
      intercept: ({ operationId }) =>
        operationId === 'issues/list-comments' && limited-- > 0 ? secondaryRateLimit(2) : undefined,
    });
    gh = setup.gh;
    const { log, outcome } = await postReport(gh, recordOf(sha(3), 1), { pr: setup.pull.number });
    expect(outcome.published?.comment?.action).toBe('created');
    expect(gh.requests.filter((r) => r.operationId === 'issues/list-comments').map((r) => r.status)).toEqual([
      403, 200, 200,
    ]);
    expect(log.lines.join('\n')).toMatch(/secondary rate limit on GET .*; retrying in 2s/);
  });
});

describe('missing permissions are named', () => {
  it('no pull-requests: write: the error names it', async () => {
    const setup = await gitHubWithPull(sha(3), { permissions: { 'pull-requests': 'read', checks: 'write' } });
    gh = setup.gh;
    await expect(postReport(gh, recordOf(sha(3), 1), { pr: setup.pull.number })).rejects.toThrow(
      /^token: commenting on #1: 403 Resource not accessible by integration$/,
    );
    const err = await postReport(gh, recordOf(sha(3), 1), { pr: setup.pull.number }).catch((e: { hint?: string }) => e);
    expect((err as { hint: string }).hint).toMatch(/^the token needs `pull-requests: write`/);
  });

  it('no checks: write: a commit status instead, with one warning saying so', async () => {
    const setup = await gitHubWithPull(sha(3), { permissions: { 'pull-requests': 'write', statuses: 'write' } });
    gh = setup.gh;
    const { log, outcome } = await postReport(gh, recordOf(sha(3), 1), {
      check: true,
      context: {
        repository: 'acme/app',
        eventName: 'pull_request',
        pullRequest: { number: setup.pull.number, headSha: sha(3), baseSha: sha(1), fork: false },
      },
    });
    expect(outcome.published?.check?.kind).toBe('status');
    expect(setup.repo.statuses).toMatchObject([{ sha: sha(3), state: 'failure', context: 'pinship report (default)' }]);
    expect(log.lines.filter((l) => l.startsWith('warning:'))).toEqual([
      'warning: the token lacks `checks: write` (GitHub answered 403): set a commit status instead of a check run',
    ]);
  });

  it('neither checks: write nor statuses: write: the error names both', async () => {
    const setup = await gitHubWithPull(sha(3), { permissions: { 'pull-requests': 'write' } });
    gh = setup.gh;
    const withSha = await postReport(gh, recordOf(sha(3), 1), {
      check: true,
      context: { repository: 'acme/app', sha: sha(3) },
      pr: setup.pull.number,
    }).catch((e: { message: string; hint?: string }) => e);
    const status = String.raw`setting commit status "pinship report \(default\)" on aaaaaaaaaaaa`;
    expect((withSha as { message: string }).message).toMatch(
      new RegExp(`^token: ${status}: 403 Resource not accessible by integration$`),
    );
    expect((withSha as { hint: string }).hint).toMatch(/^the token needs `checks: write` or `statuses: write`/);
  });

  it('a wrong token: 401 names the token', async () => {
    const setup = await gitHubWithPull(sha(3), { token: 'another' });
    gh = setup.gh;
    await expect(postReport(gh, recordOf(sha(3), 1), { pr: setup.pull.number })).rejects.toThrow(
      /^token: listing the comments of #1: GitHub refused the token \(401 Bad credentials\)$/,
    );
  });
});
