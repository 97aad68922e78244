/** HEAD's commit: id, time, branch and origin, from read-only git queries. */
export interface CommitInfo {
  sha: string;
  shortSha: string;
  /** Committer time, ISO 8601 UTC: equal commits give equal `created` labels. */
  time: string;
  /** The checked-out branch; undefined when HEAD is detached. */
  branch?: string;
  /** `origin` as an https URL with any credentials removed; undefined without an origin. */
  sourceUrl?: string;
}

/** The `git log` arguments whose output `parseCommitInfo` reads (batched with other queries). */
export const COMMIT_LOG_ARGS: readonly string[] = ['log', '-1', '--format=%H %ct%n%D'];

/** CommitInfo from the output of `git log` with COMMIT_LOG_ARGS and the origin URL (if any). */
export function parseCommitInfo(log: string | undefined, origin: string | undefined): CommitInfo | undefined {
  const head = log?.trim();
  if (!head) return undefined;
  const [line, decorations = ''] = head.split('\n');
  const [sha, epoch] = (line ?? '').split(' ');
  if (!sha || !epoch) return undefined;
  const shortSha = sha.slice(0, 7);
  // %D lists "HEAD -> main, origin/main, tag: v1"; a detached HEAD has no "HEAD -> ".
  const branch = /(?:^|, )HEAD -> ([^,]+)/.exec(decorations)?.[1];
  const remote = origin?.trim();
  return {
    sha,
    shortSha,
    time: new Date(Number(epoch) * 1000).toISOString().replace(/\.000Z$/, 'Z'),
    branch: branch || undefined,
    sourceUrl: remote ? sourceUrl(remote) : undefined,
  };
}

/**
 * Turns a remote URL into a browsable one for `org.opencontainers.image.source`: credentials
 * (`https://x-access-token:…@github.com/…`, as actions/checkout may leave) are dropped, scp-like
 * `git@host:org/repo.git` becomes `https://host/org/repo`, and a trailing `.git` goes.
 */
export function sourceUrl(remote: string): string {
  const scp = /^(?:[\w.-]+@)?([\w.-]+):(?!\/\/)(.+)$/.exec(remote);
  if (scp && !/^[a-z]+:\/\//i.test(remote)) return `https://${scp[1]}/${scp[2]!.replace(/\.git\/?$/, '')}`;
  try {
    const url = new URL(remote);
    // ssh:// and git:// remotes: the web address is https on the same host, without the ssh port.
    if (url.protocol === 'ssh:' || url.protocol === 'git:')
      return `https://${url.hostname}${url.pathname}`.replace(/\.git\/?$/, '');
    url.username = '';
    url.password = '';
    return url
      .toString()
      .replace(/\/$/, '')
      .replace(/\.git$/, '');
  } catch {
    return remote.replace(/\/\/[^/@]*@/, '//');
  }
}
