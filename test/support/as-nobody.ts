import { spawnSync, type SpawnSyncReturns } from 'node:child_process';
import { chmodSync, copyFileSync, cpSync, linkSync, mkdirSync, mkdtempSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join, resolve } from 'node:path';
import { DIST } from './dist.js';

/**
 * Runs code as `nobody` (uid/gid 65534) through util-linux's setpriv, as pinship runs on a hosted
 * runner while containers write as root. The tests run as root, from a clone that may sit under a
 * folder `nobody` cannot enter (/root is 0700), so the node binary and every script it runs are
 * placed in a world-traversable scratch folder first.
 */
export class Nobody {
  /** A 0755 folder under the system temp dir: what `nobody` may read and run lives here. */
  readonly scratch: string;
  private readonly node: string;

  constructor(prefix: string) {
    this.scratch = mkdtempSync(join(tmpdir(), prefix));
    chmodSync(this.scratch, 0o755); // mkdtemp makes 0700
    this.node = this.place(process.execPath, 'node');
  }

  /** Copies (or hard-links) `file` into the scratch folder's bin/, readable by all; returns its path. */
  place(file: string, name = basename(file)): string {
    const bin = join(this.scratch, 'bin');
    mkdirSync(bin, { recursive: true, mode: 0o755 });
    const target = join(bin, name);
    try {
      linkSync(resolve(file), target); // the node binary is ~100 MB: link when on one filesystem
    } catch {
      copyFileSync(resolve(file), target);
    }
    chmodSync(target, statSync(target).mode | 0o555);
    return target;
  }

  /** The bundled CLI with the chunks it loads, placed for `nobody`; returns the CLI's path. */
  cli(): string {
    const dist = join(this.scratch, 'dist');
    cpSync(DIST, dist, { recursive: true });
    chmodSync(dist, 0o755);
    return join(dist, 'cli', 'index.js');
  }

  /** Runs `node ...args` as nobody; `engine` adds the Docker socket's group, as a runner's user has. */
  run(
    args: string[],
    options: { engine?: boolean; env?: NodeJS.ProcessEnv; cwd?: string } = {},
  ): SpawnSyncReturns<string> {
    const groups = options.engine ? [`--groups=${statSync('/var/run/docker.sock').gid}`] : ['--clear-groups'];
    return spawnSync('setpriv', ['--reuid=65534', '--regid=65534', ...groups, this.node, ...args], {
      encoding: 'utf8',
      env: options.env ?? { PATH: process.env.PATH, HOME: '/nonexistent' },
      cwd: options.cwd ?? this.scratch,
    });
  }
}
