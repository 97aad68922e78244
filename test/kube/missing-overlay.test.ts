import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { scratchDir } from '../support/scratch.js';

const CLI = resolve(import.meta.dirname, '../../dist/cli/index.js');
const REF = `127.0.0.1:5000/team/compute@sha256:${'a'.repeat(64)}`;

describe('an overlay folder that does not exist', () => {
  it('run --overlay and pin say the same one line, not kubectl raw log', () => {
    const cwd = scratchDir('pinship-missing-overlay-');
    const cli = (...args: string[]) => spawnSync(process.execPath, [CLI, ...args], { cwd, encoding: 'utf8' });
    const run = cli('run', '--overlay', 'overlays/nope');
    const pin = cli('pin', '--overlay', 'overlays/nope', '--image', `compute=${REF}`, '--no-verify-digest');
    const line = 'error: overlay: overlay directory "overlays/nope" does not exist\n';
    expect(run.status).toBe(1);
    expect(run.stderr).toBe(`pinship run: ${line}`);
    expect(pin.status).toBe(1);
    expect(pin.stderr).toBe(`pinship pin: ${line}`);
  });
});
