import type { GitHubClient } from './client.js';
import { gitHubFailure } from './permission.js';

/** A workflow run as GitHub's API answers now (`GET /repos/{o}/{r}/actions/runs/{id}`). */
export interface WorkflowRunFacts {
  id: number;
  headSha: string;
  headBranch: string;
  /** Owner of the head repository: a fork's owner for a fork's pull request. */
  headOwner: string;
  /** `owner/name` of the head repository. */
  headRepository: string;
  /** `success`, `failure`, `cancelled`, `timed_out`, ...; null while it runs. */
  conclusion: string | null;
  /** GitHub lists pull requests here for same-repository heads only. */
  pullRequestNumbers: number[];
}

/** The pull request a run was for, as GitHub answers now. */
export interface RunPullRequest {
  number: number;
  headSha: string;
  baseSha: string;
}

type Client = Pick<GitHubClient, 'rest'>;

/** Reads a workflow run of `owner/repo` (`actions: read`). */
export async function getWorkflowRun(
  client: Client,
  owner: string,
  repo: string,
  id: number,
): Promise<WorkflowRunFacts> {
  try {
    const { data } = await client.rest.actions.getWorkflowRun({ owner, repo, run_id: id });
    return {
      id: data.id,
      headSha: data.head_sha,
      headBranch: data.head_branch ?? '',
      headOwner: data.head_repository?.owner?.login ?? owner,
      headRepository: data.head_repository?.full_name ?? `${owner}/${repo}`,
      conclusion: data.conclusion ?? null,
      pullRequestNumbers: (data.pull_requests ?? []).map((p) => p.number),
    };
  } catch (err) {
    throw gitHubFailure(`reading workflow run ${id} of ${owner}/${repo}`, err, 'actions: read');
  }
}

/**
 * The open pull request a run is about: the one GitHub lists for a same-repository head, else
 * the open pull request whose head is the run's (`owner:branch`, as a fork's is named) and
 * preferably at the run's commit. Never a number from the run's artifacts.
 */
export async function findRunPullRequest(
  client: Client,
  owner: string,
  repo: string,
  run: Pick<WorkflowRunFacts, 'headSha' | 'headBranch' | 'headOwner'> & { pullRequestNumber?: number },
): Promise<RunPullRequest | undefined> {
  try {
    if (run.pullRequestNumber !== undefined) {
      const { data } = await client.rest.pulls.get({ owner, repo, pull_number: run.pullRequestNumber });
      return { number: data.number, headSha: data.head.sha, baseSha: data.base.sha };
    }
    const { data } = await client.rest.pulls.list({
      owner,
      repo,
      state: 'open',
      head: `${run.headOwner}:${run.headBranch}`,
    });
    const match = data.find((p) => p.head.sha === run.headSha) ?? data[0];
    return match ? { number: match.number, headSha: match.head.sha, baseSha: match.base.sha } : undefined;
  } catch (err) {
    throw gitHubFailure(`finding the pull request of ${run.headOwner}:${run.headBranch}`, err, 'pull-requests: read');
  }
}
