import Docker from 'dockerode';
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** A second, empty Docker engine: no images, no build cache, as a hosted runner starts. */
export interface SecondEngine {
  docker: Docker;
  /** `unix://…` for DOCKER_HOST. */
  host: string;
  stop(): Promise<void>;
}

/**
 * Starts a dockerd of its own (data root, exec root, pidfile and socket in a temp folder; no
 * bridge, no iptables) so that tests can empty it without touching the shared engine.
 * `daemonConfig` becomes its daemon.json (e.g. `{ features: { buildkit: false } }`).
 */
export async function startSecondEngine(daemonConfig: Record<string, unknown> = {}): Promise<SecondEngine> {
  const dir = mkdtempSync(join(tmpdir(), 'pinship-dockerd-'));
  const socket = join(dir, 'docker.sock');
  writeFileSync(join(dir, 'daemon.json'), JSON.stringify(daemonConfig));
  const child: ChildProcess = spawn('dockerd', [
    '--data-root', join(dir, 'data'), '--exec-root', join(dir, 'exec'), '--pidfile', join(dir, 'dockerd.pid'),
    '--host', `unix://${socket}`, '--config-file', join(dir, 'daemon.json'),
    '--bridge=none', '--iptables=false', '--ip6tables=false',
  ], { stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  child.stderr!.on('data', (c: Buffer) => (stderr = (stderr + c.toString()).slice(-4000)));
  const docker = new Docker({ socketPath: socket });
  const stop = async () => {
    if (child.exitCode === null) {
      child.kill('SIGTERM');
      await new Promise((r) => child.once('exit', r));
    }
    rmSync(dir, { recursive: true, force: true, maxRetries: 3 });
  };
  for (let i = 0; i < 120; i++) {
    if (child.exitCode !== null) break;
    if (await docker.ping().then(() => true, () => false)) return { docker, host: `unix://${socket}`, stop };
    await new Promise((r) => setTimeout(r, 250));
  }
  await stop();
  throw new Error(`the second dockerd did not come up:\n${stderr}`);
}
