// The pipeline end to end on the real engine, registry, cluster and a bare GitOps remote, run by
// act as a runner runs it (issue #17): a push to main puts staging on the cluster; a pull request
// runs in its own namespace and comments; a second push cancels the first run; the merge pins and
// rolls staging and stores the record the next pull request compares against. On the way, the
// pull request tries to poison main's build. The fork flow (workflow_run) is tested on its own.
import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startGitHubStandIn, type GitHubStandIn } from '../standins/github/server.js';
import { testInfra, uniqueRepo } from '../support/infra.js';
import { scratchDir } from '../support/scratch.js';
import { type ActOptions, callerRepository, git, publishedPinship, runAct } from './act.js';
import { clusterCaller, clusterExample, kube, kubeconfigPath, namespaceLive, SHARDS } from './cluster-caller.js';
import { pullRequestEvent, pushEvent } from './events.js';
import { runningJob, shardImages, withPoisonJob, workerRollout } from './cluster-checks.js';

const TOKEN = 'ghs_act_cluster_token';
const FULL_NAME = 'acme/e2e-app';
const infra = testInfra();
const staging = `e2e-staging-${randomBytes(3).toString('hex')}`;
// Pull request numbers no other test uses: pinship names a pull request's namespace after it.
const firstNumber = 100_000 + Math.floor(Math.random() * 800_000);

let gh: GitHubStandIn;
beforeAll(async () => {
  gh = await startGitHubStandIn({ token: TOKEN });
  // The staging namespace is the cluster admin's, as a team's staging is.
  await kube().core.createNamespace({ body: { metadata: { name: staging, labels: { 'pinship.dev/test': 'true' } } } });
});
afterAll(async () => {
  await gh?.close();
  const { core } = kube();
  for (const name of [staging, `pinship-pr-${firstNumber}`, `pinship-pr-${firstNumber + 1}`])
    await core.deleteNamespace({ name }).catch(() => {});
});

describe('the cluster pipeline, end to end under act', () => {
  it('PR runs in its namespace and comments; a cancelled run leaves nothing; close, merge, next PR', async () => {
    const scratch = scratchDir('pinship-act-cluster-');
    const pinship = publishedPinship(scratch);
    const image = uniqueRepo(infra, 'e2e-cluster');
    const workflow = '.github/workflows/pr.yml';
    const honest = clusterCaller('pull-request.yml', image);
    const caller = callerRepository(
      scratch,
      {
        ...clusterExample(staging, image),
        '.github/workflows/main.yml': clusterCaller('default-branch.yml', image),
        [workflow]: honest,
      },
      FULL_NAME,
    );
    const repo = gh.state.addRepo(FULL_NAME);
    const secrets = {
      GITHUB_TOKEN: TOKEN,
      REGISTRY_USER: infra.username,
      REGISTRY_PASSWORD: infra.password,
      PINSHIP_KUBECONFIG: readFileSync(kubeconfigPath(), 'utf8'),
    };
    const common = { cwd: caller.work, pinship, checkoutFrom: caller.bare, apiUrl: gh.url, secrets, scratch };
    const act = async (o: Pick<ActOptions, 'event' | 'payload' | 'workflow' | 'interruptWhen'>) => {
      const run = await runAct({ ...common, ...o });
      expect(run.output).not.toContain(infra.password);
      return run;
    };
    const onMain = (after: string) =>
      act({ event: 'push', payload: pushEvent(after, FULL_NAME), workflow: '.github/workflows/main.yml' });

    // Main's first push puts staging on the cluster: the Job's shards and the worker.
    const first = await onMain(caller.base);
    expect(first.status, first.output.slice(-6000)).toBe(0);
    const pinned0 = git(caller.bare, 'rev-parse', 'main');
    const before = await workerRollout(staging);

    git(caller.work, 'fetch', '-q', 'origin', 'main');
    git(caller.work, 'checkout', '-q', '-b', 'feature', 'origin/main');
    const program = 'example/compute/compute.sh';
    const v2 = { [program]: `${readFileSync(`${caller.work}/${program}`, 'utf8')}# v2\n` };
    // The pull request's shards sleep long enough for the cluster's metrics to see them (pinship
    // samples usage every 20 s, metrics-server scrapes every 10 s; shorter shards go unmeasured).
    const job = 'overlays/staging/job.yaml';
    const quick = readFileSync(`${caller.work}/${job}`, 'utf8');
    const slow = quick
      .replace('parallelism: 4', 'parallelism: 8')
      .replace('args: ["600000"]', 'command: ["sh", "-c", "sh /app/compute.sh 600000; sleep 60"]');
    // (7) Its first push also adds a job to the workflow that pushes an image of its own under the
    // tag main's build of these inputs would skip to; the edit is reverted before the merge.
    const poisoned = withPoisonJob(honest, image, infra.baseImage);
    const head1 = caller.commit({ ...v2, [workflow]: poisoned, [job]: slow }, 'v2, slow shards, a poisoned tag');
    const pull = gh.state.addPull(repo, { number: firstNumber, head: 'feature', headSha: head1, baseSha: pinned0 });
    const namespace = `pinship-pr-${pull.number}`;
    const onPull = (head: string, action: string, interruptWhen?: ActOptions['interruptWhen']) => {
      pull.headSha = head;
      const payload = pullRequestEvent(pull.number, action, head, pinned0, FULL_NAME);
      return act({ event: 'pull_request', payload, workflow, interruptWhen });
    };

    // (1) Opened: the experiment runs in the pull request's namespace; one comment with the
    // results and each pod's usage from the cluster's metrics, a check, the job summary.
    const opened = await onPull(head1, 'opened');
    expect(opened.status, opened.output.slice(-6000)).toBe(0);
    expect(opened.output).toMatch(/poisoned \S+:in-[0-9a-f]{32}/);
    expect(await namespaceLive(namespace)).toBe(true);
    const prRef = /::set-output:: ref=(\S+@sha256:[0-9a-f]{64})/.exec(opened.output)?.[1];
    expect(await shardImages(namespace)).toEqual([prRef]);
    expect(repo.comments).toHaveLength(1);
    const comment = { ...repo.comments[0]! };
    expect(comment.body).toContain(head1.slice(0, 7));
    expect(comment.body).toContain(`${SHARDS}/${SHARDS}`);
    expect(comment.body).toMatch(/\| Peak memory \(one shard\) \| \d[\d.]* [KM]iB/);
    expect(repo.checkRuns.map((c) => [c.headSha, c.conclusion])).toContainEqual([head1, 'success']);
    // (Its shards sleep: the summary may mark the wall time against the baseline.)
    expect(opened.output, opened.output.slice(-6000)).toMatch(/### \S+ \S+ run `default`: success/);

    // (2) The next push's run is cancelled while its shards run, as a runner cancels it when yet
    // another push arrives (act does not implement concurrency; SIGINT to act, which kills the
    // step and runs its post step). It leaves no Job, pod or namespace behind.
    const head2 = caller.commit({ [workflow]: honest, [job]: quick }, 'revert the workflow edit, quick shards');
    let runningIn: boolean | undefined;
    const cancelled = await onPull(head2, 'synchronize', async (output) => {
      if (runningIn !== undefined || !/shards \d+\/8 done, [1-9]\d* running/.test(output)) return false;
      runningIn = (await namespaceLive(namespace)) && (await runningJob(namespace));
      return true;
    });
    expect(runningIn, cancelled.output.slice(-6000)).toBe(true);
    expect(cancelled.status).not.toBe(0);
    expect((await kube().batch.listNamespacedJob({ namespace })).items).toEqual([]);
    expect(await shardImages(namespace)).toEqual([]);
    expect(await namespaceLive(namespace)).toBe(false);

    // The push after it edits the same comment.
    const head3 = caller.commit({ 'notes.md': 'a note\n' }, 'a note');
    const third = await onPull(head3, 'synchronize');
    expect(third.status, third.output.slice(-6000)).toBe(0);
    expect(repo.comments.map((c) => c.id)).toEqual([comment.id]);
    expect(repo.comments[0]!.body).toContain(head3.slice(0, 7));
    expect(repo.comments[0]!.body).not.toBe(comment.body);

    // (3) Closed without merge: its namespace is gone.
    const closed = await onPull(head3, 'closed');
    expect(closed.status, closed.output.slice(-6000)).toBe(0);
    expect(await namespaceLive(namespace)).toBe(false);

    // (4) The change merged: main's build does not reuse the pull request's images (the one under
    // its own tag names a commit of main, but main never pinned it), pins staging in one commit
    // with a minimal diff, replaces the staging Job and rolls the worker; the record is stored on
    // the records branch.
    git(caller.work, 'checkout', '-q', 'main');
    git(caller.work, 'pull', '-q', '--ff-only', 'origin', 'main');
    git(caller.work, 'merge', '-q', '--no-ff', '-m', 'Merge the feature', 'feature');
    git(caller.work, 'push', '-q', 'origin', 'main');
    const merge = git(caller.work, 'rev-parse', 'HEAD');
    const merged = await onMain(merge);
    expect(merged.status, merged.output.slice(-6000)).toBe(0);
    const poisonedTag = /poisoned (\S+:in-[0-9a-f]{32})/.exec(opened.output)![1]!;
    expect(merged.output).toMatch(
      new RegExp(`${poisonedTag} \\(sha256:[0-9a-f]{64}\\) was never pinned on this branch: .*, building`),
    );
    expect(merged.output).toContain('::set-output:: skipped=false');
    const tip = git(caller.bare, 'rev-parse', 'main');
    expect(git(caller.bare, 'rev-parse', `${tip}^`)).toBe(merge);
    const diff = git(caller.bare, 'diff', '-U0', pinned0, tip, '--', 'overlays');
    const digest = /^\+\s+digest: (sha256:[0-9a-f]{64})/m.exec(diff)?.[1];
    expect(diff.split('\n').filter((l) => /^[+-](?![+-])/.test(l))).toEqual([
      expect.stringMatching(/^-\s+digest: sha256:/),
      // The comment of the line pin replaced the first time stays.
      expect.stringMatching(new RegExp(`^\\+\\s+digest: ${digest}( #.*)?$`)),
    ]);
    expect(`${image}@${digest}`).not.toBe(prRef);
    expect(await shardImages(staging)).toEqual([`${image}@${digest}`]);
    const after = await workerRollout(staging);
    expect(after).toEqual({ revision: before.revision + 1, images: [`${image}@${digest}`], rolled: true });
    const stored = JSON.parse(git(caller.bare, 'show', `pinship-records:default/${merge}.json`));
    expect(stored).toMatchObject({ image: { digest } });

    // (5) A new pull request compares against the record the merge stored.
    git(caller.work, 'fetch', '-q', 'origin', 'main');
    git(caller.work, 'checkout', '-q', '-b', 'next', 'origin/main');
    const head4 = caller.commit({ 'notes.md': 'next\n' }, 'next change');
    const next = gh.state.addPull(repo, { number: firstNumber + 1, head: 'next', headSha: head4, baseSha: tip });
    const fourth = await act({
      event: 'pull_request',
      payload: pullRequestEvent(next.number, 'opened', head4, tip, FULL_NAME),
      workflow,
    });
    expect(fourth.status, fourth.output.slice(-6000)).toBe(0);
    const nextComment = repo.comments.find((c) => c.issueNumber === next.number);
    const baseline = nextComment?.body.split('\n').find((l) => l.startsWith('- **Baseline**'));
    expect(baseline).toMatch(new RegExp(`^- \\*\\*Baseline\\*\\*: run .+ at .*${merge.slice(0, 7)}`));

    // (7, the legitimate path) main's build of its own pin commit (same inputs as the merge) skips
    // to the image main pinned, and the pin has nothing to change.
    const repinned = await onMain(tip);
    expect(repinned.status, repinned.output.slice(-6000)).toBe(0);
    expect(repinned.output).toContain(`${digest} was pinned on this branch by ${tip.slice(0, 12)}`);
    expect(repinned.output).toContain('::set-output:: skipped=true');
    expect(repinned.output).toContain(`::set-output:: ref=${image}@${digest}`);
    expect(git(caller.bare, 'rev-parse', 'main')).toBe(tip);
    expect(gh.problems).toEqual([]);
  }, 900_000);
  // (6) The fork flow (workflow_run, the record as an artifact) has its own test with the fork
  // workflow; it is not repeated here.
});
