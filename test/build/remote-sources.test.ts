import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { resolveRemoteSources } from '../../src/build/remote-sources.js';
import { RecordingLogger } from './helpers.js';

// A loopback server standing in for a download site: each path behaves as one kind of server.
let server: Server;
let origin: string;
const seen: { method?: string; url?: string; headers: IncomingHttpHeaders }[] = [];

beforeAll(async () => {
  server = createServer((req, res) => {
    seen.push({ method: req.method, url: req.url, headers: req.headers });
    const path = req.url!.replace(/\?.*$/, '');
    if (path === '/etag') res.writeHead(200, { etag: '"abc"' }).end(req.method === 'HEAD' ? undefined : 'data');
    else if (path === '/no-head' && req.method === 'HEAD') res.writeHead(405).end();
    else if (path === '/no-head')
      res
        .writeHead(206, { 'last-modified': 'Mon, 30 Nov 2026 10:00:00 GMT', 'content-range': 'bytes 0-0/1234' })
        .end('d');
    else if (path === '/redirect') res.writeHead(302, { location: '/etag' }).end();
    else if (path === '/missing') res.writeHead(404).end();
    else res.writeHead(200).end('no validators');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(() => {
  server.close();
});

const http = (url: string) => ({ url, kind: 'http' as const, known: true });

describe('resolveRemoteSources', () => {
  it("names each URL's content by its ETag, else Last-Modified and length; redirects are followed", async () => {
    const log = new RecordingLogger();
    const resolved = await resolveRemoteSources(
      [http(`${origin}/etag`), http(`${origin}/no-head`), http(`${origin}/redirect`)],
      log,
    );
    expect(resolved).toEqual({
      versions: {
        [`${origin}/etag`]: 'etag "abc"',
        [`${origin}/no-head`]: 'last-modified Mon, 30 Nov 2026 10:00:00 GMT length 1234',
        [`${origin}/redirect`]: 'etag "abc"',
      },
      unresolved: [],
    });
    // HEAD first; a one-byte GET only where HEAD is refused.
    expect(seen.filter((r) => r.url === '/no-head').map((r) => [r.method, r.headers.range])).toEqual([
      ['HEAD', undefined],
      ['GET', 'bytes=0-0'],
    ]);
    expect(log.lines).toEqual([]);
  });

  it('warns of each source it cannot identify, naming it without credentials or query', async () => {
    const log = new RecordingLogger();
    const withCredentials = `http://bot:hunter2@127.0.0.1:${new URL(origin).port}/plain?sig=t0ken`;
    const resolved = await resolveRemoteSources(
      [
        http(withCredentials),
        http(`${origin}/missing`),
        { url: 'git@github.com:acme/tools.git', kind: 'git', known: true },
        { url: `https://example.com/tools.git#${'a'.repeat(40)}`, kind: 'git', known: true },
        { url: `${origin}//x`, kind: 'http', known: false },
      ],
      log,
    );
    expect(resolved.versions).toEqual({ [`https://example.com/tools.git#${'a'.repeat(40)}`]: 'commit in the URL' });
    expect(resolved.unresolved).toHaveLength(4);
    expect(log.lines.join('\n')).not.toMatch(/hunter2|t0ken/);
    expect(log.lines).toContain(
      `warning: ADD ${origin}/plain: the server sends neither ETag nor Last-Modified, so this build is never skipped`,
    );
    expect(log.lines).toContain(
      `warning: ADD ${origin}/missing: the server answered 404, so this build is never skipped`,
    );
    // user:password in the URL goes as basic auth, as BuildKit sends it.
    const plain = seen.find((r) => r.url === '/plain?sig=t0ken');
    expect(plain?.headers.authorization).toBe(`Basic ${Buffer.from('bot:hunter2').toString('base64')}`);
  });
});
