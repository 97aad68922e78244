import { execFileSync } from 'node:child_process';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseImagePins } from '../../src/pin/image-pins.js';
import { pin } from '../../src/pin/pin.js';
import { RecordingLogger } from '../build/helpers.js';
import { bareRemote, clone, sh, sourceHistory, writeFiles } from '../git/remote.js';
import { scratchDir } from '../support/scratch.js';
import { overlayFiles } from './fixtures.js';

const images = (c: string) => parseImagePins([`compute=127.0.0.1:5000/team/compute@sha256:${c.repeat(64)}`]);
const FILE = 'overlays/prod/kustomization.yaml';
const warnings = (log: RecordingLogger) => log.lines.filter((l) => l.startsWith('warning:'));

/** An overlay repository whose prod overlay holds a pin from the newer of two app-repository commits. */
async function pinnedFromNewerAppCommit() {
  const remote = bareRemote(overlayFiles(['prod']));
  const app = sourceHistory(2);
  const [older, newer] = app.commits as [string, string];
  await pin({
    repo: clone(remote),
    overlays: ['overlays/prod'],
    images: images('b'),
    push: true,
    sourceCommit: newer,
    sourceRepo: app.dir,
    log: new RecordingLogger(),
  });
  return { remote, older, newer };
}

describe('provenance: when Git cannot tell which source commit is newer, the warning names the cause', () => {
  it('commits in another repo, no --source-repo: names the commits and the repo, suggests --source-repo', async () => {
    const { remote, older, newer } = await pinnedFromNewerAppCommit();
    const repo = clone(remote);
    const log = new RecordingLogger();
    const result = await pin({
      repo,
      overlays: ['overlays/prod'],
      images: images('a'),
      push: true,
      sourceCommit: older,
      log,
    });
    expect(result.action).toBe('pushed');
    expect(warnings(log)).toEqual([
      `warning: ${FILE}: compute was pinned from ${newer}; cannot tell whether that is newer than ${older}: ` +
        `${newer} and ${older} are not in ${resolve(repo)} (the overlay repository); ` +
        'if the images are built from another repository, pass --source-repo DIR (action input source-repo) with a ' +
        'full clone of it; ' +
        'if they are built here, fetch full history; pinning anyway',
    ]);
  });

  it("a shallow clone of the images' repository: says it is shallow and to fetch full history first", async () => {
    // One repository holds both the source and the overlays, as in the reusable workflow.
    const remote = bareRemote(overlayFiles(['prod']));
    const full = clone(remote);
    const commitSource = (text: string) => {
      writeFiles(full, { 'src/main.txt': text });
      sh(full, 'add', '-A');
      sh(full, 'commit', '--quiet', '-m', text);
      return sh(full, 'rev-parse', 'HEAD').trim();
    };
    const older = commitSource('older');
    const newer = commitSource('newer');
    sh(full, 'push', '--quiet', 'origin', 'main');
    await pin({
      repo: full,
      overlays: ['overlays/prod'],
      images: images('b'),
      push: true,
      sourceCommit: newer,
      log: new RecordingLogger(),
    });
    const shallow = join(scratchDir('pinship-shallow-'), 'repo');
    execFileSync('git', ['clone', '--quiet', '--depth', '1', '--branch', 'main', `file://${remote}`, shallow]);
    const log = new RecordingLogger();
    await pin({
      repo: shallow,
      overlays: ['overlays/prod'],
      images: images('a'),
      commit: true,
      sourceCommit: older,
      author: { name: 'a', email: 'a@b' },
      log,
    });
    expect(warnings(log)).toEqual([
      `warning: ${FILE}: compute was pinned from ${newer}; cannot tell whether that is newer than ${older}: ` +
        `${newer} and ${older} are not in ${resolve(shallow)} (the overlay repository); ` +
        'it is a shallow clone: fetch its full history (git fetch --unshallow; actions/checkout fetch-depth: 0), ' +
        'or if the images are built from another repository, pass --source-repo DIR (action input source-repo) with ' +
        'a full clone of it; pinning anyway',
    ]);
  });

  it('--source-repo naming a repository without the commits: says to check --source-repo', async () => {
    const { remote, older, newer } = await pinnedFromNewerAppCommit();
    const unrelated = clone(bareRemote({ 'other.txt': 'another project\n' }));
    const log = new RecordingLogger();
    await pin({
      repo: clone(remote),
      overlays: ['overlays/prod'],
      images: images('a'),
      push: true,
      sourceCommit: older,
      sourceRepo: unrelated,
      log,
    });
    expect(warnings(log)).toEqual([
      `warning: ${FILE}: compute was pinned from ${newer}; cannot tell whether that is newer than ${older}: ` +
        `${newer} and ${older} are not in ${resolve(unrelated)}; ` +
        'check that --source-repo (action input source-repo) is a full clone of the repository the images are built ' +
        'from; pinning anyway',
    ]);
  });
});
