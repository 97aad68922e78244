import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseImagePins } from '../../src/pin/image-pins.js';
import { pin } from '../../src/pin/pin.js';
import { branchPinOf } from '../../src/provenance/branch-pin.js';
import { RecordingLogger } from '../build/helpers.js';
import { bareRemote, clone, sh, writeFiles } from '../git/remote.js';
import { overlayFiles } from '../pin/fixtures.js';

const digest = (c: string) => `sha256:${c.repeat(64)}`;
const FILE = 'overlays/staging/kustomization.yaml';

/** A clone of a repository with a staging overlay, on main. */
function repository(): string {
  return clone(bareRemote({ ...overlayFiles(['staging']), 'app/main.sh': 'echo 1\n' }));
}

const head = (repo: string) => sh(repo, 'rev-parse', 'HEAD').trim();

function commit(repo: string, files: Record<string, string>, message: string): string {
  writeFiles(repo, files);
  sh(repo, 'add', '-A');
  sh(repo, 'commit', '--quiet', '--allow-empty', '-m', message);
  return head(repo);
}

/** pinship's own pin commit of `digest` into the staging overlay, on the checked-out branch. */
async function pinCommit(repo: string, d: string): Promise<string> {
  await pin({
    repo,
    overlays: ['overlays/staging'],
    images: parseImagePins([`compute=127.0.0.1:5000/team/compute@${d}`]),
    commit: true,
    sourceCommit: head(repo),
    author: { name: 'pinship', email: 'pinship@example.invalid' },
    log: new RecordingLogger(),
  });
  return head(repo);
}

/** The message of `commit` (a pin commit's trailers included), as a pull request can copy it. */
const messageOf = (repo: string, c: string) => sh(repo, 'log', '-1', '--format=%B', c);

describe('branchPinOf: the commit of a branch that pinned a digest', () => {
  it("finds pinship's pin commit on the branch, and nothing for a digest never pinned", async () => {
    const repo = repository();
    const pinned = await pinCommit(repo, digest('a'));
    commit(repo, { 'app/main.sh': 'echo 2\n' }, 'a later change');

    expect(await branchPinOf(repo, digest('a'), ['HEAD'])).toBe(pinned);
    expect(await branchPinOf(repo, digest('b'), ['HEAD'])).toBeUndefined();
  });

  it('finds a pin pull request merged with a merge commit: the merge wrote the digest', async () => {
    const repo = repository();
    sh(repo, 'checkout', '-q', '-b', 'pinship/pin');
    await pinCommit(repo, digest('a'));
    sh(repo, 'checkout', '-q', 'main');
    commit(repo, { 'app/main.sh': 'echo 2\n' }, 'meanwhile on main');
    sh(repo, 'merge', '-q', '--no-ff', '-m', 'Merge pull request #2 from pinship/pin', 'pinship/pin');

    expect(await branchPinOf(repo, digest('a'), ['HEAD'])).toBe(head(repo));
  });

  it("a pull request's pin commit, reverted before the merge, does not count (merge or squash)", async () => {
    const repo = repository();
    const base = head(repo);
    sh(repo, 'checkout', '-q', '-b', 'feature');
    const forged = await pinCommit(repo, digest('e'));
    sh(repo, 'revert', '--no-edit', 'HEAD');
    commit(repo, { 'app/main.sh': 'echo 2\n' }, 'the change');
    sh(repo, 'checkout', '-q', 'main');
    sh(repo, 'merge', '-q', '--no-ff', '-m', 'Merge pull request #7 from feature', 'feature');
    expect(await branchPinOf(repo, digest('e'), ['HEAD'])).toBeUndefined();

    // A squash merge whose message carries the forged commit's trailers: the change it made has no digest.
    sh(repo, 'reset', '-q', '--hard', base);
    sh(repo, 'merge', '-q', '--squash', 'feature');
    sh(repo, 'commit', '-q', '-m', `Squashed #7\n\n${messageOf(repo, forged)}`);
    expect(messageOf(repo, 'HEAD')).toContain(`Pinship-Pin: ${FILE} compute ${digest('e')}`);
    expect(await branchPinOf(repo, digest('e'), ['HEAD'])).toBeUndefined();
  });

  it("a trailer alone, without the branch's change to the file, does not count", async () => {
    const repo = repository();
    commit(repo, {}, `not a pin\n\nPinship-Source: ${head(repo)}\nPinship-Pin: ${FILE} compute ${digest('e')}`);
    // The digest written elsewhere than the file the trailer names.
    commit(repo, { 'notes.md': `${digest('e')}\n` }, `notes\n\nPinship-Pin: ${FILE} compute ${digest('e')}`);

    expect(readFileSync(join(repo, FILE), 'utf8')).not.toContain(digest('e'));
    expect(await branchPinOf(repo, digest('e'), ['HEAD'])).toBeUndefined();
  });

  it("a tag on the pin's source commit finds the pin on the default branch's tip", async () => {
    const repo = repository();
    const source = head(repo);
    const pinned = await pinCommit(repo, digest('a'));
    sh(repo, 'push', '-q', 'origin', 'main');
    sh(repo, 'checkout', '-q', '--detach', source);

    expect(await branchPinOf(repo, digest('a'), ['HEAD'])).toBeUndefined();
    expect(await branchPinOf(repo, digest('a'), ['HEAD', 'refs/remotes/origin/main'])).toBe(pinned);
  });
});
