import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Docker from 'dockerode';

/** A dockerd of the test's own, with its own data and exec roots; `stop()` ends it and removes its files. */
export interface SecondEngine {
  /** `unix://…`: give it as DOCKER_HOST. */
  host: string;
  docker: Docker;
  stop(): Promise<void>;
}

/**
 * Starts a second Docker engine, empty as a hosted runner's or configured with `args`
 * (`--log-driver none`, `--log-opt …`) and `daemonConfig` (its daemon.json, e.g.
 * `{ features: { buildkit: false } }`), so tests can empty or reconfigure it without touching
 * the shared one: its own
 * `--data-root`, `--exec-root`, pidfile, socket and containerd namespace under a temp folder, no
 * bridge and no iptables. `images` are copied in from the shared engine (`docker save | docker
 * load`: nothing can be pulled here). Needs root, as the shared engine's tests do.
 */
export async function startSecondEngine(
  options: { args?: string[]; images?: string[]; daemonConfig?: Record<string, unknown> } = {},
): Promise<SecondEngine> {
  const { args = [], images = [], daemonConfig = {} } = options;
  const dir = mkdtempSync(join(tmpdir(), 'pinship-engine-'));
  const socket = join(dir, 'docker.sock');
  writeFileSync(join(dir, 'daemon.json'), JSON.stringify(daemonConfig));
  const namespace = `pinship-test-${process.pid}-${dir.slice(-6)}`;
  const daemon = spawn(
    'dockerd',
    [
      ...['--data-root', join(dir, 'data'), '--exec-root', join(dir, 'exec'), '--pidfile', join(dir, 'dockerd.pid')],
      ...[
        '--host',
        `unix://${socket}`,
        '--config-file',
        join(dir, 'daemon.json'),
        '--bridge=none',
        '--iptables=false',
        '--ip6tables=false',
      ],
      ...['--containerd-namespace', namespace, '--containerd-plugins-namespace', `${namespace}-plugins`],
      ...args,
    ],
    { stdio: ['ignore', 'ignore', 'pipe'], detached: false },
  );
  let log = '';
  daemon.stderr.on('data', (chunk: Buffer) => {
    log = (log + chunk.toString()).slice(-20_000);
  });
  const exited = new Promise<void>((resolve) => daemon.on('exit', () => resolve()));
  const docker = new Docker({ socketPath: socket });
  const stop = async () => {
    if (daemon.exitCode === null) daemon.kill('SIGTERM');
    await exited;
    rmSync(dir, { recursive: true, force: true });
  };
  try {
    await waitForPing(docker, daemon, () => log);
    for (const image of images) {
      const saved = spawnSync('docker', ['save', image], { maxBuffer: 1024 ** 3 });
      if (saved.status !== 0) throw new Error(`docker save ${image}: ${saved.stderr}`);
      const loaded = spawnSync('docker', ['-H', `unix://${socket}`, 'load'], { input: saved.stdout, encoding: 'utf8' });
      if (loaded.status !== 0) throw new Error(`docker load ${image} into the second engine: ${loaded.stderr}`);
    }
  } catch (err) {
    await stop();
    throw err;
  }
  return { host: `unix://${socket}`, docker, stop };
}

async function waitForPing(docker: Docker, daemon: ReturnType<typeof spawn>, log: () => string): Promise<void> {
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (daemon.exitCode !== null) throw new Error(`the second dockerd exited (${daemon.exitCode}):\n${log()}`);
    try {
      await docker.ping();
      return;
    } catch {
      if (Date.now() > deadline) throw new Error(`the second dockerd did not answer within 60 s:\n${log()}`);
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
  }
}

/** The engine's default log driver, as `docker info` reports it. */
export async function loggingDriver(docker: Docker): Promise<string> {
  return ((await docker.info()) as { LoggingDriver: string }).LoggingDriver;
}
