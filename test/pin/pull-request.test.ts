import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createGitHubClient } from '../../src/github/client.js';
import { silentLogger } from '../../src/log/silent-logger.js';
import { parseImagePins } from '../../src/pin/image-pins.js';
import { pin } from '../../src/pin/pin.js';
import { startGitHubStandIn, type GitHubStandIn } from '../standins/github/server.js';
import { bareRemote, clone, sh, showRemote } from '../git/remote.js';
import { overlayFiles } from './fixtures.js';

const digest = (c: string) => `sha256:${c.repeat(64)}`;
let gh: GitHubStandIn;
beforeEach(async () => {
  gh = await startGitHubStandIn({ token: 'tok' });
});
afterEach(() => gh.close());

describe('pin --pull-request', () => {
  it('pushes pinship/pin-compute-prod, opens the PR, and updates it on the next pin; main is untouched', async () => {
    const remote = bareRemote(overlayFiles(['prod']));
    const repo = gh.state.addRepo('acme/overlays', {
      branchExists: (b) => sh(remote, 'branch', '--list', b).trim() !== '',
    });
    const target = { client: createGitHubClient({ token: 'tok', baseUrl: gh.url }), owner: 'acme', repo: 'overlays' };
    const run = (d: string) =>
      pin({ repo: clone(remote), overlays: ['overlays/prod'], images: parseImagePins([`compute=127.0.0.1:5000/team/compute@${digest(d)}`]), pullRequest: target, log: silentLogger });
    const mainBefore = sh(remote, 'rev-parse', 'main');

    const first = await run('a');
    expect(first).toMatchObject({ action: 'pull-request-created', branch: 'pinship/pin-compute-prod', pullRequest: { number: 1 } });
    expect(showRemote(remote, 'overlays/prod/kustomization.yaml', 'pinship/pin-compute-prod')).toContain(digest('a'));

    const second = await run('b');
    expect(second).toMatchObject({ action: 'pull-request-updated', pullRequest: { number: 1 } });
    expect(showRemote(remote, 'overlays/prod/kustomization.yaml', 'pinship/pin-compute-prod')).toContain(digest('b'));
    // The branch is rebuilt from main each time: one pin commit on top of main.
    expect(sh(remote, 'rev-list', '--count', 'main..pinship/pin-compute-prod').trim()).toBe('1');
    expect(sh(remote, 'rev-parse', 'main')).toBe(mainBefore);
    expect(repo.pulls).toHaveLength(1);
    expect(repo.pulls[0]!.title).toContain(`compute@${digest('b').slice(0, 19)}`);
    expect(repo.pulls[0]!.body).toContain(`-> 127.0.0.1:5000/team/compute@${digest('b')}`);
    expect(gh.problems).toEqual([]);
  });

  it('text read from the overlay reaches the pull request only inside a code fence; odd directory names make a safe branch', async () => {
    // A tag an author (or an attacker with write access to one overlay) wrote: HTML, a team mention, a fence.
    const hostile = 'v1 ``` @acme/admins <img src=x onerror=alert(1)>';
    const remote = bareRemote({ 'base/kustomization.yaml': 'resources: []\n', 'we!rd @{1}/kustomization.yaml': `images:\n- name: compute\n  newTag: ${JSON.stringify(hostile)}\n` });
    const repo = gh.state.addRepo('acme/overlays', { branchExists: (b) => sh(remote, 'branch', '--list', b).trim() !== '' });
    const target = { client: createGitHubClient({ token: 'tok', baseUrl: gh.url }), owner: 'acme', repo: 'overlays' };
    const images = parseImagePins([`compute=127.0.0.1:5000/team/compute@${digest('a')}`]);
    const result = await pin({ repo: clone(remote), overlays: ['we!rd @{1}'], images, pullRequest: target, sourceCommit: 'abcdef1', log: silentLogger });

    expect(result).toMatchObject({ action: 'pull-request-created', branch: 'pinship/pin-compute-we-rd-1' });
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
});

