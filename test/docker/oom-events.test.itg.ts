import { randomBytes } from 'node:crypto';
import type Docker from 'dockerode';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { removeContainer } from '../../src/docker/container.js';
import { connectEngine } from '../../src/docker/engine.js';
import { watchOomEvents, type OomWatch } from '../../src/docker/oom-events.js';
import { silentLogger } from '../../src/log/silent-logger.js';
import { testInfra } from '../support/infra.js';

// The engine's `oom` events are pinship's second witness of a memory kill, because Docker 20.10
// can lose State.OOMKilled (see src/docker/oom-events.ts). These tests check that witness alone.
describe("the engine's oom events", () => {
  const label = `io.pinship.test.oom=${randomBytes(4).toString('hex')}`;
  let docker: Docker;
  let watch: OomWatch;
  const created: string[] = [];

  beforeAll(async () => {
    docker = await connectEngine();
    watch = await watchOomEvents(docker, label);
  });
  afterAll(async () => {
    watch.stop();
    await Promise.all(created.map((id) => removeContainer(docker, id, silentLogger)));
  });

  /** Runs `script` under a 32 MiB limit; `kill` sends SIGKILL once it started. Resolves at exit. */
  async function runToExit(
    script: string,
    labels: Record<string, string>,
    options: { kill?: boolean } = {},
  ): Promise<Docker.Container> {
    const container = await docker.createContainer({
      Image: testInfra().baseImage,
      Cmd: ['sh', '-c', script],
      Labels: labels,
      HostConfig: { NetworkMode: 'none', Memory: 32 * 2 ** 20, MemorySwap: 32 * 2 ** 20 },
    });
    created.push(container.id);
    await container.start();
    if (options.kill) await container.kill();
    await container.wait();
    return container;
  }

  const [key, value] = label.split('=') as [string, string];

  it('name a container of the label that went over its memory limit', async () => {
    const container = await runToExit('x=$(head -c 100000000 /dev/zero | tr "\\0" a)', { [key]: value });
    expect(await watch.sawOom(container.id, 5000)).toBe(true);
  });

  it('do not name a container killed by SIGKILL for another reason, after the grace period', async () => {
    const container = await runToExit('sleep 30', { [key]: value }, { kill: true });
    expect((await container.inspect()).State.ExitCode).toBe(137);
    expect(await watch.sawOom(container.id, 500)).toBe(false);
  });

  it('do not name a container of another label', async () => {
    const container = await runToExit('x=$(head -c 100000000 /dev/zero | tr "\\0" a)', { [key]: 'other' });
    expect((await container.inspect()).State.ExitCode).toBe(137);
    expect(await watch.sawOom(container.id, 500)).toBe(false);
  });
});
