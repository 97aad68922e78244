import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createGitHubClient, type GitHubClient } from '../../src/github/client.js';
import { startGitHubStandIn, type GitHubStandIn } from '../standins/github/server.js';

let gh: GitHubStandIn;
let octokit: GitHubClient;

beforeEach(async () => {
  gh = await startGitHubStandIn({ token: 't0ken' });
  gh.state.addRepo('acme/overlays');
  octokit = createGitHubClient({ token: 't0ken', baseUrl: gh.url, retries: 0 });
});
afterEach(() => gh.close());

describe('GitHub stand-in: checks requests against the OpenAPI description', () => {
  it('a body the schema refuses is a 422 and a recorded problem', async () => {
    const err = await octokit
      .request('POST /repos/{owner}/{repo}/pulls', {
        owner: 'acme',
        repo: 'overlays',
        head: 'x',
        base: 'main',
        title: 7 as unknown as string,
      })
      .catch((e: { status: number }) => e);
    expect(err).toMatchObject({ status: 422 });
    expect(gh.problems.join('\n')).toContain('pulls/create: request body: body/title must be string');
  });

  it('GraphQL (not in the OpenAPI description): the viewer query is answered, any other is a problem', async () => {
    const { viewer } = await octokit.graphql<{ viewer: { login: string; databaseId: number } }>(
      'query { viewer { login databaseId } }',
    );
    expect(viewer).toEqual({ login: 'github-actions[bot]', databaseId: 41898282 });
    expect(gh.problems).toEqual([]);
    const err = await octokit.graphql('query { viewer { email } }').catch((e: Error) => e);
    expect(String(err)).toContain('stand-in: unknown GraphQL query');
    expect(gh.problems).toEqual([expect.stringMatching(/^graphql: not a query the stand-in knows: /)]);
  });

  it('an undocumented path is a 404 and a recorded problem', async () => {
    const err = await octokit
      .request('GET /repos/{owner}/{repo}/pullz', { owner: 'acme', repo: 'overlays' })
      .catch((e: { status: number }) => e);
    expect(err).toMatchObject({ status: 404 });
    expect(gh.problems).toEqual(["GET /repos/acme/overlays/pullz: no such operation in GitHub's OpenAPI description"]);
  });

  it('an invalid query parameter is refused', async () => {
    const err = await octokit.rest.pulls
      .list({ owner: 'acme', repo: 'overlays', state: 'merged' as 'open' })
      .catch((e: { status: number }) => e);
    expect(err).toMatchObject({ status: 422 });
    expect(gh.problems[0]).toContain('query parameter state="merged"');
  });

  it('bad credentials are a 401', async () => {
    const other = createGitHubClient({ token: 'wrong', baseUrl: gh.url, retries: 0 });
    await expect(other.rest.pulls.list({ owner: 'acme', repo: 'overlays' })).rejects.toMatchObject({ status: 401 });
  });

  it('answers as GitHub does: 201 on create, 422 for a second PR from one head, 404 for an unknown repo', async () => {
    const created = await octokit.rest.pulls.create({
      owner: 'acme',
      repo: 'overlays',
      head: 'pinship/pin-compute-prod',
      base: 'main',
      title: 'pin',
    });
    expect(created.status).toBe(201);
    expect(created.data).toMatchObject({ number: 1, state: 'open', head: { ref: 'pinship/pin-compute-prod' } });
    // From another client, as another pipeline's: one client waits 3 s before a second pull request.
    const second = createGitHubClient({ token: 't0ken', baseUrl: gh.url, retries: 0 });
    const again = await second.rest.pulls
      .create({ owner: 'acme', repo: 'overlays', head: 'pinship/pin-compute-prod', base: 'main', title: 'pin' })
      .catch((e: { status: number; response: { data: unknown } }) => e);
    expect(again).toMatchObject({
      status: 422,
      response: {
        data: {
          message: 'Validation Failed',
          errors: [{ message: 'A pull request already exists for acme:pinship/pin-compute-prod.' }],
        },
      },
    });
    await expect(octokit.rest.pulls.list({ owner: 'acme', repo: 'missing' })).rejects.toMatchObject({ status: 404 });
    expect(gh.problems).toEqual([]);
  });
});

describe('GitHub stand-in: comments and checks as GitHub answers them', () => {
  it('pages comments 100 at a time with Link headers, and refuses a body over 65,536 characters', async () => {
    const repo = gh.state.repo('acme', 'overlays')!;
    const pr = gh.state.addPull(repo, { head: 'feature', headSha: 'a'.repeat(40) });
    for (let i = 0; i < 150; i++) gh.state.addComment(repo, pr.number, `c${i}`);
    const page = await octokit.rest.issues.listComments({
      owner: 'acme',
      repo: 'overlays',
      issue_number: pr.number,
      per_page: 100,
    });
    expect(page.data).toHaveLength(100);
    expect(page.headers.link).toContain('page=2>; rel="next"');
    const all = await octokit.paginate(octokit.rest.issues.listComments, {
      owner: 'acme',
      repo: 'overlays',
      issue_number: pr.number,
      per_page: 100,
    });
    expect(all.map((c) => c.body)).toEqual(Array.from({ length: 150 }, (_, i) => `c${i}`));
    const tooLong = await octokit.rest.issues
      .createComment({ owner: 'acme', repo: 'overlays', issue_number: pr.number, body: 'x'.repeat(65537) })
      .catch((e: { status: number }) => e);
    expect(tooLong).toMatchObject({ status: 422 });
    expect(gh.problems).toEqual([]);
  });

  it('creates a check run in progress and completes it on update', async () => {
    const repo = gh.state.repo('acme', 'overlays')!;
    const { data } = await octokit.rest.checks.create({
      owner: 'acme',
      repo: 'overlays',
      name: 'x',
      head_sha: 'b'.repeat(40),
      status: 'in_progress',
    });
    await octokit.rest.checks.update({
      owner: 'acme',
      repo: 'overlays',
      check_run_id: data.id,
      conclusion: 'success',
    });
    expect(repo.checkRuns).toMatchObject([{ id: data.id, status: 'completed', conclusion: 'success' }]);
    expect(gh.problems).toEqual([]);
  });

  it('a token without a permission gets 403 "Resource not accessible by integration"', async () => {
    const limited = await startGitHubStandIn({ token: 't0ken', permissions: { 'pull-requests': 'read' } });
    try {
      const repo = limited.state.addRepo('acme/overlays');
      const pr = limited.state.addPull(repo, { head: 'feature', headSha: 'a'.repeat(40) });
      const client = createGitHubClient({ token: 't0ken', baseUrl: limited.url, retries: 0 });
      await expect(
        client.rest.issues.listComments({ owner: 'acme', repo: 'overlays', issue_number: pr.number }),
      ).resolves.toBeTruthy();
      await expect(
        client.rest.issues.createComment({ owner: 'acme', repo: 'overlays', issue_number: pr.number, body: 'x' }),
      ).rejects.toMatchObject({
        status: 403,
        message: expect.stringContaining('Resource not accessible by integration'),
      });
    } finally {
      await limited.close();
    }
  });
});
