import { spawnSync } from 'node:child_process';
import { createServer } from 'node:net';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { engine, pushedBaseImage, untag } from '../run/support.js';
import { writeFiles } from '../git/remote.js';
import { testInfra } from '../support/infra.js';
import { scratchDir } from '../support/scratch.js';
import { bundled } from '../support/dist.js';

const CLI = bundled('cli/index.js');
const KUSTOMIZATION = 'images:\n- name: compute\n  newTag: v1\n';

let pushed: string;
beforeAll(async () => {
  pushed = await pushedBaseImage(await engine(), 'verify-digest');
});
afterAll(async () => untag(await engine(), pushed));

/** A Docker config folder holding `docker login` credentials for the test registry. */
function loggedIn(): string {
  const infra = testInfra();
  const dir = scratchDir('pinship-docker-config-');
  const auth = Buffer.from(`${infra.username}:${infra.password}`).toString('base64');
  writeFileSync(join(dir, 'config.json'), JSON.stringify({ auths: { [infra.registry]: { auth } } }));
  return dir;
}

/** A loopback port with nothing listening on it. */
async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as { port: number };
  await new Promise((done) => server.close(done));
  return port;
}

/** `pinship pin --overlay overlays/dev --image compute=REF ARGS` in a fresh folder. */
function pinCli(ref: string, dockerConfig: string, ...args: string[]) {
  const dir = scratchDir('pinship-verify-');
  writeFiles(dir, { 'overlays/dev/kustomization.yaml': KUSTOMIZATION });
  const out = spawnSync(
    process.execPath,
    [CLI, 'pin', '--overlay', 'overlays/dev', '--image', `compute=${ref}`, ...args],
    { cwd: dir, encoding: 'utf8', env: { PATH: process.env.PATH, HOME: dir, DOCKER_CONFIG: dockerConfig } },
  );
  return { ...out, kustomization: readFileSync(join(dir, 'overlays/dev/kustomization.yaml'), 'utf8') };
}

describe('pin asks the registry whether it holds the digest (one HEAD request)', () => {
  it('a pushed digest: pinned', () => {
    const out = pinCli(pushed, loggedIn());
    expect(out.status, out.stderr).toBe(0);
    expect(out.kustomization).toContain(pushed.split('@')[1]);
  });

  it('a digest the registry does not hold: refused with a clear error, nothing written', () => {
    const [repo] = pushed.split('@') as [string];
    const missing = `${repo}@sha256:${'0'.repeat(64)}`;
    const out = pinCli(missing, loggedIn());
    expect(out.status).toBe(1);
    expect(out.stderr).toContain(`compute: ${missing} is not in registry ${testInfra().registry}`);
    expect(out.stderr).toContain('--no-verify-digest');
    expect(out.kustomization).toBe(KUSTOMIZATION);
  });

  it('without credentials for a registry that needs them: the error says how to log in', () => {
    const empty = scratchDir('pinship-docker-config-');
    mkdirSync(empty, { recursive: true });
    const out = pinCli(pushed, empty);
    expect(out.status).toBe(1);
    expect(out.stderr).toContain(`registry ${testInfra().registry} requires credentials`);
    expect(out.stderr).toContain('docker login');
    expect(out.kustomization).toBe(KUSTOMIZATION);
  });

  it('offline: a registry nobody answers is an error, and --no-verify-digest pins without asking', async () => {
    const port = await closedPort();
    const offline = `127.0.0.1:${port}/team/compute@sha256:${'b'.repeat(64)}`;
    const refused = pinCli(offline, loggedIn());
    expect(refused.status).toBe(1);
    expect(refused.stderr).toContain(`cannot reach registry 127.0.0.1:${port}`);
    expect(refused.stderr).toContain('ECONNREFUSED');
    expect(refused.stderr).toContain('--no-verify-digest');
    const skipped = pinCli(offline, loggedIn(), '--no-verify-digest');
    expect(skipped.status, skipped.stderr).toBe(0);
    expect(skipped.kustomization).toContain(`sha256:${'b'.repeat(64)}`);
  });
});
