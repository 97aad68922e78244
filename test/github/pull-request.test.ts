import { afterEach, beforeEach, expect, it } from 'vitest';
import { createGitHubClient } from '../../src/github/client.js';
import { openOrUpdatePullRequest } from '../../src/github/pull-request.js';
import { startGitHubStandIn, type GitHubStandIn } from '../standins/github/server.js';

let gh: GitHubStandIn;
beforeEach(async () => {
  gh = await startGitHubStandIn({ token: 'tok' });
});
afterEach(() => gh.close());

it('opens a pull request, then on 422 "already exists" updates the open one', async () => {
  const repo = gh.state.addRepo('acme/overlays');
  const client = createGitHubClient({ token: 'tok', baseUrl: gh.url });
  const spec = {
    owner: 'acme',
    repo: 'overlays',
    head: 'pinship/pin-compute-prod',
    base: 'main',
    title: 'pin v1',
    body: 'one',
  };
  expect(await openOrUpdatePullRequest(client, spec)).toEqual({
    action: 'created',
    number: 1,
    url: 'https://github.com/acme/overlays/pull/1',
  });
  // The next pipeline's client: one client waits the throttling plugin's 3 s before a second pull request.
  const next = createGitHubClient({ token: 'tok', baseUrl: gh.url });
  expect(await openOrUpdatePullRequest(next, { ...spec, title: 'pin v2', body: 'two' })).toMatchObject({
    action: 'updated',
    number: 1,
  });
  expect(repo.pulls).toMatchObject([{ number: 1, title: 'pin v2', body: 'two', state: 'open' }]);
  expect(gh.requests.map((r) => `${r.operationId} ${r.status}`)).toEqual([
    'pulls/create 201',
    'pulls/create 422',
    'pulls/list 200',
    'pulls/update 200',
  ]);
  expect(gh.problems).toEqual([]);
});

it("a head branch that does not exist is GitHub's 422 and a PinshipError naming it", async () => {
  gh.state.addRepo('acme/overlays', { branchExists: (b) => b === 'main' });
  const client = createGitHubClient({ token: 'tok', baseUrl: gh.url });
  await expect(
    openOrUpdatePullRequest(client, {
      owner: 'acme',
      repo: 'overlays',
      head: 'nope',
      base: 'main',
      title: 't',
      body: '',
    }),
  ).rejects.toThrow('opening a pull request from nope into main');
});

it('a 502 from GitHub is retried by the client (plugin-retry), then the pull request opens', async () => {
  let failures = 1;
  const flaky = await startGitHubStandIn({
    token: 'tok',
    intercept: ({ operationId }) =>
      operationId === 'pulls/create' && failures-- > 0 ? { status: 502, body: { message: 'Server Error' } } : undefined,
  });
  try {
    flaky.state.addRepo('acme/overlays');
    const client = createGitHubClient({ token: 'tok', baseUrl: flaky.url });
    const out = await openOrUpdatePullRequest(client, {
      owner: 'acme',
      repo: 'overlays',
      head: 'pinship/pin-x',
      base: 'main',
      title: 't',
      body: '',
    });
    expect(out.action).toBe('created');
    expect(flaky.requests.map((r) => r.status)).toEqual([502, 201]);
  } finally {
    await flaky.close();
  }
});
