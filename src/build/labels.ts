import type { CommitInfo } from '../git/commit-info.js';
import { readGitHubContext } from '../github/context.js';

/**
 * The OCI labels pinship sets by default: source, revision and created (the commit's time, not
 * the clock's, so that rebuilding a commit gives the same labels). User labels win.
 */
export function imageLabels(
  commit: CommitInfo | undefined,
  user: Record<string, string>,
  env: NodeJS.ProcessEnv,
): Record<string, string> {
  const labels: Record<string, string> = {};
  const source = commit?.sourceUrl ?? readGitHubContext(env).repositoryUrl;
  if (source) labels['org.opencontainers.image.source'] = source;
  if (commit) {
    labels['org.opencontainers.image.revision'] = commit.sha;
    labels['org.opencontainers.image.created'] = commit.time;
  }
  return { ...labels, ...user };
}
