import { mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createGitHubClient } from '../../src/github/client.js';
import { reportWorkflowRun } from '../../src/report/workflow-run-report.js';
import type { RunRecord } from '../../src/record/types.js';
import { MemoryLogger } from '../run/support-log.js';
import { scratchDir } from '../support/scratch.js';
import { storedZip } from '../support/zip.js';
import { startGitHubStandIn, type GitHubStandIn } from '../standins/github/server.js';
import type { WorkflowRun } from '../standins/github/state.js';
import { recordOf, sha, TOKEN } from './support.js';

const ARTIFACT = 'pinship-record-default';
let gh: GitHubStandIn;
let repoCount = 0;
let runId = 4200;

beforeAll(async () => {
  gh = await startGitHubStandIn({ token: TOKEN });
  // @actions/github (under @actions/artifact) reads the API's address once, when it loads.
  process.env.GITHUB_API_URL = gh.url;
  // The runner gives each job a temporary folder it empties afterwards: the artifact lands there.
  process.env.RUNNER_TEMP = scratchDir('pinship-runner-temp-');
});
afterEach(() => {
  expect(gh.problems).toEqual([]);
});
afterAll(async () => {
  await gh?.close();
});

/**
 * A repository with a fork's open pull request at `prHead`, and a completed run of the fork's
 * head `runHead` whose artifact holds `record` (none when null).
 */
function forkRun(options: {
  record: RunRecord | null;
  runHead?: string;
  prHead?: string;
  conclusion?: WorkflowRun['conclusion'];
}) {
  const name = `app${++repoCount}`;
  const repo = gh.state.addRepo(`acme/${name}`);
  const pull = gh.state.addPull(repo, {
    head: 'feature',
    headRepo: `someone/${name}`,
    headSha: options.prHead ?? sha(3),
    baseSha: sha(1),
  });
  const artifactsDir = scratchDir('pinship-artifacts-');
  if (options.record) {
    mkdirSync(join(artifactsDir, ARTIFACT));
    const zip = storedZip({ 'run.json': JSON.stringify(options.record) });
    writeFileSync(join(artifactsDir, ARTIFACT, `${ARTIFACT}.zip`), zip);
  }
  const run = gh.state.addWorkflowRun(repo, {
    id: ++runId,
    headSha: options.runHead ?? sha(3),
    headRepo: `someone/${name}`,
    conclusion: options.conclusion ?? 'success',
    artifactsDir,
  });
  return { repo, pull, run, name };
}

async function report(setup: ReturnType<typeof forkRun>, store = false) {
  const log = new MemoryLogger();
  const client = createGitHubClient({ token: TOKEN, baseUrl: gh.url, log, retryAfterBaseValue: 5 });
  const outcome = await reportWorkflowRun({
    runId: setup.run.id,
    artifact: ARTIFACT,
    token: TOKEN,
    experiment: 'default',
    metrics: [],
    thresholdPct: 10,
    store,
    recordsBranch: 'pinship-records',
    cwd: scratchDir('pinship-nogit-'),
    context: { repository: `acme/${setup.name}`, eventName: 'workflow_run' },
    post: { client, owner: 'acme', repo: setup.name, check: true },
    log,
  });
  return { log, outcome };
}

const success = (commit: string) => recordOf(commit, 1, (r) => (r.conclusion = 'success'));

describe("a workflow_run job posting a fork pull request's record", () => {
  it("posts the record of the run's commit: one comment on the pull request the API names, a check", async () => {
    const setup = forkRun({ record: success(sha(3)) });
    const { outcome } = await report(setup);
    expect(outcome.skipped).toBeUndefined();
    const comments = setup.repo.comments.filter((c) => c.issueNumber === setup.pull.number);
    expect(comments).toHaveLength(1);
    expect(comments[0]!.body).toContain('pinship run `default`: success');
    expect(setup.repo.checkRuns.map((c) => [c.name, c.headSha, c.conclusion])).toEqual([
      ['pinship report (default)', sha(3), 'success'],
    ]);
    // The artifact was found and fetched through the REST API, then from blob storage.
    const ops = gh.requests.filter((r) => r.path.includes(setup.name)).map((r) => r.operationId ?? 'blob');
    expect(ops.slice(0, 4)).toEqual([
      'actions/get-workflow-run',
      'actions/list-workflow-run-artifacts',
      'actions/download-artifact',
      'blob',
    ]);
    // Into the job's temporary folder, which the runner empties: nothing left on a self-hosted runner.
    expect(readdirSync(process.env.RUNNER_TEMP!).filter((f) => f.startsWith('pinship-artifact-'))).not.toEqual([]);
  });

  it('a tampered artifact (a record of another commit) is refused, naming both commits; nothing posted', async () => {
    const setup = forkRun({ record: success(sha(7)) });
    await expect(report(setup)).rejects.toThrow(
      new RegExp(`the record is of commit "${sha(7)}", but workflow run ${setup.run.id} ran commit ${sha(3)}`),
    );
    expect(setup.repo.comments).toEqual([]);
    expect(setup.repo.checkRuns).toEqual([]);
  });

  it('a record that is not a run record is refused by the schema (first error), nothing posted', async () => {
    const bad = success(sha(3)) as unknown as Record<string, unknown>;
    bad.shards = 'all of them';
    const setup = forkRun({ record: bad as unknown as RunRecord });
    await expect(report(setup)).rejects.toThrow(/run\.json: \/shards: not a valid run record: must be array$/);
    expect(setup.repo.comments).toEqual([]);
  });

  it('the pull request moved on to another commit: not posted, the reason names both commits', async () => {
    const setup = forkRun({ record: success(sha(3)), prHead: sha(5) });
    const { outcome } = await report(setup);
    expect(outcome.skipped).toBe(
      `not posted: pull request #${setup.pull.number} is now at ${sha(5)}, the run was of ${sha(3)} ` +
        "(the newer commit's run posts its own)",
    );
    expect(setup.repo.comments).toEqual([]);
    expect(setup.repo.checkRuns).toEqual([]);
  });

  it('no open pull request has the run head: not posted', async () => {
    const setup = forkRun({ record: success(sha(3)) });
    setup.pull.state = 'closed';
    const { outcome } = await report(setup);
    expect(outcome.skipped).toBe(`no open pull request has head someone:feature at ${sha(3)}`);
    expect(setup.repo.comments).toEqual([]);
  });

  it('a run without the artifact (a same-repository pull request posted itself): nothing to post', async () => {
    const setup = forkRun({ record: null });
    const { outcome } = await report(setup);
    expect(outcome.skipped).toMatch(new RegExp(`^workflow run ${setup.run.id} uploaded no artifact "${ARTIFACT}"`));
    expect(setup.repo.comments).toEqual([]);
  });

  it("the check is never better than the run's own conclusion: a success record of a failed run", async () => {
    const setup = forkRun({ record: success(sha(3)), conclusion: 'failure' });
    const { outcome } = await report(setup);
    expect(outcome.conclusion).toBe('failure');
    expect(setup.repo.checkRuns.map((c) => c.conclusion)).toEqual(['failure']);
  });

  it('store is refused before anything is read or posted', async () => {
    const setup = forkRun({ record: success(sha(3)) });
    const before = gh.requests.length;
    await expect(report(setup, true)).rejects.toThrow(
      /^store \(--store\) is refused in a workflow_run job: a record from another run is never stored$/,
    );
    expect(gh.requests.length).toBe(before);
  });
});
