import { readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startGitHubStandIn, type GitHubStandIn } from '../standins/github/server.js';
import { testInfra, uniqueRepo } from '../support/infra.js';
import { scratchDir } from '../support/scratch.js';
import { callerRepository, git, publishedPinship, runAct } from './act.js';

const ROOT = resolve(import.meta.dirname, '../..');
const TOKEN = 'ghs_act_test_token';
const infra = testInfra();

/** The example caller workflow, pointed at the test registry. */
function callerWorkflow(image: string): string {
  const text = readFileSync(join(ROOT, 'workflows/pull-request.yml'), 'utf8');
  const ours = text
    .replace(/image: ghcr\.io\/.*$/m, `image: ${image}`)
    .replace(/shards: 4/, 'shards: 2')
    .replace(
      /registry-password: \$\{\{ secrets\.GITHUB_TOKEN \}\}/,
      'registry-username: ${{ secrets.REGISTRY_USER }}\n      registry-password: ${{ secrets.REGISTRY_PASSWORD }}',
    );
  expect(ours).not.toBe(text);
  return ours;
}

function example(): Record<string, string> {
  const dir = join(ROOT, 'example/compute');
  const files: Record<string, string> = {};
  for (const name of readdirSync(dir)) files[`example/compute/${name}`] = readFileSync(join(dir, name), 'utf8');
  return files;
}

let gh: GitHubStandIn;
beforeAll(async () => {
  gh = await startGitHubStandIn({ token: TOKEN });
});
afterAll(async () => {
  await gh?.close();
});

describe('the pull-request workflow, run by act as a runner runs it', () => {
  it('posts one sticky comment, a check and a job summary; the next push edits the same comment', async () => {
    const scratch = scratchDir('pinship-act-');
    const pinship = publishedPinship(scratch);
    const image = uniqueRepo(infra, 'act-pr');
    const caller = callerRepository(scratch, {
      ...example(),
      '.github/workflows/pinship.yml': callerWorkflow(image),
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
    expect(gh.problems).toEqual([]);
  });
});

function pullRequestEvent(number: number, action: string, head: string, base: string) {
  const repository = { full_name: 'acme/app', name: 'app', owner: { login: 'acme' }, default_branch: 'main' };
  return {
    action,
    number,
    pull_request: {
      number,
      head: { sha: head, ref: 'feature', repo: { full_name: 'acme/app' } },
      base: { sha: base, ref: 'main', repo: { full_name: 'acme/app' } },
    },
    repository,
  };
}
