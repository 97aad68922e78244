import type Docker from 'dockerode';
import { connect, createServer, type Server, type Socket } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connectEngine } from '../../src/docker/engine.js';
import { testInfra, uniqueRepo } from '../support/infra.js';
import { pushingBuild } from './pushing-build.js';
import { RecordingLogger, projectRepos, removeLocalImages } from './helpers.js';
import { readImageFile } from './image-files.js';
import { listTags, servedDigest } from './registry-helpers.js';

const infra = testInfra();
let docker: Docker;
const createdImages = new Set<string>();
const repos = projectRepos();
const dockerfile = `FROM ${infra.baseImage}\nARG X\nRUN echo "$X" > /x\n`;

beforeAll(async () => {
  docker = await connectEngine();
});

afterAll(async () => {
  await removeLocalImages(docker, createdImages);
  repos.removeAll();
});

const build = pushingBuild(infra, () => docker, createdImages);

/** The file `path` of the image the registry serves as `image@digest`, pulled by digest. */
async function fileInPushed(image: string, digest: string, path: string): Promise<string | undefined> {
  const authconfig = { username: infra.username, password: infra.password, serveraddress: infra.registry };
  const stream = await docker.pull(`${image}@${digest}`, { authconfig });
  await new Promise((resolve, reject) =>
    docker.modem.followProgress(stream, (err: Error | null) => (err ? reject(err) : resolve(undefined))),
  );
  return readImageFile(docker, `${image}@${digest}`, path);
}

/** Runs `before` once, when the group named `name` starts (before its work). */
class HookLogger extends RecordingLogger {
  constructor(
    private readonly name: string,
    private before?: () => Promise<void>,
  ) {
    super();
  }
  override async group<T>(name: string, fn: () => Promise<T>): Promise<T> {
    if (name === this.name) {
      const before = this.before;
      this.before = undefined;
      await before?.();
    }
    return super.group(name, fn);
  }
}

describe('each build pushes the image it built', () => {
  it('when another build of this commit moves the local tag before the push, pushes its own image again', async () => {
    const dir = repos.make({ Dockerfile: dockerfile });
    const image = uniqueRepo(infra, 'own-image');
    const { result: one } = await build({ context: dir, image, buildArgs: { X: 'v1' } });
    const first = one.tags[0]!;
    const oneId = (await docker.getImage(`${image}:${first}`).inspect()).Id;

    // The second build of the same commit: between its build and its push, the shared engine's
    // `image:sha-…` goes back to the first build's image, as a concurrent build would leave it.
    const log = new HookLogger(`pushing ${image}:${first}`, () =>
      docker.getImage(oneId).tag({ repo: image, tag: first }),
    );
    const { result: two } = await build({ context: dir, image, buildArgs: { X: 'v2' } }, log);

    expect(two.inputDigest).not.toBe(one.inputDigest);
    expect(two.digest).not.toBe(one.digest);
    expect(log.lines.some((l) => /^warning: .*another build moved the local tag/.test(l))).toBe(true);
    const inOne = one.tags.at(-1)!;
    const inTwo = two.tags.at(-1)!;
    expect(await servedDigest(image, inOne)).toBe(one.digest);
    expect(await servedDigest(image, inTwo)).toBe(two.digest);
    expect(await fileInPushed(image, one.digest, '/x')).toBe('v1\n');
    expect(await fileInPushed(image, two.digest, '/x')).toBe('v2\n');
  });
});

// A TCP proxy in front of the real registry that answers the first manifest PUT with a 503, as a
// registry behind a load balancer does now and then; everything else passes through.
describe('a transient registry error on the engine push', () => {
  let proxy: Server;
  let proxyAddress: string;
  let failures = 0;
  const sockets = new Set<Socket>();

  beforeAll(async () => {
    const [host, port] = infra.registry.split(':');
    proxy = createServer((client) => {
      const upstream = connect(Number(port), host);
      sockets.add(client).add(upstream);
      let failed = false;
      client.on('data', (chunk: Buffer) => {
        if (failed) return;
        if (failures === 0 && /^PUT \/v2\/\S+\/manifests\//m.test(chunk.toString('latin1'))) {
          failures++;
          failed = true;
          upstream.destroy();
          client.end('HTTP/1.1 503 Service Unavailable\r\nContent-Length: 0\r\nConnection: close\r\n\r\n');
          return;
        }
        upstream.write(chunk);
      });
      upstream.pipe(client);
      const drop = () => (client.destroy(), upstream.destroy());
      client.on('error', drop).on('close', drop);
      upstream.on('error', () => client.destroy()).on('close', () => failed || client.destroy());
    });
    await new Promise<void>((resolve) => proxy.listen(0, '127.0.0.1', resolve));
    proxyAddress = `127.0.0.1:${(proxy.address() as { port: number }).port}`;
  });

  afterAll(async () => {
    for (const s of sockets) s.destroy();
    await new Promise((resolve) => proxy.close(resolve));
  });

  it('is retried: the build succeeds and every tag, the input-digest tag last, names the image', async () => {
    const dir = repos.make({ Dockerfile: dockerfile });
    const path = `test/push-503-${Date.now().toString(36)}`;
    const log = new RecordingLogger();
    const { result } = await build({ context: dir, image: `${proxyAddress}/${path}`, buildArgs: { X: 'v3' } }, log);

    expect(failures).toBe(1);
    expect(log.lines.some((l) => /^warning: push of .* 503 .*; pushing again in 1 s \(attempt 2 of 3\)/.test(l))).toBe(
      true,
    );
    // Seen from the registry itself, not through the proxy.
    const direct = `${infra.registry}/${path}`;
    expect(await listTags(direct)).toEqual([...result.tags].sort());
    for (const tag of result.tags) expect(await servedDigest(direct, tag)).toBe(result.digest);
    expect(await fileInPushed(direct, result.digest, '/x')).toBe('v3\n');
  });
});
