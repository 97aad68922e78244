import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PinshipError } from '../../src/errors.js';
import { silentLogger } from '../../src/log/silent-logger.js';
import { parseImagePins } from '../../src/pin/image-pins.js';
import { pin } from '../../src/pin/pin.js';
import { scratchDir } from '../support/scratch.js';
import { sh, writeFiles } from '../git/remote.js';

const REF = `127.0.0.1:5000/team/compute@sha256:${'a'.repeat(64)}`;

describe('pin --push in a repository without the remote', () => {
  it("keeps git's fatal line that says what is wrong, not only its generic advice", async () => {
    const repo = join(scratchDir('pinship-no-remote-'), 'repo');
    execFileSync('git', ['-c', 'init.defaultBranch=main', 'init', '--quiet', repo]);
    writeFiles(repo, { 'overlays/dev/kustomization.yaml': 'images:\n- name: compute\n  newTag: v1\n' });
    sh(repo, 'add', '-A');
    sh(repo, 'commit', '--quiet', '-m', 'seed');
    const err = await pin({
      repo,
      overlays: ['overlays/dev'],
      images: parseImagePins([`compute=${REF}`]),
      push: true,
      log: silentLogger,
    }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(PinshipError);
    expect((err as PinshipError).format()).toContain("'origin' does not appear to be a git repository");
  });
});
