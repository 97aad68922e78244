import { describeError } from '../errors.js';
import type { Logger } from '../log/logger.js';
import type { RemoteSource } from './dockerfile.js';

/** What each remote `ADD` source serves now, for the input digest. */
export interface ResolvedRemotes {
  /** URL -> what identifies its content now (the response's ETag, else Last-Modified and length). */
  versions: Record<string, string>;
  /** Sources nothing identifies: a change behind them cannot be seen, so the build is never skipped. */
  unresolved: string[];
}

const TIMEOUT_MS = 10_000;

/**
 * Asks each http(s) source what it serves now (HEAD, else a one-byte GET; redirects followed,
 * 10 s at most), as BuildKit's own http source checks its cache by ETag. A git source counts
 * as pinned only by a full commit id in its URL. Each source that cannot be identified is a
 * warning naming it (without credentials or query string, which may hold tokens).
 */
export async function resolveRemoteSources(sources: readonly RemoteSource[], log: Logger): Promise<ResolvedRemotes> {
  const out: ResolvedRemotes = { versions: {}, unresolved: [] };
  const results = await Promise.all(sources.map(async (source) => ({ source, found: await identify(source) })));
  for (const { source, found } of results) {
    if ('version' in found) {
      out.versions[source.url] = found.version;
      continue;
    }
    out.unresolved.push(source.url);
    log.warn(`ADD ${shown(source.url)}: ${found.why}, so this build is never skipped`);
  }
  return out;
}

async function identify(source: RemoteSource): Promise<{ version: string } | { why: string }> {
  if (!source.known) return { why: 'its URL uses a variable the Dockerfile does not set (an ENV of the base image?)' };
  if (source.kind === 'git') {
    return /#[0-9a-f]{40}(:|$)/i.test(source.url)
      ? { version: 'commit in the URL' }
      : { why: 'a git source is pinned only by a full commit id (#<40 hex digits>)' };
  }
  try {
    const response = await headOrFirstByte(source.url);
    if (!response.ok) return { why: `the server answered ${response.status}` };
    const etag = response.headers.get('etag');
    if (etag) return { version: `etag ${etag}` };
    const modified = response.headers.get('last-modified');
    const length = totalLength(response);
    if (modified) return { version: `last-modified ${modified} length ${length ?? '?'}` };
    return { why: 'the server sends neither ETag nor Last-Modified' };
  } catch (err) {
    return { why: `cannot reach it (${describeError(err)})` };
  }
}

async function headOrFirstByte(url: string): Promise<Response> {
  const { target, headers } = withoutCredentials(url);
  const signal = AbortSignal.timeout(TIMEOUT_MS);
  const head = await fetch(target, { method: 'HEAD', headers, redirect: 'follow', signal });
  if (head.ok) return head;
  // Some servers (presigned object-store URLs among them) refuse HEAD but answer GET.
  const get = await fetch(target, { headers: { ...headers, range: 'bytes=0-0' }, redirect: 'follow', signal });
  await get.body?.cancel();
  return get;
}

/** The URL for fetch, which refuses user:password in it; BuildKit sends them as basic auth. */
function withoutCredentials(url: string): { target: string; headers: Record<string, string> } {
  const parsed = new URL(url);
  if (!parsed.username && !parsed.password) return { target: url, headers: {} };
  const user = `${decodeURIComponent(parsed.username)}:${decodeURIComponent(parsed.password)}`;
  parsed.username = '';
  parsed.password = '';
  return { target: parsed.toString(), headers: { authorization: `Basic ${Buffer.from(user).toString('base64')}` } };
}

function totalLength(response: Response): string | undefined {
  const range = /\/(\d+)$/.exec(response.headers.get('content-range') ?? '');
  return range?.[1] ?? response.headers.get('content-length') ?? undefined;
}

/** A URL for the log: scheme, host and path only. */
function shown(url: string): string {
  try {
    const u = new URL(url);
    return `${u.protocol}//${u.host}${u.pathname}`;
  } catch {
    return url.replace(/[?#].*$/, '').replace(/\/\/[^/@]*@/, '//');
  }
}
