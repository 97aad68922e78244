import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { runBundledActionAsync } from '../support/actions-runner.js';
import { recordBundleLoads } from '../support/loaded-modules.js';
import { scratchDir } from '../support/scratch.js';
import { storedZip } from '../support/zip.js';
import type { GitHubStandIn } from '../standins/github/server.js';
import { commentsOn, gitHubWithPull, recordOf, sha, TOKEN } from './support.js';

const ARTIFACT = 'pinship-record-default';
let gh: GitHubStandIn;
afterEach(async () => {
  expect(gh.problems).toEqual([]);
  await gh.close();
});

/** A fork's pull request at sha(3) and its completed run 901, whose artifact holds `commit`'s record. */
async function forkRunOf(commit: string) {
  const setup = await gitHubWithPull(sha(3));
  gh = setup.gh;
  setup.pull.headRepo = 'someone/app';
  const artifactsDir = scratchDir('pinship-artifacts-');
  mkdirSync(join(artifactsDir, ARTIFACT));
  const zip = storedZip({ 'run.json': JSON.stringify(recordOf(commit, 1, (r) => (r.conclusion = 'success'))) });
  writeFileSync(join(artifactsDir, ARTIFACT, `${ARTIFACT}.zip`), zip);
  gh.state.addWorkflowRun(setup.repo, { id: 901, headSha: sha(3), headRepo: 'someone/app', artifactsDir });
  return setup;
}

function workflowRunEvent() {
  return {
    action: 'completed',
    workflow_run: {
      id: 901,
      event: 'pull_request',
      head_sha: sha(3),
      head_branch: 'feature',
      head_repository: { full_name: 'someone/app', owner: { login: 'someone' } },
      pull_requests: [],
    },
    repository: { full_name: 'acme/app', default_branch: 'main' },
  };
}

function report(inputs: Record<string, string>, env: Record<string, string> = {}) {
  return runBundledActionAsync(
    'report',
    { token: TOKEN, 'record-artifact': ARTIFACT, ...inputs },
    {
      cwd: scratchDir('pinship-action-'),
      event: workflowRunEvent(),
      env: {
        GITHUB_API_URL: gh.url,
        GITHUB_REPOSITORY: 'acme/app',
        GITHUB_EVENT_NAME: 'workflow_run',
        GITHUB_SHA: sha(9),
        GITHUB_SERVER_URL: 'https://github.com',
        GITHUB_RUN_ID: '902',
        // The job's temporary folder, which the runner empties afterwards: the artifact lands there.
        RUNNER_TEMP: scratchDir('pinship-runner-temp-'),
        ...env,
      },
    },
  );
}

describe('actions/report in a workflow_run job (record-artifact), as the runner runs it', () => {
  it("posts the run's record from its artifact: one comment, a check, the outputs", async () => {
    const setup = await forkRunOf(sha(3));
    const loads = recordBundleLoads();
    const result = await report({}, loads.env);
    expect(result.status, result.stdout).toBe(0);
    // @actions/artifact is a bundle of its own, loaded at run time by a path esbuild left to Node.
    expect(loads.files()).toContain('artifact-client/index.js');
    const [comment] = commentsOn(gh, setup.pull.number);
    expect(comment!.body).toContain('pinship run `default`: success');
    expect(result.outputs).toMatchObject({ conclusion: 'success', 'comment-id': String(comment!.id) });
    expect(setup.repo.checkRuns).toMatchObject([{ headSha: sha(3), conclusion: 'success' }]);
    expect(result.summary).toContain('pinship run `default`');
  });

  it('a tampered artifact fails the step with one error naming both commits; nothing posted', async () => {
    const setup = await forkRunOf(sha(7));
    const result = await report({});
    expect(result.status).toBe(1);
    expect(result.stdout).toMatch(
      new RegExp(
        `::error::.*run\\.json: /source/commit: refusing to post: the record is of commit "${sha(7)}", ` +
          `but workflow run 901 ran commit ${sha(3)}`,
      ),
    );
    expect(setup.repo.comments).toEqual([]);
    expect(setup.repo.checkRuns).toEqual([]);
  });

  it('store: true is refused with one error, before any request', async () => {
    await forkRunOf(sha(3));
    const result = await report({ store: 'true' });
    expect(result.status).toBe(1);
    expect(result.stdout).toContain(
      '::error::store (--store) is refused in a workflow_run job: a record from another run is never stored',
    );
    expect(gh.requests).toEqual([]);
  });
});
