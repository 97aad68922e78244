import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { engine, pushedBaseImage, untag } from './support.js';
import { scratchDir } from '../support/scratch.js';
import { bundled } from '../support/dist.js';

const CLI = bundled('cli/index.js');

describe('run --local an image from a registry that needs a login, given no credentials', () => {
  it('names the flags the CLI has (--username, --password-stdin), not the library option names', async () => {
    const docker = await engine();
    const image = await pushedBaseImage(docker, 'pull-credentials');
    // Only in the registry: the engine must pull it.
    await untag(docker, image);
    const home = scratchDir('pinship-pull-credentials-');
    const out = spawnSync(process.execPath, [CLI, 'run', '--local', image, '--output-dir', join(home, 'out')], {
      cwd: home,
      encoding: 'utf8',
      env: { ...process.env, HOME: home, DOCKER_CONFIG: join(home, 'docker') },
    });
    expect(out.status).toBe(1);
    expect(out.stderr).toContain(`pulling ${image}`);
    expect(out.stderr).toContain('give --username and --password-stdin');
    expect(out.stderr).not.toContain('username/password');
  });
});
