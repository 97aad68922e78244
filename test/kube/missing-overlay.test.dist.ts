import { spawnSync } from 'node:child_process';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { bundled } from '../support/dist.js';
import { scratchDir } from '../support/scratch.js';

const ROOT = resolve(import.meta.dirname, '../..');
const CLI = bundled('cli/index.js');
/** The Node 24 `npx pinship` runs on (the unit tests also run on the machine's Node 20). */
const NODE = join(ROOT, 'node_modules/.bin/node');
const REF = `127.0.0.1:5000/team/compute@sha256:${'a'.repeat(64)}`;

describe('an overlay folder that does not exist', () => {
  it('run --overlay and pin say the same one line, not kubectl raw log', () => {
    const cwd = scratchDir('pinship-missing-overlay-');
    const cli = (...args: string[]) => spawnSync(NODE, [CLI, ...args], { cwd, encoding: 'utf8' });
    const run = cli('run', '--overlay', 'overlays/nope');
    const pin = cli('pin', '--overlay', 'overlays/nope', '--image', `compute=${REF}`, '--no-verify-digest');
    const line = 'error: overlay: overlay directory "overlays/nope" does not exist\n';
    expect(run.status).toBe(1);
    expect(run.stderr).toBe(`pinship run: ${line}`);
    expect(pin.status).toBe(1);
    expect(pin.stderr).toBe(`pinship pin: ${line}`);
  });
});

describe('run --overlay on the node found on a plain PATH (Debian 12: Node 20)', () => {
  it('says which Node pinship needs and that npx pinship in the clone has it', () => {
    const plain = { PATH: '/usr/local/bin:/usr/bin:/bin' };
    const version = spawnSync('/usr/bin/env', ['node', '--version'], { env: plain, encoding: 'utf8' }).stdout.trim();
    const [major = 0, minor = 0] = version.slice(1).split('.').map(Number);
    const out = spawnSync('/usr/bin/env', ['node', CLI, 'run', '--overlay', 'overlays/nope'], {
      cwd: scratchDir('pinship-node-version-'),
      env: plain,
      encoding: 'utf8',
    });
    expect(out.status).toBe(1);
    if (major < 22 || (major === 22 && minor < 19)) {
      expect(out.stderr).toContain(`needs Node 22.19.0 or later, this is ${version.slice(1)}`);
      expect(out.stderr).toContain('npx pinship runs on the Node 24 in node_modules/.bin');
    } else {
      expect(out.stderr).toContain('overlay directory "overlays/nope" does not exist');
    }
  });
});
