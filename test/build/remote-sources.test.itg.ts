import type Docker from 'dockerode';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connectEngine } from '../../src/docker/engine.js';
import { testInfra, uniqueRepo } from '../support/infra.js';
import { pushingBuild } from './pushing-build.js';
import { projectRepos, removeLocalImages } from './helpers.js';
import { readImageFile } from './image-files.js';

// `ADD <url>`: the engine downloads it, so what it serves is an input the context does not hold.
const infra = testInfra();
let docker: Docker;
let server: Server;
let origin: string;
const served = { body: 'version one\n', etag: '"v1"' as string | undefined };
const createdImages = new Set<string>();
const repos = projectRepos();

beforeAll(async () => {
  docker = await connectEngine();
  server = createServer((req, res) => {
    const headers: Record<string, string> = { 'content-type': 'text/plain' };
    if (served.etag) headers.etag = served.etag;
    res.writeHead(200, headers);
    res.end(req.method === 'HEAD' ? undefined : served.body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  server.close();
  await removeLocalImages(docker, createdImages);
  repos.removeAll();
});

const build = pushingBuild(infra, () => docker, createdImages);

describe('ADD <url> in the input digest', () => {
  it('skips while the URL serves the same ETag; rebuilds with the new content when it changes', async () => {
    served.body = 'version one\n';
    served.etag = '"v1"';
    const dir = repos.make({ Dockerfile: `FROM ${infra.baseImage}\nADD ${origin}/data.txt /data.txt\n` });
    const image = uniqueRepo(infra, 'remote-add');
    const first = await build({ context: dir, image });
    expect(first.result.skipped).toBe(false);
    expect(await readImageFile(docker, first.result.ref, 'data.txt')).toBe('version one\n');

    const again = await build({ context: dir, image });
    expect(again.result.skipped).toBe(true);

    served.body = 'version two\n';
    served.etag = '"v2"';
    const changed = await build({ context: dir, image });
    expect(changed.result.skipped).toBe(false);
    expect(changed.result.inputDigest).not.toBe(first.result.inputDigest);
    expect(await readImageFile(docker, changed.result.ref, 'data.txt')).toBe('version two\n');
  });

  it("counts a base image's ONBUILD ADD <url> as one of this build's sources", async () => {
    served.body = 'trigger one\n';
    served.etag = '"t1"';
    const base = await build({
      context: repos.make({ Dockerfile: `FROM ${infra.baseImage}\nONBUILD ADD ${origin}/trigger.txt /trigger.txt\n` }),
      image: uniqueRepo(infra, 'onbuild-base'),
      push: false,
    });
    const dir = repos.make({ Dockerfile: `FROM ${base.result.ref}\nRUN cat /trigger.txt\n` });
    const image = uniqueRepo(infra, 'onbuild-child');
    expect((await build({ context: dir, image })).result.skipped).toBe(false);
    expect((await build({ context: dir, image })).result.skipped).toBe(true);
    served.body = 'trigger two\n';
    served.etag = '"t2"';
    const changed = await build({ context: dir, image });
    expect(changed.result.skipped).toBe(false);
    expect(await readImageFile(docker, changed.result.ref, 'trigger.txt')).toBe('trigger two\n');
  });

  it('never skips a build whose URL sends neither ETag nor Last-Modified, and says why', async () => {
    served.etag = undefined;
    const dir = repos.make({
      Dockerfile: `FROM ${infra.baseImage}\nADD ${origin}/plain.txt?token=s3cr3t /plain.txt\n`,
    });
    const image = uniqueRepo(infra, 'remote-add');
    await build({ context: dir, image });
    const again = await build({ context: dir, image });
    expect(again.result.skipped).toBe(false);
    const warning = again.log.lines.find((l) => l.includes('neither ETag nor Last-Modified'));
    expect(warning).toBe(
      `warning: ADD ${origin}/plain.txt: the server sends neither ETag nor Last-Modified, ` +
        'so this build is never skipped',
    );
  });
});
