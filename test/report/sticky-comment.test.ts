import { afterEach, describe, expect, it } from 'vitest';
import { sourceHistory } from '../git/remote.js';
import type { GitHubStandIn } from '../standins/github/server.js';
import { commentsOn, gitHubWithPull, postReport, recordOf, sha } from './support.js';

let gh: GitHubStandIn;
afterEach(async () => {
  expect(gh.problems).toEqual([]);
  await gh.close();
});

const marker = (body: string) => body.split('\n')[0]!;

describe('the sticky comment: one per pull request and experiment, edited in place', () => {
  it('create then update: the second run edits the first comment (asks who the token is, lists, edits)', async () => {
    const setup = await gitHubWithPull(sha(3));
    gh = setup.gh;
    const first = await postReport(gh, recordOf(sha(2), 1), { pr: setup.pull.number });
    expect(first.outcome.published?.comment?.action).toBe('created');
    const before = gh.requests.length;
    const second = await postReport(gh, recordOf(sha(3), 2), { pr: setup.pull.number });
    expect(second.outcome.published?.comment).toMatchObject({
      action: 'updated',
      id: first.outcome.published!.comment!.id,
    });
    // Who the token is and the list are asked at once: in either order.
    expect(
      gh.requests
        .slice(before)
        .map((r) => r.operationId)
        .sort(),
    ).toEqual(['graphql', 'issues/list-comments', 'issues/update-comment']);
    const comments = commentsOn(gh, setup.pull.number);
    expect(comments).toHaveLength(1);
    expect(marker(comments[0]!.body)).toContain(`commit=${sha(3)}`);
    expect(comments[0]!.body).toContain('pinship run `default`');
  });

  it("another experiment gets its own comment; other people's comments are left alone", async () => {
    const setup = await gitHubWithPull(sha(3));
    gh = setup.gh;
    gh.state.addComment(setup.repo, setup.pull.number, 'LGTM <!-- pinship:report experiment=default -->');
    await postReport(gh, recordOf(sha(3), 1), { pr: setup.pull.number });
    await postReport(gh, recordOf(sha(3), 1), { pr: setup.pull.number, experiment: 'gpu-large' });
    const bodies = commentsOn(gh, setup.pull.number).map((c) => marker(c.body));
    expect(bodies).toHaveLength(3);
    expect(bodies[0]).toBe('LGTM <!-- pinship:report experiment=default -->');
    expect(bodies[1]).toMatch(/^<!-- pinship:report experiment=default /);
    expect(bodies[2]).toMatch(/^<!-- pinship:report experiment=gpu-large /);
  });

  it("a stranger's comment with a forged marker of a future run is ignored, not obeyed", async () => {
    const setup = await gitHubWithPull(sha(3));
    gh = setup.gh;
    const forged = '<!-- pinship:report experiment=default run=zzz started=2099-01-01T00%3A00%3A00.000Z -->\nall good!';
    gh.state.addComment(setup.repo, setup.pull.number, forged, 'mallory');
    const { outcome } = await postReport(gh, recordOf(sha(3), 1), { pr: setup.pull.number });
    expect(outcome.published?.comment?.action).toBe('created');
    const comments = commentsOn(gh, setup.pull.number);
    expect(comments.map((c) => c.user)).toEqual(['mallory', 'github-actions[bot]']);
    expect(comments[0]!.body).toBe(forged);
  });

  it("other bots' and other accounts' comments with this experiment's marker are never edited or deleted", async () => {
    const setup = await gitHubWithPull(sha(3));
    gh = setup.gh;
    const forged = '<!-- pinship:report experiment=default run=zzz started=2099-01-01T00%3A00%3A00.000Z -->\nall good!';
    gh.state.addComment(setup.repo, setup.pull.number, forged, 'renovate[bot]');
    gh.state.addComment(setup.repo, setup.pull.number, `${forged} (a maintainer's copy)`, 'maintainer');
    const { outcome } = await postReport(gh, recordOf(sha(3), 1), { pr: setup.pull.number });
    expect(outcome.published?.comment?.action).toBe('created');
    const comments = commentsOn(gh, setup.pull.number);
    expect(comments.map((c) => c.user)).toEqual(['renovate[bot]', 'maintainer', 'github-actions[bot]']);
    expect(comments.slice(0, 2).map((c) => c.body)).toEqual([forged, `${forged} (a maintainer's copy)`]);
  });

  it("a personal token's own earlier report is found by the token's identity (GraphQL viewer) and edited", async () => {
    const setup = await gitHubWithPull(sha(3));
    gh = setup.gh;
    gh.state.login = 'release-robot';
    const first = await postReport(gh, recordOf(sha(3), 1), { pr: setup.pull.number });
    const second = await postReport(gh, recordOf(sha(3), 2), { pr: setup.pull.number });
    expect(second.outcome.published?.comment).toMatchObject({
      action: 'updated',
      id: first.outcome.published!.comment!.id,
    });
    expect(commentsOn(gh, setup.pull.number).map((c) => c.user)).toEqual(['release-robot']);
  });

  it("two reports racing for one pull request and experiment leave exactly one comment, the newer run's", async () => {
    // Slow creates: both reports list (nothing yet) before either comment exists.
    const setup = await gitHubWithPull(sha(3), { delay: ({ method }) => (method === 'POST' ? 150 : 0) });
    gh = setup.gh;
    const [older, newer] = await Promise.all([
      postReport(gh, recordOf(sha(3), 1), { pr: setup.pull.number }),
      postReport(gh, recordOf(sha(3), 2), { pr: setup.pull.number }),
    ]);
    const comments = commentsOn(gh, setup.pull.number);
    expect(comments).toHaveLength(1);
    expect(marker(comments[0]!.body)).toContain('run=20261125-040200-');
    expect(gh.requests.filter((r) => r.operationId === 'issues/create-comment')).toHaveLength(2);
    expect(older.outcome.published?.comment?.id).toBe(comments[0]!.id);
    expect(newer.outcome.published?.comment?.id).toBe(comments[0]!.id);
  });

  it("an older run finishing last does not replace the newer run's comment", async () => {
    const setup = await gitHubWithPull(sha(3));
    gh = setup.gh;
    await postReport(gh, recordOf(sha(3), 5), { pr: setup.pull.number });
    const late = await postReport(
      gh,
      recordOf(sha(3), 1, (r) => (r.finishedAt = '2026-11-25T05:00:00.000Z')),
      { pr: setup.pull.number },
    );
    expect(late.outcome.published?.comment?.action).toBe('kept-newer');
    expect(marker(commentsOn(gh, setup.pull.number)[0]!.body)).toContain('run=20261125-040500-');
  });

  it("an older commit's run that started later and ends last leaves the newer commit's (Git ancestry)", async () => {
    const { dir, commits } = sourceHistory(2);
    const [older, newer] = commits as [string, string];
    const setup = await gitHubWithPull(newer);
    gh = setup.gh;
    await postReport(gh, recordOf(newer, 1), { pr: setup.pull.number, overrides: { cwd: dir } });
    const late = await postReport(gh, recordOf(older, 9), { pr: setup.pull.number, overrides: { cwd: dir } });
    expect(late.outcome.published?.comment?.action).toBe('kept-newer');
    expect(marker(commentsOn(gh, setup.pull.number)[0]!.body)).toContain(`commit=${newer}`);
  });

  it('with 120 comments on the pull request, the report is found on page 2 (Link headers) and updated', async () => {
    const setup = await gitHubWithPull(sha(3));
    gh = setup.gh;
    for (let i = 0; i < 110; i++) gh.state.addComment(setup.repo, setup.pull.number, `comment ${i}`);
    const first = await postReport(gh, recordOf(sha(3), 1), { pr: setup.pull.number });
    for (let i = 0; i < 10; i++) gh.state.addComment(setup.repo, setup.pull.number, `later ${i}`);
    const before = gh.requests.length;
    const second = await postReport(gh, recordOf(sha(3), 2), { pr: setup.pull.number });
    expect(second.outcome.published?.comment).toMatchObject({
      action: 'updated',
      id: first.outcome.published!.comment!.id,
    });
    const lists = gh.requests.slice(before).filter((r) => r.operationId === 'issues/list-comments');
    expect(lists.map((r) => new URL(r.path, gh.url).searchParams.get('page') ?? '1')).toEqual(['1', '2']);
    expect(commentsOn(gh, setup.pull.number)).toHaveLength(121);
    expect(commentsOn(gh, setup.pull.number).filter((c) => c.body.startsWith('<!-- pinship:report'))).toHaveLength(1);
  });
});
