import { cpSync, existsSync, readFileSync, readdirSync } from 'node:fs';
import { createServer } from 'node:net';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listTags } from '../build/registry-helpers.js';
import { startGitHubStandIn, type GitHubStandIn } from '../standins/github/server.js';
import { testInfra, uniqueRepo } from '../support/infra.js';
import { scratchDir } from '../support/scratch.js';
import { callerRepository, git, publishedPinship, runAct } from './act.js';
import { startArtifactProxy } from './artifact-proxy.js';

const ROOT = resolve(import.meta.dirname, '../..');
/** A fork's pull_request job token: read-only, whatever the workflow asks for. */
const FORK_TOKEN = 'ghs_fork_read_only_token';
/** The base repository's token in the workflow_run job. */
const BASE_TOKEN = 'ghs_base_repository_token';
const READ_ONLY = {
  contents: 'read',
  'pull-requests': 'read',
  checks: 'read',
  statuses: 'read',
  actions: 'read',
} as const;
const ARTIFACT = 'pinship-record-default';
const infra = testInfra();

let gh: GitHubStandIn;
beforeAll(async () => {
  gh = await startGitHubStandIn({ tokens: { [FORK_TOKEN]: READ_ONLY, [BASE_TOKEN]: undefined } });
});
afterAll(async () => {
  await gh?.close();
});

/** A port free on 127.0.0.1 now, for act's artifact server (tests may run act side by side). */
async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const { port } = server.address() as { port: number };
  await new Promise((r) => server.close(r));
  return port;
}

function example(): Record<string, string> {
  const files: Record<string, string> = {};
  const dir = join(ROOT, 'example/compute');
  for (const name of readdirSync(dir)) files[`example/compute/${name}`] = readFileSync(join(dir, name), 'utf8');
  return files;
}

/** The example pull request caller, pointed at the test registry with its credentials as secrets. */
function pullRequestCaller(image: string): string {
  return readFileSync(join(ROOT, 'workflows/pull-request.yml'), 'utf8')
    .replace(/image: ghcr\.io\/.*$/m, `image: ${image}`)
    .replace(/shards: 4/, 'shards: 2')
    .replace(
      /registry-password: \$\{\{ secrets\.GITHUB_TOKEN \}\}/,
      'registry-username: ${{ secrets.REGISTRY_USER }}\n      registry-password: ${{ secrets.REGISTRY_PASSWORD }}',
    );
}

describe("a fork's pull request, run by act: the PR run uploads, the workflow_run run verifies and posts", () => {
  it('read-only PR run: artifact; workflow_run: one comment and a check; a tampered artifact refused', async () => {
    const scratch = scratchDir('pinship-act-fork-');
    const pinship = publishedPinship(scratch);
    const image = uniqueRepo(infra, 'act-fork');
    const caller = callerRepository(
      scratch,
      {
        ...example(),
        '.github/workflows/pinship.yml': pullRequestCaller(image),
        '.github/workflows/pinship-report.yml': readFileSync(join(ROOT, 'workflows/pull-request-report.yml'), 'utf8'),
      },
      'acme/fork-app',
    );
    git(caller.work, 'checkout', '-q', '-b', 'feature');
    const head = caller.commit({ 'notes.md': 'from a fork\n' }, 'a change from a fork');
    const repo = gh.state.addRepo('acme/fork-app');
    const pull = gh.state.addPull(repo, {
      head: 'feature',
      headRepo: 'someone/fork-app',
      headSha: head,
      baseSha: caller.base,
    });
    const artifacts = join(scratch, 'artifacts');
    const common = { cwd: caller.work, pinship, checkoutFrom: caller.bare, apiUrl: gh.url, scratch };

    const runId = 7001;
    const actArtifactPort = await freePort();
    const proxy = await startArtifactProxy(actArtifactPort);
    const prRun = await runAct({
      ...common,
      event: 'pull_request',
      payload: forkPullRequestEvent(pull.number, head, caller.base),
      workflow: '.github/workflows/pinship.yml',
      // A fork's run gets no secrets but its read-only token: it builds without pushing.
      secrets: { GITHUB_TOKEN: FORK_TOKEN },
      args: [
        ...['--artifact-server-path', artifacts, '--artifact-server-addr', '127.0.0.1'],
        ...['--artifact-server-port', String(actArtifactPort), '--env', `GITHUB_RUN_ID=${runId}`],
      ],
      env: { ACTIONS_RUNTIME_URL: proxy.url },
    }).finally(() => proxy.close());
    expect(prRun.status, prRun.output.slice(-6000)).toBe(0);
    expect(prRun.output).toContain('pull request from a fork: its token is read-only');
    expect(prRun.output).toContain("built into the runner's engine, not pushed");
    expect(await listTags(image)).toEqual([]);
    // Nothing was written to GitHub with the fork's token: no comment, no check, no write request.
    expect(repo.comments).toEqual([]);
    expect(repo.checkRuns).toEqual([]);
    expect(gh.requests.filter((r) => r.method !== 'GET')).toEqual([]);
    const zip = join(artifacts, String(runId), ARTIFACT, `${ARTIFACT}.zip`);
    expect(existsSync(zip), prRun.output.slice(-4000)).toBe(true);

    gh.state.addWorkflowRun(repo, {
      id: runId,
      headSha: head,
      headRepo: 'someone/fork-app',
      artifactsDir: join(artifacts, String(runId)),
    });
    git(caller.work, 'checkout', '-q', 'main');
    const reportRun = (id: number, headSha: string) =>
      runAct({
        ...common,
        event: 'workflow_run',
        payload: workflowRunEvent(id, headSha),
        workflow: '.github/workflows/pinship-report.yml',
        secrets: { GITHUB_TOKEN: BASE_TOKEN },
      });
    const posted = await reportRun(runId, head);
    expect(posted.status, posted.output.slice(-6000)).toBe(0);
    expect(repo.comments.filter((c) => c.issueNumber === pull.number)).toHaveLength(1);
    const comment = repo.comments[0]!;
    expect(comment.body).toContain('pinship run `default`: success');
    expect(comment.body).toContain(head.slice(0, 7));
    expect(repo.checkRuns.map((c) => [c.name, c.headSha, c.conclusion])).toEqual([
      ['pinship report (default)', head, 'success'],
    ]);

    // A tampered artifact: the fork's next run uploads a record of the earlier commit.
    const next = caller.commit({ 'notes.md': 'pushed again\n' }, 'pushed again');
    pull.headSha = next;
    const tamperedId = 7002;
    cpSync(join(artifacts, String(runId)), join(artifacts, String(tamperedId)), { recursive: true });
    gh.state.addWorkflowRun(repo, {
      id: tamperedId,
      headSha: next,
      headRepo: 'someone/fork-app',
      artifactsDir: join(artifacts, String(tamperedId)),
    });
    const refused = await reportRun(tamperedId, next);
    expect(refused.status).not.toBe(0);
    expect(refused.output).toContain(
      `refusing to post: the record is of commit "${head}", but workflow run ${tamperedId} ran commit ${next}`,
    );
    expect(repo.comments).toHaveLength(1);
    expect(repo.comments[0]!.body).toBe(comment.body);
    expect(repo.checkRuns.filter((c) => c.headSha === next)).toEqual([]);
    expect(gh.problems).toEqual([]);
    // Three act runs, one of them a build and a run: more than the default timeout on a busy machine.
  }, 600_000);
});

function repository() {
  return { full_name: 'acme/fork-app', name: 'fork-app', owner: { login: 'acme' }, default_branch: 'main' };
}

function forkPullRequestEvent(number: number, head: string, base: string) {
  return {
    action: 'opened',
    number,
    pull_request: {
      number,
      head: { sha: head, ref: 'feature', repo: { full_name: 'someone/fork-app', fork: true } },
      base: { sha: base, ref: 'main', repo: { full_name: 'acme/fork-app', fork: false } },
    },
    repository: repository(),
  };
}

/** As GitHub sends it for a fork's run: `pull_requests` is empty. */
function workflowRunEvent(id: number, headSha: string) {
  return {
    action: 'completed',
    workflow_run: {
      id,
      name: 'pinship',
      event: 'pull_request',
      status: 'completed',
      conclusion: 'success',
      head_sha: headSha,
      head_branch: 'feature',
      head_repository: { full_name: 'someone/fork-app', owner: { login: 'someone' } },
      pull_requests: [],
    },
    repository: repository(),
  };
}
