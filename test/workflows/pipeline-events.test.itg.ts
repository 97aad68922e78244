import { readFileSync } from 'node:fs';
import { CoreV1Api } from '@kubernetes/client-node';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listTags } from '../build/registry-helpers.js';
import { adminConfig, clusterKubeconfig } from '../kube/support.js';
import { startGitHubStandIn, type GitHubStandIn } from '../standins/github/server.js';
import { testInfra, uniqueRepo } from '../support/infra.js';
import { scratchDir } from '../support/scratch.js';
import { callerRepository, git, publishedPinship, runAct, type ActOptions } from './act.js';
import { callerWorkflow, example, pullRequestEvent, pushEvent } from './callers.js';

const TOKEN = 'ghs_act_events_token';
const infra = testInfra();
const registrySecrets = () => ({
  GITHUB_TOKEN: TOKEN,
  REGISTRY_USER: infra.username,
  REGISTRY_PASSWORD: infra.password,
});

let gh: GitHubStandIn;
beforeAll(async () => {
  gh = await startGitHubStandIn({ token: TOKEN });
});
afterAll(async () => {
  await gh?.close();
});

/** A pull request overlay: the example image as a 2-shard Indexed Job (the image comes from the run). */
const prOverlay = {
  'overlays/pr/kustomization.yaml':
    'apiVersion: kustomize.config.k8s.io/v1beta1\nkind: Kustomization\nresources:\n  - job.yaml\n',
  'overlays/pr/job.yaml': `apiVersion: batch/v1
kind: Job
metadata: { name: pi-shards }
spec:
  completionMode: Indexed
  completions: 2
  parallelism: 2
  template:
    spec:
      restartPolicy: Never
      terminationGracePeriodSeconds: 1
      containers:
        - name: compute
          image: compute
          args: ["20000"]
          env: [{ name: JOB_COMPLETION_COUNT, value: "2" }]
`,
};

async function namespaceLabels(name: string): Promise<Record<string, string> | undefined> {
  const api = adminConfig().makeApiClient(CoreV1Api);
  return api.readNamespace({ name }).then(
    (ns) => ns.metadata?.labels ?? {},
    (err: { code?: number }) => {
      if (err.code === 404) return undefined;
      throw err;
    },
  );
}

describe('the pipeline per event, run by act as a runner runs it', () => {
  it('a pull request runs on the cluster in its own namespace; closing it deletes the namespace', async () => {
    const scratch = scratchDir('pinship-act-events-');
    const pinship = publishedPinship(scratch);
    const image = uniqueRepo(infra, 'act-cluster-pr');
    const workflow = callerWorkflow('pull-request.yml', image).replace(
      '# overlay: overlays/pr',
      'overlay: overlays/pr',
    );
    const caller = callerRepository(
      scratch,
      { ...example(), ...prOverlay, '.github/workflows/pinship.yml': workflow },
      'acme/cluster-app',
    );
    git(caller.work, 'checkout', '-q', '-b', 'feature');
    const head = caller.commit({ 'notes.md': 'a change\n' }, 'a change');
    const repo = gh.state.addRepo('acme/cluster-app');
    // A number of its own: the namespace is pinship-pr-<number> on a cluster other tests share.
    const number = 70000 + Math.floor(Math.random() * 20000);
    gh.state.addPull(repo, { number, head: 'feature', headSha: head, baseSha: caller.base });
    const namespace = `pinship-pr-${number}`;
    const act = (action: string) =>
      runAct({
        cwd: caller.work,
        event: 'pull_request',
        payload: pullRequestEvent(number, action, head, caller.base, 'acme/cluster-app'),
        workflow: '.github/workflows/pinship.yml',
        pinship,
        checkoutFrom: caller.bare,
        apiUrl: gh.url,
        secrets: { ...registrySecrets(), PINSHIP_KUBECONFIG: readFileSync(clusterKubeconfig(), 'utf8') },
        scratch,
      });

    const opened = await act('opened');
    expect(opened.status, opened.output.slice(-6000)).toBe(0);
    expect(opened.output).not.toContain('client-key-data: LS0t');
    const labels = await namespaceLabels(namespace);
    expect(labels, `no namespace ${namespace}`).toMatchObject({ 'pinship.dev/pull-request': String(number) });
    expect(labels!['pinship.dev/expires']).toBeTruthy();
    expect(repo.comments).toHaveLength(1);
    expect(repo.comments[0]!.body).toContain('pinship run `default`: success');
    // The overlay was rendered with the pull request's image in memory: nothing was written to Git.
    expect(git(caller.bare, 'log', '--all', '--format=%H')).not.toContain('pin');
    expect(git(caller.bare, 'show', `${head}:overlays/pr/kustomization.yaml`)).not.toContain('sha256:');

    const closed = await act('closed');
    expect(closed.status, closed.output.slice(-6000)).toBe(0);
    // ("pinship" is masked in act's log here: it is the registry user's name.)
    expect(closed.output).toMatch(new RegExp(`deleted-namespaces=.*-pr-${number}`));
    expect(await namespaceLabels(namespace)).toBeUndefined();
    // The closed job only deleted: no new comment, no build.
    expect(repo.comments).toHaveLength(1);
    expect(gh.problems).toEqual([]);
  });

  it('a release tag pins prod to the digest main built, no rebuild; an unbuilt commit is refused', async () => {
    const scratch = scratchDir('pinship-act-events-');
    const pinship = publishedPinship(scratch);
    const image = uniqueRepo(infra, 'act-release');
    const caller = callerRepository(
      scratch,
      {
        ...example(),
        '.github/workflows/main.yml': callerWorkflow('default-branch.yml', image),
        '.github/workflows/release.yml': callerWorkflow('release.yml', image),
      },
      'acme/release-app',
    );
    gh.state.addRepo('acme/release-app');
    const common: Omit<ActOptions, 'event' | 'payload' | 'workflow'> = {
      cwd: caller.work,
      pinship,
      checkoutFrom: caller.bare,
      apiUrl: gh.url,
      secrets: registrySecrets(),
      scratch,
    };
    const main = await runAct({
      ...common,
      event: 'push',
      payload: pushEvent(caller.base, 'acme/release-app'),
      workflow: '.github/workflows/main.yml',
    });
    expect(main.status, main.output.slice(-6000)).toBe(0);
    const staged = git(caller.bare, 'rev-parse', 'main');
    const digest = /digest: (sha256:[0-9a-f]{64})/.exec(
      git(caller.bare, 'show', `${staged}:overlays/staging/kustomization.yaml`),
    )?.[1];
    expect(digest).toBeTruthy();
    const tagsBefore = (await listTags(image)).sort();

    // Release the commit main built: its image is found under its inputs' tag, and the staging pin
    // that followed it on main (not in the tagged commit's history) vouches for it. The job's
    // checkout is this clone as actions/checkout leaves it for a tag: detached, every branch fetched.
    git(caller.work, 'fetch', '-q', 'origin');
    git(caller.work, 'checkout', '-q', '--detach', caller.base);
    const release = await runAct({
      ...common,
      event: 'push',
      payload: pushEvent(caller.base, 'acme/release-app', 'refs/tags/v1.0.0'),
      workflow: '.github/workflows/release.yml',
    });
    expect(release.status, release.output.slice(-6000)).toBe(0);
    expect(release.output).toContain(`by a protected build: no rebuild (pinned by ${staged.slice(0, 12)})`);
    expect(release.output).not.toMatch(/built and pushed|Dockerfile:\d/);
    const released = git(caller.bare, 'rev-parse', 'main');
    expect(git(caller.bare, 'rev-parse', `${released}^`)).toBe(staged);
    expect(git(caller.bare, 'diff', '--name-only', staged, released)).toBe('overlays/prod/kustomization.yaml');
    const prod = git(caller.bare, 'show', `${released}:overlays/prod/kustomization.yaml`);
    expect(prod).toContain(`digest: ${digest}`);
    expect(prod).toContain(`newName: ${image}`);
    // Nothing was built or tagged.
    expect((await listTags(image)).sort()).toEqual(tagsBefore);

    // A commit main never built (its program changed): refused, nothing pinned.
    git(caller.work, 'fetch', '-q', 'origin', 'main');
    git(caller.work, 'checkout', '-q', '-b', 'hotfix', released);
    const compute = readFileSync(`${caller.work}/example/compute/compute.sh`, 'utf8');
    const unbuilt = caller.commit({ 'example/compute/compute.sh': `${compute}# hotfix\n` }, 'hotfix');
    const refused = await runAct({
      ...common,
      event: 'push',
      payload: pushEvent(unbuilt, 'acme/release-app', 'refs/tags/v1.0.1'),
      workflow: '.github/workflows/release.yml',
    });
    expect(refused.status).not.toBe(0);
    expect(refused.output).toContain(`no image built on a protected ref for ${unbuilt.slice(0, 12)}`);
    expect(git(caller.bare, 'rev-parse', 'main')).toBe(released);
    expect((await listTags(image)).sort()).toEqual(tagsBefore);
    expect(gh.problems).toEqual([]);
  });

  it('the root action as one step of a pull_request job posts the comment and gives its outputs', async () => {
    const scratch = scratchDir('pinship-act-events-');
    const pinship = publishedPinship(scratch);
    const image = uniqueRepo(infra, 'act-direct');
    const workflow = `name: direct
on: pull_request
permissions: {}
jobs:
  pinship:
    runs-on: ubuntu-latest
    permissions: { contents: read, packages: write, pull-requests: write, checks: write }
    steps:
      - uses: actions/checkout@11bd71901bbe5b1630ceea73d27597364c9af683 # v4.2.2
        with: { persist-credentials: false }
      - id: pinship
        uses: pinship/pinship@v1
        with:
          image: ${image}
          context: example/compute
          shards: 2
          username: \${{ secrets.REGISTRY_USER }}
          password: \${{ secrets.REGISTRY_PASSWORD }}
      - env:
          FLOW: \${{ steps.pinship.outputs.flow }}
          STEPS: \${{ steps.pinship.outputs.steps }}
          URL: \${{ steps.pinship.outputs.comment-url }}
        run: echo "outputs flow=$FLOW steps=$STEPS comment=$URL"
`;
    const caller = callerRepository(
      scratch,
      { ...example(), '.github/workflows/direct.yml': workflow },
      'acme/direct-app',
    );
    git(caller.work, 'checkout', '-q', '-b', 'feature');
    const head = caller.commit({ 'notes.md': 'a change\n' }, 'a change');
    const repo = gh.state.addRepo('acme/direct-app');
    const pull = gh.state.addPull(repo, { head: 'feature', headSha: head, baseSha: caller.base });
    const run = await runAct({
      cwd: caller.work,
      event: 'pull_request',
      payload: pullRequestEvent(pull.number, 'opened', head, caller.base, 'acme/direct-app'),
      workflow: '.github/workflows/direct.yml',
      pinship,
      checkoutFrom: caller.bare,
      apiUrl: gh.url,
      secrets: registrySecrets(),
      scratch,
    });
    expect(run.status, run.output.slice(-6000)).toBe(0);
    expect(repo.comments).toHaveLength(1);
    expect(repo.comments[0]!.body).toContain('pinship run `default`: success');
    expect(repo.checkRuns.map((c) => [c.headSha, c.conclusion])).toEqual([[head, 'success']]);
    const outputs = run.output.split('\n').find((l) => /\| outputs flow=/.test(l));
    expect(outputs).toContain('flow=pull-request steps=build,run,report comment=http');
    // The post step ran (nothing left to remove after a run that ended by itself; "pinship" is masked here).
    expect(run.output).toMatch(/Success - Post \S+@v1/);
    expect((await listTags(image)).filter((t) => /^(pr-)?in-/.test(t))).toEqual([expect.stringMatching(/^pr-in-/)]);
    expect(gh.problems).toEqual([]);
  });
});
