/** A parsed `WWW-Authenticate` challenge: `Basic realm="x"` or `Bearer realm="…",service="…"`. */
export interface AuthChallenge {
  scheme: 'basic' | 'bearer';
  params: Record<string, string>;
}

/** Parses the first challenge of a `WWW-Authenticate` header; undefined for other schemes. */
export function parseChallenge(header: string | null): AuthChallenge | undefined {
  if (!header) return undefined;
  const match = /^\s*(\w+)\s*(.*)$/s.exec(header);
  if (!match) return undefined;
  const scheme = match[1]!.toLowerCase();
  if (scheme !== 'basic' && scheme !== 'bearer') return undefined;
  const params: Record<string, string> = {};
  // key="quoted, value" or key=token, comma separated (RFC 7235 auth-param).
  const re = /(\w+)\s*=\s*(?:"((?:[^"\\]|\\.)*)"|([^\s,]*))/g;
  for (let m = re.exec(match[2]!); m; m = re.exec(match[2]!)) {
    params[m[1]!.toLowerCase()] = m[2] !== undefined ? m[2].replace(/\\(.)/g, '$1') : (m[3] ?? '');
  }
  return { scheme, params };
}

/** localhost, 127.0.0.0/8 or ::1: a host name or URL hostname, brackets and port allowed. */
export function isLoopbackHost(host: string): boolean {
  const bare = host.replace(/:\d+$/, '').replace(/^\[|\]$/g, '');
  return bare === 'localhost' || /^127\.\d+\.\d+\.\d+$/.test(bare) || bare === '::1';
}

/**
 * Whether a Bearer challenge's `realm` may receive Basic credentials. A registry names any realm it
 * likes: only https, where the credentials cannot be read on the way, or plain http between two
 * loopback addresses, for a registry on loopback (which the engine itself speaks to over http).
 */
export function realmTakesCredentials(realm: URL, registryBaseUrl: string): boolean {
  if (realm.protocol === 'https:') return true;
  const registry = new URL(registryBaseUrl);
  return realm.protocol === 'http:' && isLoopbackHost(registry.hostname) && isLoopbackHost(realm.hostname);
}
