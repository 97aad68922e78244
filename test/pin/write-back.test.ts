import { lstatSync, mkdirSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { PinshipError } from '../../src/errors.js';
import { silentLogger } from '../../src/log/silent-logger.js';
import { parseImagePins } from '../../src/pin/image-pins.js';
import { pin } from '../../src/pin/pin.js';
import { planPins } from '../../src/pin/plan.js';
import { pushWithRetry } from '../../src/pin/write-back.js';
import { commitFiles } from '../../src/git/repo.js';
import { pushCommit } from '../../src/git/push.js';
import { overlayFiles } from './fixtures.js';
import { bareRemote, clone, sh, showRemote, sourceHistory, writeFiles } from '../git/remote.js';

const digest = (c: string) => `sha256:${c.repeat(64)}`;
const REPO = '127.0.0.1:5000/team/compute';
const author = { name: 'Pin Bot', email: 'pin@example.com' };

describe('pin --commit', () => {
  it('commits only the pinned files, with a message naming image, digest, overlays and source', async () => {
    const repo = clone(bareRemote(overlayFiles(['prod', 'staging'])));
    writeFiles(repo, { 'notes.txt': 'unrelated work in progress\n' });
    const result = await pin({
      repo,
      overlays: ['overlays/prod', 'overlays/staging'],
      images: parseImagePins([`compute=${REPO}@${digest('a')}`]),
      commit: true,
      sourceCommit: '0123456789abcdef0123456789abcdef01234567',
      author,
      log: silentLogger,
    });
    expect(result).toMatchObject({ changed: true, action: 'committed' });
    expect(sh(repo, 'show', '--format=%an <%ae>', '--name-only', 'HEAD').trim().split('\n')).toEqual([
      'Pin Bot <pin@example.com>',
      '',
      'overlays/prod/kustomization.yaml',
      'overlays/staging/kustomization.yaml',
    ]);
    expect(sh(repo, 'log', '-1', '--format=%B')).toBe(
      [
        `pin compute@${digest('a').slice(0, 19)} in overlays/prod, overlays/staging`,
        '',
        'overlays/prod/kustomization.yaml',
        `  compute: compute:v1 -> ${REPO}@${digest('a')}`,
        'overlays/staging/kustomization.yaml',
        `  compute: compute:v1 -> ${REPO}@${digest('a')}`,
        '',
        'Pinship-Source: 0123456789abcdef0123456789abcdef01234567',
        `Pinship-Pin: overlays/prod/kustomization.yaml compute ${digest('a')}`,
        `Pinship-Pin: overlays/staging/kustomization.yaml compute ${digest('a')}`,
        '',
        '',
      ].join('\n'),
    );
    expect(sh(repo, 'status', '--porcelain').trim()).toBe('?? notes.txt');
  });

  it('a kustomization symlinked to a shared one: the shared file is pinned and committed, the link stays', async () => {
    const repo = clone(
      bareRemote({ 'overlays/shared/kustomization.yaml': 'images:\n- name: compute\n  newTag: v1\n' }),
    );
    mkdirSync(join(repo, 'overlays/prod'));
    symlinkSync('../shared/kustomization.yaml', join(repo, 'overlays/prod/kustomization.yaml'));
    sh(repo, 'add', '-A');
    sh(repo, 'commit', '--quiet', '-m', 'prod shares the kustomization');
    const result = await pin({
      repo,
      overlays: ['overlays/prod'],
      images: parseImagePins([`compute=${REPO}@${digest('a')}`]),
      commit: true,
      log: silentLogger,
    });
    expect(result.files.map((f) => f.file)).toEqual(['overlays/shared/kustomization.yaml']);
    expect(lstatSync(join(repo, 'overlays/prod/kustomization.yaml')).isSymbolicLink()).toBe(true);
    expect(sh(repo, 'show', '--format=', '--name-only', 'HEAD').trim()).toBe('overlays/shared/kustomization.yaml');
    expect(sh(repo, 'show', 'HEAD:overlays/shared/kustomization.yaml')).toContain(digest('a'));
    expect(sh(repo, 'status', '--porcelain')).toBe('');
  });

  it('nothing to change: no commit, not an error', async () => {
    const repo = clone(bareRemote(overlayFiles(['prod'])));
    const images = parseImagePins([`compute=${REPO}@${digest('a')}`]);
    await pin({ repo, overlays: ['overlays/prod'], images, commit: true, log: silentLogger });
    const head = sh(repo, 'rev-parse', 'HEAD');
    const again = await pin({ repo, overlays: ['overlays/prod'], images, commit: true, log: silentLogger });
    expect(again).toMatchObject({ changed: false, action: 'not-updated', files: [] });
    expect(sh(repo, 'rev-parse', 'HEAD')).toBe(head);
  });

  it('refuses to commit over uncommitted edits of the same file', async () => {
    const repo = clone(bareRemote(overlayFiles(['prod'])));
    writeFiles(repo, {
      'overlays/prod/kustomization.yaml': '# edited by hand\nimages:\n- name: compute\n  newTag: v2\n',
    });
    await expect(
      pin({
        repo,
        overlays: ['overlays/prod'],
        images: parseImagePins([`compute=${REPO}@${digest('a')}`]),
        commit: true,
        log: silentLogger,
      }),
    ).rejects.toThrow('uncommitted changes in overlays/prod/kustomization.yaml');
  });
});

describe('pin --push', () => {
  it('pushes to the branch and fast-forwards the local checkout', async () => {
    const remote = bareRemote(overlayFiles(['prod']));
    const repo = clone(remote);
    const result = await pin({
      repo,
      overlays: ['overlays/prod'],
      images: parseImagePins([`compute=${REPO}@${digest('a')}`]),
      push: true,
      log: silentLogger,
    });
    expect(result).toMatchObject({ action: 'pushed', branch: 'main', attempts: 1 });
    expect(sh(remote, 'rev-parse', 'main')).toBe(sh(repo, 'rev-parse', 'HEAD'));
    expect(showRemote(remote, 'overlays/prod/kustomization.yaml')).toContain(`digest: ${digest('a')} # old`);
    // The temporary work tree it pinned in is gone, and so is its registration in the clone.
    expect(sh(repo, 'worktree', 'list', '--porcelain').match(/^worktree /gm)).toHaveLength(1);
  });

  it('a branch the remote does not have: a clear error naming it, nothing pushed', async () => {
    const remote = bareRemote(overlayFiles(['prod']));
    const repo = clone(remote);
    sh(repo, 'checkout', '--quiet', '-b', 'feature');
    const err = await pin({
      repo,
      overlays: ['overlays/prod'],
      images: parseImagePins([`compute=${REPO}@${digest('a')}`]),
      push: true,
      log: silentLogger,
    }).catch((e: unknown) => e);
    const noBranch = String.raw`\(origin has no branch feature: push it first, or name an existing one with --branch\)`;
    expect((err as PinshipError).format()).toMatch(new RegExp(`^branch: fetching feature from origin: .*${noBranch}$`));
    expect(sh(remote, 'for-each-ref', '--format=%(refname)', 'refs/heads').trim()).toBe('refs/heads/main');
    expect(sh(repo, 'status', '--porcelain')).toBe('');
  });

  it('remote moved between fetch and push: pins again on the new tip, keeping the other change', async () => {
    const remote = bareRemote(overlayFiles(['prod']));
    const repo = clone(remote);
    const other = clone(remote);
    const images = parseImagePins([`compute=${REPO}@${digest('a')}`]);
    let calls = 0;
    const out = await pushWithRetry({
      top: repo,
      remote: 'origin',
      branch: 'main',
      maxAttempts: 3,
      images,
      author,
      log: silentLogger,
      planIn: async (root) => {
        if (calls++ === 0) {
          // Another pipeline lands a change to the same file after our fetch.
          writeFiles(other, {
            'overlays/prod/kustomization.yaml':
              '# prod, now with a comment from a human\nresources:\n- ../../base\n' +
              'images:\n- name: compute\n  newTag: v1 # old\n- name: worker\n  newTag: v1\n',
          });
          await pushCommit(
            other,
            'origin',
            await commitFiles(other, ['overlays/prod/kustomization.yaml'], 'human edit', author),
            'main',
          );
        }
        return planPins({ repo: root, overlays: ['overlays/prod'], images, rollJobs: false });
      },
    });
    expect(out.attempts).toBe(2);
    const text = showRemote(remote, 'overlays/prod/kustomization.yaml');
    expect(text).toContain('# prod, now with a comment from a human');
    expect(text).toContain(`digest: ${digest('a')} # old`);
    expect(sh(remote, 'log', '--format=%s', 'main').trim().split('\n').slice(1)).toEqual(['human edit', 'seed']);
  });
});

describe('provenance: a pin never replaces a pin from a newer source commit', () => {
  it('an older pipeline finishing last leaves the newer pin, exits 0 and says so', async () => {
    const remote = bareRemote(overlayFiles(['prod']));
    const source = sourceHistory(2);
    const [older, newer] = source.commits as [string, string];
    const run = (sha: string, d: string) =>
      pin({
        repo: clone(remote),
        overlays: ['overlays/prod'],
        images: parseImagePins([`compute=${REPO}@${digest(d)}`]),
        push: true,
        sourceCommit: sha,
        sourceRepo: source.dir,
        log: silentLogger,
      });
    expect((await run(newer, 'b')).action).toBe('pushed');
    const late = await run(older, 'a');
    expect(late).toMatchObject({
      changed: false,
      action: 'newer-pin-kept',
      kept: [{ file: 'overlays/prod/kustomization.yaml', name: 'compute' }],
    });
    expect(showRemote(remote, 'overlays/prod/kustomization.yaml')).toContain(digest('b'));
    // A newer source replaces an older pin.
    expect((await run(newer, 'c')).action).toBe('pushed');
    expect(showRemote(remote, 'overlays/prod/kustomization.yaml')).toContain(digest('c'));
  });

  it('an overlay whose path holds a space keeps its newer pin too', async () => {
    const remote = bareRemote({ 'overlays/eu west/kustomization.yaml': 'images:\n- name: compute\n  newTag: v1\n' });
    const source = sourceHistory(2);
    const [older, newer] = source.commits as [string, string];
    const run = (sha: string, d: string) =>
      pin({
        repo: clone(remote),
        overlays: ['overlays/eu west'],
        images: parseImagePins([`compute=${REPO}@${digest(d)}`]),
        push: true,
        sourceCommit: sha,
        sourceRepo: source.dir,
        log: silentLogger,
      });
    expect((await run(newer, 'b')).action).toBe('pushed');
    expect(await run(older, 'a')).toMatchObject({
      action: 'newer-pin-kept',
      kept: [{ file: 'overlays/eu west/kustomization.yaml', name: 'compute' }],
    });
    expect(showRemote(remote, 'overlays/eu west/kustomization.yaml')).toContain(digest('b'));
  });

  it('a hand edit since the recorded pin is not protected', async () => {
    const remote = bareRemote(overlayFiles(['prod']));
    const source = sourceHistory(2);
    const [older, newer] = source.commits as [string, string];
    const base = { overlays: ['overlays/prod'], push: true, sourceRepo: source.dir, log: silentLogger };
    await pin({
      ...base,
      repo: clone(remote),
      images: parseImagePins([`compute=${REPO}@${digest('b')}`]),
      sourceCommit: newer,
    });
    const human = clone(remote);
    writeFiles(human, { 'overlays/prod/kustomization.yaml': `images:\n- name: compute\n  digest: ${digest('e')}\n` });
    sh(human, 'commit', '--quiet', '-am', 'rollback by hand');
    sh(human, 'push', '--quiet', 'origin', 'main');
    const r = await pin({
      ...base,
      repo: clone(remote),
      images: parseImagePins([`compute=${REPO}@${digest('a')}`]),
      sourceCommit: older,
    });
    expect(r.action).toBe('pushed');
  });
});
