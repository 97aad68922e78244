import { readFileSync } from 'node:fs';
import { PinshipError, wrapError } from '../errors.js';

/** The pull request an event names, from the runner's event file (trusted: GitHub wrote it). */
export interface EventPullRequest {
  number: number;
  headSha: string;
  baseSha: string;
  /** The head branch lives in another repository: the job's token is read-only. */
  fork: boolean;
}

/** A `workflow_run` event: the run that produced the record, possibly from a fork. */
export interface EventWorkflowRun {
  headSha: string;
  headBranch: string;
  /** Owner of the head repository (a fork's owner for a fork's pull request). */
  headOwner: string;
  /** GitHub fills `pull_requests` only for same-repository pull requests. */
  pullRequestNumber?: number;
}

/**
 * The Actions environment as pinship reads it: the GITHUB_* variables and the event file. The one
 * reader of `GITHUB_EVENT_PATH` and `GITHUB_REPOSITORY`; every field may be missing outside Actions.
 */
export interface GitHubContext {
  repository?: string;
  eventName?: string;
  sha?: string;
  pullRequest?: EventPullRequest;
  workflowRun?: EventWorkflowRun;
  defaultBranch?: string;
  /** The branch a push event pushed to (`GITHUB_REF_NAME` for `refs/heads/...`). */
  branch?: string;
  /** The tag a push event pushed (`refs/tags/...`). */
  tag?: string;
  /** The event's `action` (`opened`, `synchronize`, `closed`...), for events that have one. */
  action?: string;
  /** Link to this job's run page, where the job summary is. */
  runUrl?: string;
  /** `GITHUB_SERVER_URL/GITHUB_REPOSITORY`, when the runner set both. */
  repositoryUrl?: string;
}

/** Reads GITHUB_* variables and the event file; an event file that cannot be read is an error naming it. */
export function readGitHubContext(env: NodeJS.ProcessEnv = process.env): GitHubContext {
  const event = readEvent(env.GITHUB_EVENT_PATH);
  const run = event?.workflow_run;
  const server = env.GITHUB_SERVER_URL ?? 'https://github.com';
  return {
    repository: env.GITHUB_REPOSITORY || text(event?.repository?.full_name),
    eventName: env.GITHUB_EVENT_NAME,
    sha: env.GITHUB_SHA,
    pullRequest: eventPullRequest(event),
    workflowRun: run?.head_sha
      ? {
          headSha: run.head_sha,
          headBranch: run.head_branch,
          headOwner: run.head_repository?.owner?.login ?? run.repository?.owner?.login,
          pullRequestNumber: run.pull_requests?.[0]?.number,
        }
      : undefined,
    defaultBranch: text(event?.repository?.default_branch),
    branch: env.GITHUB_REF?.startsWith('refs/heads/') ? env.GITHUB_REF.slice('refs/heads/'.length) : undefined,
    tag: env.GITHUB_REF?.startsWith('refs/tags/') ? env.GITHUB_REF.slice('refs/tags/'.length) : undefined,
    action: text(event?.action),
    runUrl:
      env.GITHUB_REPOSITORY && env.GITHUB_RUN_ID
        ? `${server}/${env.GITHUB_REPOSITORY}/actions/runs/${env.GITHUB_RUN_ID}` +
          (env.GITHUB_RUN_ATTEMPT ? `/attempts/${env.GITHUB_RUN_ATTEMPT}` : '')
        : undefined,
    repositoryUrl:
      env.GITHUB_SERVER_URL && env.GITHUB_REPOSITORY ? `${env.GITHUB_SERVER_URL}/${env.GITHUB_REPOSITORY}` : undefined,
  };
}

// The number is GitHub's, yet only a positive integer is used as one (it becomes a tag, `pr-<n>`).
function eventPullRequest(event: any): EventPullRequest | undefined {
  const pr = event?.pull_request;
  const number = pr?.number ?? event?.number;
  if (!pr || !Number.isSafeInteger(number) || number <= 0) return undefined;
  const head = text(pr.head?.repo?.full_name);
  const base = text(pr.base?.repo?.full_name);
  return { number, headSha: pr.head?.sha, baseSha: pr.base?.sha, fork: Boolean(head && base && head !== base) };
}

function text(value: unknown): string | undefined {
  return typeof value === 'string' ? value : undefined;
}

/** `OWNER/NAME` split in two; anything else is an error naming `field` (where the value came from). */
export function parseRepository(
  repository: string | undefined,
  field: string,
  hint?: string,
): { owner: string; repo: string } {
  const m = /^([A-Za-z0-9_.-]+)\/([A-Za-z0-9_.-]+)$/.exec(repository ?? '');
  if (!m) throw new PinshipError(`expected OWNER/NAME, got ${JSON.stringify(repository ?? '')}`, { field, hint });
  return { owner: m[1]!, repo: m[2]! };
}

// The event payload's shape is GitHub's; only the fields read above are typed.
function readEvent(path: string | undefined): any {
  if (!path) return undefined;
  try {
    return JSON.parse(readFileSync(path, 'utf8'));
  } catch (err) {
    throw wrapError('reading the event file', err, { file: path });
  }
}
