import { readGitHubContext } from '../github/context.js';

/**
 * Whose build this is, for the input-digest tag: a protected ref's build writes and reuses
 * `in-…`; any other build on GitHub Actions (a pull request, an unprotected branch, a
 * `workflow_run`) only `pr-in-…`, so what a pull request controls never becomes the image a
 * default-branch build skips to. Outside Actions the build is the user's own: protected.
 */
export interface BuildTrust {
  protected: boolean;
  /** Why, for the log: "a pull_request event", "protected ref refs/heads/main"… */
  reason: string;
  /** Not on GitHub Actions: a build without a commit may still skip (nothing to check it against). */
  outsideActions?: boolean;
}

// Events whose workflow runs from the ref that was pushed or chosen, with that ref's own files.
const REF_EVENTS = new Set(['push', 'workflow_dispatch', 'schedule', 'release']);

/** Decides the build's trust from GITHUB_* and the event file. */
export function buildTrust(env: NodeJS.ProcessEnv): BuildTrust {
  if (env.GITHUB_ACTIONS !== 'true') {
    return { protected: true, reason: 'a build outside GitHub Actions', outsideActions: true };
  }
  const event = env.GITHUB_EVENT_NAME ?? '';
  const ref = env.GITHUB_REF ?? '';
  if (!REF_EVENTS.has(event) || ref.startsWith('refs/pull/')) {
    return { protected: false, reason: `a ${event || 'unnamed'} event (${ref || 'no ref'})` };
  }
  if (env.GITHUB_REF_PROTECTED === 'true') return { protected: true, reason: `protected ref ${ref}` };
  const { defaultBranch } = readGitHubContext(env);
  if (defaultBranch && ref === `refs/heads/${defaultBranch}`) {
    return { protected: true, reason: `the default branch ${ref}` };
  }
  return { protected: false, reason: `unprotected ref ${ref || '(none)'}` };
}

/** The prefix of the input-digest tag this build reads and writes. */
export function inputTagPrefix(trust: BuildTrust): string {
  return trust.protected ? 'in-' : 'pr-in-';
}
