import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { runBundledActionAsync } from '../support/actions-runner.js';
import { scratchDir } from '../support/scratch.js';
import type { GitHubStandIn } from '../standins/github/server.js';
import { commentsOn, gitHubWithPull, recordOf, sha, TOKEN, writeRecord } from './support.js';

let gh: GitHubStandIn;
afterEach(async () => {
  expect(gh.problems).toEqual([]);
  await gh.close();
});

function pullRequestEvent(number: number, headRepo = 'acme/app') {
  return {
    pull_request: {
      number,
      head: { sha: sha(3), ref: 'feature', repo: { full_name: headRepo } },
      base: { sha: sha(1), ref: 'main', repo: { full_name: 'acme/app' } },
    },
    repository: { full_name: 'acme/app', default_branch: 'main' },
  };
}

function runnerEnv(): Record<string, string> {
  return {
    GITHUB_API_URL: gh.url,
    GITHUB_REPOSITORY: 'acme/app',
    GITHUB_EVENT_NAME: 'pull_request',
    GITHUB_SHA: sha(9),
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_RUN_ID: '77',
  };
}

describe('actions/report run as the runner runs it (dist/report/index.js)', () => {
  it('posts the comment and the check, writes the job summary and the outputs', async () => {
    const setup = await gitHubWithPull(sha(3));
    gh = setup.gh;
    const run = writeRecord(recordOf(sha(3), 1));
    const result = await runBundledActionAsync(
      'report',
      {
        run,
        token: TOKEN,
        experiment: 'nightly',
        metrics: 'energy:lower\n# a comment line\n',
        threshold: '5',
        check: 'true',
      },
      { cwd: scratchDir('pinship-action-'), event: pullRequestEvent(setup.pull.number), env: runnerEnv() },
    );
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    const [comment] = commentsOn(gh, setup.pull.number);
    expect(result.outputs).toEqual({
      conclusion: 'failure',
      'comment-id': String(comment!.id),
      'comment-url': `https://github.com/acme/app/pull/${setup.pull.number}#issuecomment-${comment!.id}`,
    });
    expect(comment!.body).toMatch(/^<!-- pinship:report experiment=nightly /);
    expect(setup.repo.checkRuns).toMatchObject([
      { name: 'pinship report (nightly)', headSha: sha(3), conclusion: 'failure' },
    ]);
    expect(result.summary).toContain('pinship run `nightly`');
    // Masked (the runner's add-mask command), and never printed otherwise.
    expect(result.stdout.replace(`::add-mask::${TOKEN}\n`, '')).not.toContain(TOKEN);
    expect(readFileSync(join(dirname(run), 'pinship-comment-nightly.md'), 'utf8')).toBe(comment!.body);
  });

  it('a fork pull request: the job succeeds with the summary and the comment file, and one warning', async () => {
    const setup = await gitHubWithPull(sha(3), { permissions: { 'pull-requests': 'read', checks: 'read' } });
    gh = setup.gh;
    const run = writeRecord(recordOf(sha(3), 1));
    const result = await runBundledActionAsync(
      'report',
      { run, token: TOKEN },
      {
        cwd: scratchDir('pinship-action-'),
        event: pullRequestEvent(setup.pull.number, 'someone/app'),
        env: runnerEnv(),
      },
    );
    expect(result.status).toBe(0);
    expect(result.stdout.match(/^::warning::.*$/gm)).toEqual([
      '::warning::pull request from a fork: its token is read-only, ' +
        'so no comment or check is posted (see the job summary)',
    ]);
    expect(result.outputs).toEqual({ conclusion: 'failure', 'comment-id': '', 'comment-url': '' });
    expect(result.summary).toContain('pinship run `default`');
    expect(existsSync(join(dirname(run), 'pinship-comment-default.md'))).toBe(true);
    expect(gh.requests).toEqual([]);
  });

  it('an invalid record fails the step with one error naming the file and the field', async () => {
    const setup = await gitHubWithPull(sha(3));
    gh = setup.gh;
    const run = writeRecord(recordOf(sha(3), 1, (r) => ((r as { conclusion: string }).conclusion = 'maybe')));
    const result = await runBundledActionAsync(
      'report',
      { run, token: TOKEN },
      { cwd: scratchDir('pinship-action-'), event: pullRequestEvent(setup.pull.number), env: runnerEnv() },
    );
    expect(result.status).toBe(1);
    expect(result.stdout).toContain(
      `::error::${run}: /conclusion: not a valid run record: must be equal to one of the allowed values`,
    );
    expect(gh.requests).toEqual([]);
  });
});
