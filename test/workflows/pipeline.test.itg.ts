import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startGitHubStandIn, type GitHubStandIn } from '../standins/github/server.js';
import { testInfra, uniqueRepo } from '../support/infra.js';
import { scratchDir } from '../support/scratch.js';
import { callerRepository, git, publishedPinship, runAct } from './act.js';
import { callerWorkflow, example, pullRequestEvent, pushEvent } from './callers.js';
import { listTags } from '../build/registry-helpers.js';

const TOKEN = 'ghs_act_test_token';
const infra = testInfra();

let gh: GitHubStandIn;
beforeAll(async () => {
  gh = await startGitHubStandIn({ token: TOKEN });
});
afterAll(async () => {
  await gh?.close();
});

describe('the pipeline workflows, run by act as a runner runs them', () => {
  it('posts one sticky comment, a check and a job summary; the next push edits the same comment', async () => {
    const scratch = scratchDir('pinship-act-');
    const pinship = publishedPinship(scratch);
    const image = uniqueRepo(infra, 'act-pr');
    const caller = callerRepository(scratch, {
      ...example(),
      '.github/workflows/pinship.yml': callerWorkflow('pull-request.yml', image),
    });
    git(caller.work, 'checkout', '-q', '-b', 'feature');
    const head1 = caller.commit({ 'notes.md': 'first push\n' }, 'first push');
    const repo = gh.state.addRepo('acme/app');
    const pull = gh.state.addPull(repo, { head: 'feature', headSha: head1, baseSha: caller.base });
    const act = (head: string, action: string) =>
      runAct({
        cwd: caller.work,
        event: 'pull_request',
        payload: pullRequestEvent(pull.number, action, head, caller.base),
        workflow: '.github/workflows/pinship.yml',
        pinship,
        checkoutFrom: caller.bare,
        apiUrl: gh.url,
        secrets: { GITHUB_TOKEN: TOKEN, REGISTRY_USER: infra.username, REGISTRY_PASSWORD: infra.password },
        scratch,
      });

    const first = await act(head1, 'opened');
    expect(first.status, first.output.slice(-4000)).toBe(0);
    expect(first.output).toContain('Job succeeded');
    expect(first.output).not.toContain(infra.password);
    // The report's job summary (act prints it; "pinship" is masked: it is the registry user here).
    const summary = first.output.split('\n').find((l) => l.includes('Summary - ') && l.includes('run `default`'));
    expect(summary, first.output.slice(-6000)).toMatch(/Summary - ### ✅ \S+ run `default`: success/);
    expect(repo.comments).toHaveLength(1);
    const comment = repo.comments[0]!;
    expect(comment.body).toContain('pinship run `default`: success');
    expect(comment.body).toContain(head1.slice(0, 7));
    expect(repo.checkRuns.map((c) => [c.name, c.headSha, c.conclusion])).toEqual([
      ['pinship report (default)', head1, 'success'],
    ]);

    const head2 = caller.commit({ 'notes.md': 'second push\n' }, 'second push');
    pull.headSha = head2;
    const second = await act(head2, 'synchronize');
    expect(second.status, second.output.slice(-4000)).toBe(0);
    expect(repo.comments).toHaveLength(1);
    expect(repo.comments[0]!.id).toBe(comment.id);
    expect(repo.comments[0]!.body).toContain(head2.slice(0, 7));
    expect(repo.checkRuns.map((c) => [c.headSha, c.conclusion])).toContainEqual([head2, 'success']);
    // A pull request's build never writes the default branch's skip tag.
    expect((await listTags(image)).filter((t) => /^(pr-)?in-/.test(t))).toEqual([expect.stringMatching(/^pr-in-/)]);
    expect(gh.problems).toEqual([]);
  });

  it('a push to main pins staging, stores the record; the next pull request compares against it', async () => {
    const scratch = scratchDir('pinship-act-');
    const pinship = publishedPinship(scratch);
    const image = uniqueRepo(infra, 'act-main');
    const caller = callerRepository(
      scratch,
      {
        ...example(),
        '.github/workflows/main.yml': callerWorkflow('default-branch.yml', image),
        '.github/workflows/pr.yml': callerWorkflow('pull-request.yml', image),
      },
      'acme/main-app',
    );
    const repo = gh.state.addRepo('acme/main-app');
    const secrets = { GITHUB_TOKEN: TOKEN, REGISTRY_USER: infra.username, REGISTRY_PASSWORD: infra.password };
    const common = { cwd: caller.work, pinship, checkoutFrom: caller.bare, apiUrl: gh.url, secrets, scratch };
    const pushed = await runAct({
      ...common,
      event: 'push',
      payload: pushEvent(caller.base),
      workflow: '.github/workflows/main.yml',
    });
    expect(pushed.status, pushed.output.slice(-6000)).toBe(0);

    const tip = git(caller.bare, 'rev-parse', 'main');
    expect(git(caller.bare, 'rev-parse', `${tip}^`)).toBe(caller.base);
    expect(git(caller.bare, 'diff', '--name-only', caller.base, tip)).toBe('overlays/staging/kustomization.yaml');
    const pinned = git(caller.bare, 'show', `${tip}:overlays/staging/kustomization.yaml`);
    const digest = /digest: (sha256:[0-9a-f]{64})/.exec(pinned)?.[1];
    expect(digest).toBeTruthy();
    expect(pinned).toContain(`newName: ${image}`);
    // The default branch's build writes the in- tag a later build of it may skip to.
    expect((await listTags(image)).filter((t) => /^(pr-)?in-/.test(t))).toEqual([expect.stringMatching(/^in-/)]);
    const stored = JSON.parse(git(caller.bare, 'show', `pinship-records:default/${caller.base}.json`)) as {
      id: string;
    };

    git(caller.work, 'fetch', '-q', 'origin', 'main');
    git(caller.work, 'checkout', '-q', '-b', 'feature', 'origin/main');
    const head = caller.commit({ 'notes.md': 'a change\n' }, 'a change');
    const pull = gh.state.addPull(repo, { head: 'feature', headSha: head, baseSha: tip });
    const pr = await runAct({
      ...common,
      event: 'pull_request',
      payload: pullRequestEvent(pull.number, 'opened', head, tip, 'acme/main-app'),
      workflow: '.github/workflows/pr.yml',
    });
    expect(pr.status, pr.output.slice(-6000)).toBe(0);
    expect(repo.comments).toHaveLength(1);
    // The baseline is the record the push stored for the pull request's base.
    const baselineLine = repo.comments[0]!.body.split('\n').find((l) => l.startsWith('- **Baseline**'));
    expect(baselineLine).toMatch(new RegExp(`^- \\*\\*Baseline\\*\\*: run .+ at .*${caller.base.slice(0, 7)}`));
    expect(baselineLine!.replace(/[^\w-]/g, '')).toContain(stored.id.replace(/[^\w-]/g, ''));
    expect(gh.problems).toEqual([]);
  });
});
