import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { writeFiles } from '../git/remote.js';
import { scratchDir } from '../support/scratch.js';
import { bundled } from '../support/dist.js';

const CLI = bundled('cli/index.js');
const REF = `127.0.0.1:5000/team/compute@sha256:${'a'.repeat(64)}`;

/** `pinship pin ARGS` from the bundled CLI, in `cwd`. */
function pinCli(cwd: string, ...args: string[]) {
  return spawnSync(process.execPath, [CLI, 'pin', ...args], { cwd, encoding: 'utf8' });
}

describe('pinship pin (CLI)', () => {
  it('--help has the Options: heading and the -h line, as the other verbs do', () => {
    const out = pinCli(scratchDir('pinship-pin-cli-'), '--help');
    expect(out.status).toBe(0);
    expect(out.stdout).toMatch(/^Options:$/m);
    expect(out.stdout).toMatch(/^ {2}-h, --help {2,}this help$/m);
    expect(out.stdout).toMatch(/^ {2}--no-verify-digest {2,}\S/m);
  });

  it('a pin that changes nothing says "nothing to change" on stdout, not the action name not-updated', () => {
    const dir = scratchDir('pinship-pin-cli-');
    writeFiles(dir, { 'overlays/dev/kustomization.yaml': 'images:\n- name: compute\n  newTag: v1\n' });
    const args = ['--overlay', 'overlays/dev', '--image', `compute=${REF}`, '--no-verify-digest'];
    const first = pinCli(dir, ...args);
    expect(first.status, first.stderr).toBe(0);
    expect(first.stdout.trim().split('\n').at(-1)).toBe('written');
    const again = pinCli(dir, ...args);
    expect(again.status, again.stderr).toBe(0);
    expect(again.stdout).toBe('nothing to change\n');
    expect(JSON.parse(pinCli(dir, ...args, '--json').stdout)).toMatchObject({ action: 'not-updated' });
  });
});
