import type { Conclusion } from '../record/types.js';
import type { GitHubClient } from './client.js';
import { gitHubFailure, isPermissionDenied } from './permission.js';

export interface CheckSpec {
  client: Pick<GitHubClient, 'rest'>;
  owner: string;
  repo: string;
  sha: string;
  /** Check run name, or commit status context. */
  name: string;
  conclusion: Conclusion;
  /** One line (check title, status description: cut to GitHub's 140 characters). */
  title: string;
  /** Markdown shown in the check's page. */
  summary: string;
  detailsUrl?: string;
}

/** `status` when the token could not create a check run and a commit status stands in for it. */
export interface CheckOutcome {
  kind: 'check-run' | 'status';
  id: number;
  url?: string;
}

const CHECK_CONCLUSION = {
  success: 'success',
  failure: 'failure',
  'timed-out': 'timed_out',
  cancelled: 'cancelled',
} as const;
const STATUS_STATE = { success: 'success', failure: 'failure', 'timed-out': 'failure', cancelled: 'error' } as const;
/** GitHub's limit on a check run's output summary. */
const MAX_SUMMARY = 65535;

/**
 * Publishes the run's conclusion on the commit as a completed check run (`checks: write`). A
 * token without that permission (GitHub answers 403 "Resource not accessible by integration")
 * gets a commit status instead (`statuses: write`), which needs no GitHub App; `onFallback` says so.
 */
export async function publishCheck(spec: CheckSpec, onFallback: (why: string) => void): Promise<CheckOutcome> {
  const { client, owner, repo, sha } = spec;
  try {
    const { data } = await client.rest.checks.create({
      owner,
      repo,
      head_sha: sha,
      name: spec.name,
      status: 'completed',
      conclusion: CHECK_CONCLUSION[spec.conclusion],
      ...(spec.detailsUrl ? { details_url: spec.detailsUrl } : {}),
      output: { title: spec.title.slice(0, 1000), summary: spec.summary.slice(0, MAX_SUMMARY) },
    });
    return { kind: 'check-run', id: data.id, url: data.html_url ?? undefined };
  } catch (err) {
    if (!isPermissionDenied(err))
      throw gitHubFailure(`creating check run "${spec.name}" on ${sha.slice(0, 12)}`, err, 'checks: write');
    onFallback(
      `the token lacks \`checks: write\` (GitHub answered ${(err as { status: number }).status}): set a commit ` +
        'status instead of a check run',
    );
  }
  try {
    const { data } = await client.rest.repos.createCommitStatus({
      owner,
      repo,
      sha,
      state: STATUS_STATE[spec.conclusion],
      context: spec.name,
      description: spec.title.length > 140 ? `${spec.title.slice(0, 139)}…` : spec.title,
      ...(spec.detailsUrl ? { target_url: spec.detailsUrl } : {}),
    });
    return { kind: 'status', id: data.id };
  } catch (err) {
    throw gitHubFailure(
      `setting commit status "${spec.name}" on ${sha.slice(0, 12)}`,
      err,
      'checks: write` or `statuses: write',
    );
  }
}
