import { chmodSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { PinshipError } from '../../src/errors.js';
import { createGitHubClient } from '../../src/github/client.js';
import { silentLogger } from '../../src/log/silent-logger.js';
import { parseImagePins } from '../../src/pin/image-pins.js';
import { pullRequestBranch } from '../../src/pin/commit-message.js';
import { pin, type PinOptions } from '../../src/pin/pin.js';
import { startGitHubStandIn, type GitHubStandIn } from '../standins/github/server.js';
import { bareRemote, clone, sh, showRemote, sourceHistory, writeFiles } from '../git/remote.js';
import { overlayFiles } from './fixtures.js';

const digest = (c: string) => `sha256:${c.repeat(64)}`;
let gh: GitHubStandIn;
beforeEach(async () => {
  gh = await startGitHubStandIn({ token: 'tok' });
});
afterEach(() => gh.close());

describe('pin --pull-request', () => {
  it('pushes pinship/pin-compute-overlays-prod-<hash>, opens the PR, updates it on the next pin', async () => {
    const remote = bareRemote(overlayFiles(['prod']));
    const repo = gh.state.addRepo('acme/overlays', {
      branchExists: (b) => sh(remote, 'branch', '--list', b).trim() !== '',
    });
    const run = (d: string) =>
      pin({
        repo: clone(remote),
        overlays: ['overlays/prod'],
        images: parseImagePins([`compute=127.0.0.1:5000/team/compute@${digest(d)}`]),
        pullRequest: pipelineTarget(),
        log: silentLogger,
      });
    const mainBefore = sh(remote, 'rev-parse', 'main');

    const first = await run('a');
    expect(first).toMatchObject({ action: 'pull-request-created', pullRequest: { number: 1 } });
    const branch = first.branch!;
    expect(branch).toMatch(/^pinship\/pin-compute-overlays-prod-[0-9a-f]{8}$/);
    expect(showRemote(remote, 'overlays/prod/kustomization.yaml', branch)).toContain(digest('a'));

    const second = await run('b');
    expect(second).toMatchObject({ action: 'pull-request-updated', branch, pullRequest: { number: 1 } });
    expect(showRemote(remote, 'overlays/prod/kustomization.yaml', branch)).toContain(digest('b'));
    // The branch is rebuilt from main each time: one pin commit on top of main.
    expect(sh(remote, 'rev-list', '--count', `main..${branch}`).trim()).toBe('1');
    expect(sh(remote, 'rev-parse', 'main')).toBe(mainBefore);
    expect(repo.pulls).toHaveLength(1);
    expect(repo.pulls[0]!.title).toContain(`compute@${digest('b').slice(0, 19)}`);
    expect(repo.pulls[0]!.body).toContain(`-> 127.0.0.1:5000/team/compute@${digest('b')}`);
    expect(gh.problems).toEqual([]);
  });

  it('overlay text reaches the PR only inside a code fence; odd directory names make a safe branch', async () => {
    // A tag an author (or an attacker with write access to one overlay) wrote: HTML, a team mention, a fence.
    const hostile = 'v1 ``` @acme/admins <img src=x onerror=alert(1)>';
    const remote = bareRemote({
      'base/kustomization.yaml': 'resources: []\n',
      'we!rd @{1}/kustomization.yaml': `images:\n- name: compute\n  newTag: ${JSON.stringify(hostile)}\n`,
    });
    const repo = gh.state.addRepo('acme/overlays', {
      branchExists: (b) => sh(remote, 'branch', '--list', b).trim() !== '',
    });
    const target = { client: createGitHubClient({ token: 'tok', baseUrl: gh.url }), owner: 'acme', repo: 'overlays' };
    const images = parseImagePins([`compute=127.0.0.1:5000/team/compute@${digest('a')}`]);
    const result = await pin({
      repo: clone(remote),
      overlays: ['we!rd @{1}'],
      images,
      pullRequest: target,
      sourceCommit: 'abcdef1',
      log: silentLogger,
    });

    expect(result).toMatchObject({ action: 'pull-request-created' });
    expect(result.branch).toMatch(/^pinship\/pin-compute-we-rd-1-[0-9a-f]{8}$/);
    const body = repo.pulls[0]!.body!.split('\n');
    expect(body).toEqual([
      '````',
      'we!rd @{1}/kustomization.yaml',
      `  compute: compute:${hostile} -> 127.0.0.1:5000/team/compute@${digest('a')}`,
      '````',
      '',
      'Pinship-Source: abcdef1',
      `Pinship-Pin: we!rd @{1}/kustomization.yaml compute ${digest('a')}`,
    ]);
    expect(gh.problems).toEqual([]);
  });

  it('clusters/eu/prod and clusters/us/prod (same last segment) get a branch and a pull request each', async () => {
    const remote = bareRemote({ ...overlayFiles([]), ...clusterOverlays(['clusters/eu/prod', 'clusters/us/prod']) });
    const { repo } = github(remote);
    const eu = await pinPR(remote, { overlays: ['clusters/eu/prod'] }, 'a');
    const us = await pinPR(remote, { overlays: ['clusters/us/prod'] }, 'b');
    expect(eu.branch).toMatch(/^pinship\/pin-compute-clusters-eu-prod-[0-9a-f]{8}$/);
    expect(us.branch).toMatch(/^pinship\/pin-compute-clusters-us-prod-[0-9a-f]{8}$/);
    expect([eu.action, us.action]).toEqual(['pull-request-created', 'pull-request-created']);
    // Neither force-pushed over the other.
    expect(showRemote(remote, 'clusters/eu/prod/kustomization.yaml', eu.branch)).toContain(digest('a'));
    expect(showRemote(remote, 'clusters/us/prod/kustomization.yaml', us.branch)).toContain(digest('b'));
    expect(repo.pulls.map((p) => p.number)).toEqual([1, 2]);
    expect(gh.problems).toEqual([]);
  });

  it('--pull-request-branch names the branch, as create-pull-request lets its users', async () => {
    const remote = bareRemote(overlayFiles(['prod']));
    const { repo } = github(remote);
    const result = await pinPR(remote, { overlays: ['overlays/prod'], pullRequestBranch: 'deploy/compute-prod' }, 'a');
    expect(result).toMatchObject({ action: 'pull-request-created', branch: 'deploy/compute-prod' });
    expect(showRemote(remote, 'overlays/prod/kustomization.yaml', 'deploy/compute-prod')).toContain(digest('a'));
    expect(repo.pulls[0]!.head).toBe('deploy/compute-prod');
  });

  it('a pull request branch equal to its base is refused, and nothing is pushed', async () => {
    const remote = bareRemote(overlayFiles(['prod']));
    const { repo } = github(remote);
    const mainBefore = sh(remote, 'rev-parse', 'main');
    const err = await pinPR(remote, { overlays: ['overlays/prod'], pullRequestBranch: 'main' }, 'a').catch(
      (e: unknown) => e,
    );
    expect((err as PinshipError).message).toBe(
      "pull-request-branch: the pull request's branch main is its base branch",
    );
    expect(sh(remote, 'rev-parse', 'main')).toBe(mainBefore);
    expect(repo.pulls).toHaveLength(0);
  });

  it('someone pushed a commit of their own to the pull request branch: refused, their commit stays', async () => {
    const remote = bareRemote(overlayFiles(['prod']));
    const { repo } = github(remote);
    const first = await pinPR(remote, { overlays: ['overlays/prod'] }, 'a');
    const theirs = clone(remote);
    sh(theirs, 'checkout', '-q', first.branch!);
    writeFiles(theirs, { 'overlays/prod/notes.md': 'a fix of mine\n' });
    sh(theirs, 'add', '.');
    sh(theirs, '-c', 'user.name=Ada', '-c', 'user.email=ada@example.com', 'commit', '-qm', 'my fix');
    sh(theirs, 'push', '-q', 'origin', first.branch!);
    const tip = sh(remote, 'rev-parse', first.branch!).trim();

    const err = await pinPR(remote, { overlays: ['overlays/prod'] }, 'b').catch((e: unknown) => e);
    expect((err as PinshipError).message).toMatch(
      new RegExp(
        `^pull-request-branch: ${first.branch} holds commit [0-9a-f]{12} by Ada <ada@example\\.com>, which pinship ` +
          'did not make: replacing the branch would drop it$',
      ),
    );
    expect(sh(remote, 'rev-parse', first.branch!).trim()).toBe(tip);
    expect(repo.pulls).toHaveLength(1);
  });

  it('the branch moved between the check and the push: the lease refuses the push, the other push stays', async () => {
    const remote = bareRemote(overlayFiles(['prod']));
    const { target } = github(remote);
    const first = await pinPR(remote, { overlays: ['overlays/prod'] }, 'a');
    // A pre-push hook in the pinning clone moves the remote branch just before git pushes.
    const repo = clone(remote);
    const mover = clone(remote);
    sh(mover, 'checkout', '-q', first.branch!);
    sh(mover, 'commit', '-q', '--allow-empty', '-m', 'moved meanwhile');
    const moved = sh(mover, 'rev-parse', 'HEAD').trim();
    const hook = join(repo, '.git/hooks/pre-push');
    writeFileSync(
      hook,
      `#!/bin/sh\nunset GIT_DIR GIT_WORK_TREE GIT_INDEX_FILE\ngit -C '${mover}' push -q origin HEAD:${first.branch}\n`,
    );
    chmodSync(hook, 0o755);
    const images = parseImagePins([`compute=127.0.0.1:5000/team/compute@${digest('b')}`]);
    const err = await pin({ repo, overlays: ['overlays/prod'], images, pullRequest: target, log: silentLogger }).catch(
      (e: unknown) => e,
    );
    expect((err as PinshipError).format()).toMatch(/changed on origin while pinning: run the pin again\)$/);
    expect(sh(remote, 'rev-parse', first.branch!).trim()).toBe(moved);
  });

  it('the branch already holds the same change: nothing is pushed, the result is not-updated', async () => {
    const remote = bareRemote(overlayFiles(['prod']));
    const { repo } = github(remote);
    const first = await pinPR(remote, { overlays: ['overlays/prod'] }, 'a');
    const pushed = sh(remote, 'rev-parse', first.branch!).trim();
    const again = await pinPR(remote, { overlays: ['overlays/prod'] }, 'a');
    expect(again).toMatchObject({
      changed: false,
      action: 'not-updated',
      branch: first.branch,
      commit: pushed,
      pullRequest: { number: 1 },
    });
    expect(sh(remote, 'rev-parse', first.branch!).trim()).toBe(pushed);
    expect(repo.pulls).toHaveLength(1);
    expect(gh.problems).toEqual([]);
  });

  it('an older pipeline finishing after a newer one leaves the newer pin on the pull request branch', async () => {
    const remote = bareRemote(overlayFiles(['prod']));
    const { repo } = github(remote);
    const source = sourceHistory(2);
    const provenance = (i: number) => ({
      overlays: ['overlays/prod'],
      sourceCommit: source.commits[i],
      sourceRepo: source.dir,
    });
    const newer = await pinPR(remote, provenance(1), 'b');
    const pushed = sh(remote, 'rev-parse', newer.branch!).trim();
    const older = await pinPR(remote, provenance(0), 'a');
    expect(older).toMatchObject({ changed: false, action: 'newer-pin-kept', branch: newer.branch });
    expect(older.kept).toEqual([
      {
        file: 'overlays/prod/kustomization.yaml',
        name: 'compute',
        reason: expect.stringMatching(/^pinned from [0-9a-f]{12}, which descends from /),
      },
    ]);
    expect(sh(remote, 'rev-parse', newer.branch!).trim()).toBe(pushed);
    expect(showRemote(remote, 'overlays/prod/kustomization.yaml', newer.branch)).toContain(digest('b'));
    expect(repo.pulls).toHaveLength(1);
    expect(gh.problems).toEqual([]);
  });
});

describe('pullRequestBranch', () => {
  it('names the branch after whole image names and overlay paths, and always ends it in a short hash', () => {
    const images = parseImagePins([`compute=127.0.0.1:5000/team/compute@${digest('a')}`]);
    expect(pullRequestBranch(images, ['clusters/eu/prod'])).toMatch(
      /^pinship\/pin-compute-clusters-eu-prod-[0-9a-f]{8}$/,
    );
    const many = Array.from({ length: 12 }, (_, i) => `clusters/region-${i}/prod`);
    const long = pullRequestBranch(images, many);
    expect(long).toMatch(/^pinship\/pin-compute-clusters-region-0-prod-.*-[0-9a-f]{8}$/);
    expect(long.length).toBeLessThanOrEqual(80);
    expect(pullRequestBranch(images, [...many.slice(0, 11), 'clusters/region-11/staging'])).not.toBe(long);
  });

  it('names that slug alike get different branches: eu-west and eu/west, images a-b + x and a + b-x', () => {
    const pins = (...names: string[]) =>
      parseImagePins(names.map((n) => `${n}=127.0.0.1:5000/team/${n}@${digest('a')}`));
    const compute = pins('compute');
    expect(pullRequestBranch(compute, ['eu-west'])).not.toBe(pullRequestBranch(compute, ['eu/west']));
    expect(pullRequestBranch(pins('a-b', 'x'), ['prod'])).not.toBe(pullRequestBranch(pins('a', 'b-x'), ['prod']));
  });
});

/** A GitHub stand-in repository that knows the bare remote's branches, and a pull-request target for it. */
function github(remote: string) {
  const repo = gh.state.addRepo('acme/overlays', {
    branchExists: (b) => sh(remote, 'branch', '--list', b).trim() !== '',
  });
  return { target: pipelineTarget(), repo };
}

/**
 * acme/overlays as the pull-request target, with a GitHub client of its own as each pipeline has
 * (one client waits the throttling plugin's 3 s between two pull requests it opens or edits).
 */
function pipelineTarget(): NonNullable<PinOptions['pullRequest']> {
  return { client: createGitHubClient({ token: 'tok', baseUrl: gh.url }), owner: 'acme', repo: 'overlays' };
}

/** Pins compute@<digest of c> in pull-request mode from a fresh clone, as a pipeline would. */
function pinPR(remote: string, options: Partial<PinOptions>, c: string) {
  const images = parseImagePins([`compute=127.0.0.1:5000/team/compute@${digest(c)}`]);
  const pullRequest = pipelineTarget();
  return pin({ repo: clone(remote), overlays: [], images, pullRequest, log: silentLogger, ...options });
}

function clusterOverlays(paths: string[]): Record<string, string> {
  return Object.fromEntries(
    paths.map((p) => [
      `${p}/kustomization.yaml`,
      'resources:\n- ../../../base\nimages:\n- name: compute\n  newTag: v1\n',
    ]),
  );
}
