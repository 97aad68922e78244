import { describe, expect, it } from 'vitest';
import { parseImagePins } from '../../src/pin/image-pins.js';
import { pin } from '../../src/pin/pin.js';
import { RecordingLogger } from '../build/helpers.js';
import { bareRemote, clone, sh, writeFiles } from '../git/remote.js';
import { overlayFiles } from './fixtures.js';

const images = parseImagePins([`compute=127.0.0.1:5000/team/compute@sha256:${'a'.repeat(64)}`]);
const head = (dir: string, ref = 'HEAD') => sh(dir, 'rev-parse', ref).trim();

/** Another clone lands a commit on the remote's main. */
function remoteMoves(remote: string): void {
  const other = clone(remote);
  writeFiles(other, { 'README.md': 'someone else\n' });
  sh(other, 'add', '-A');
  sh(other, 'commit', '--quiet', '-m', 'someone else');
  sh(other, 'push', '--quiet', 'origin', 'main');
}

describe('pin --push and the local checkout (the pin is made in a temporary work tree)', () => {
  it('local commits the remote lacks: the branch is left alone; one line says it is 1 ahead and 1 behind', async () => {
    const remote = bareRemote(overlayFiles(['prod']));
    const repo = clone(remote);
    writeFiles(repo, { 'notes.txt': 'local work\n' });
    sh(repo, 'add', '-A');
    sh(repo, 'commit', '--quiet', '-m', 'local work');
    const before = head(repo);
    const log = new RecordingLogger();
    const result = await pin({ repo, overlays: ['overlays/prod'], images, push: true, log });
    expect(result.action).toBe('pushed');
    expect(head(repo)).toBe(before);
    expect(log.lines).toContain(
      'local main is 1 commit ahead and 1 behind origin/main: the pin is on origin/main, not in your branch; run ' +
        '`git pull --rebase` before pushing from here',
    );
  });

  it('clean and behind (the remote moved too): fast-forwarded to the pin, and it says so', async () => {
    const remote = bareRemote(overlayFiles(['prod']));
    const repo = clone(remote);
    remoteMoves(remote);
    const log = new RecordingLogger();
    const result = await pin({ repo, overlays: ['overlays/prod'], images, push: true, log });
    expect(head(repo)).toBe(result.commit);
    expect(head(repo)).toBe(head(remote, 'main'));
    expect(log.lines).toContain('fast-forwarded local main to the pin (2 commits)');
  });

  it('behind, with uncommitted edits to a tracked file: not fast-forwarded, the edit stays, it says so', async () => {
    const remote = bareRemote(overlayFiles(['prod']));
    const repo = clone(remote);
    writeFiles(repo, { 'base/kustomization.yaml': 'resources: [] # editing\n' });
    const before = head(repo);
    const log = new RecordingLogger();
    await pin({ repo, overlays: ['overlays/prod'], images, push: true, log });
    expect(head(repo)).toBe(before);
    expect(sh(repo, 'status', '--porcelain').trim()).toBe('M base/kustomization.yaml');
    expect(log.lines).toContain(
      'local main is 1 commit behind origin/main and was not fast-forwarded (it has uncommitted changes): run `git ' +
        'pull --ff-only` to bring in the pin',
    );
  });

  it('pushing to a branch that is not checked out: its local copy is not moved, and it says so', async () => {
    const remote = bareRemote(overlayFiles(['prod']));
    const repo = clone(remote);
    sh(repo, 'checkout', '--quiet', '-b', 'feature');
    const before = head(repo, 'main');
    const log = new RecordingLogger();
    await pin({ repo, overlays: ['overlays/prod'], images, push: true, branch: 'main', log });
    expect(head(repo, 'main')).toBe(before);
    expect(log.lines).toContain(
      'local main is 1 commit behind origin/main and was not fast-forwarded (it is not checked out here): run `git ' +
        'fetch origin main:main` to bring in the pin',
    );
  });
});
