import type Docker from 'dockerode';
import { connect, createServer, type Server, type Socket } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildImage } from '../../src/build/build-image.js';
import { connectEngine } from '../../src/docker/engine.js';
import { PinshipError } from '../../src/errors.js';
import { testInfra } from '../support/infra.js';
import { RecordingLogger, cleanEnv, gitRepo, removeLocalImages, tempDir } from './helpers.js';
import { listTags } from './registry-helpers.js';

// A TCP proxy in front of the real registry that cuts the connection when the manifest PUT
// arrives: the layers are uploaded, then the push breaks, as when a runner loses its network.
const infra = testInfra();
let docker: Docker;
let proxy: Server;
let proxyAddress: string;
const sockets = new Set<Socket>();
const cleanups: (() => void)[] = [];

beforeAll(async () => {
  docker = await connectEngine();
  const [host, port] = infra.registry.split(':');
  proxy = createServer((client) => {
    const upstream = connect(Number(port), host);
    sockets.add(client).add(upstream);
    client.on('data', (chunk: Buffer) => {
      if (/^PUT \/v2\/\S+\/manifests\//m.test(chunk.toString('latin1'))) {
        client.destroy();
        upstream.destroy();
        return;
      }
      upstream.write(chunk);
    });
    upstream.pipe(client);
    const drop = () => (client.destroy(), upstream.destroy());
    client.on('error', drop).on('close', drop);
    upstream.on('error', drop).on('close', drop);
  });
  await new Promise<void>((resolve) => proxy.listen(0, '127.0.0.1', resolve));
  proxyAddress = `127.0.0.1:${(proxy.address() as { port: number }).port}`;
});

afterAll(async () => {
  for (const s of sockets) s.destroy();
  await new Promise((resolve) => proxy.close(resolve));
  for (const c of cleanups) c();
});

describe('a push cut short', () => {
  it('fails naming the push, and leaves no tag at all, least of all the input-digest tag', async () => {
    const { dir, cleanup } = tempDir();
    cleanups.push(cleanup);
    gitRepo(dir, {
      '.dockerignore': '.git\n',
      Dockerfile: `FROM ${infra.baseImage}\nRUN echo ${Date.now()} > /stamp\n`,
    });
    const path = `test/interrupted-${Date.now().toString(36)}`;
    const image = `${proxyAddress}/${path}`;
    const log = new RecordingLogger();
    const err = await buildImage(
      { context: dir, image, push: true, username: infra.username, password: infra.password, env: cleanEnv() },
      { docker, log },
    ).catch((e: unknown) => e);
    await removeLocalImages(docker, [image]);

    expect(err).toBeInstanceOf(PinshipError);
    expect((err as PinshipError).message).toMatch(
      new RegExp(`^push of ${image.replace(/\./g, '\\.')}:sha-[0-9a-f]{7} interrupted: `),
    );
    // Seen from the registry itself, not through the proxy: the repository has no tag.
    expect(await listTags(`${infra.registry}/${path}`)).toEqual([]);
  });
});
