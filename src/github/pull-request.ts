import { PinshipError, wrapError } from '../errors.js';
import type { GitHubClient } from './client.js';

/** The part of the client that pull requests need (a GitHubClient satisfies it). */
export type PullRequestClient = Pick<GitHubClient, 'rest'>;

export interface PullRequestSpec {
  owner: string;
  repo: string;
  /** Branch in the same repository. */
  head: string;
  base: string;
  title: string;
  body: string;
}

export interface PullRequestOutcome {
  action: 'created' | 'updated';
  number: number;
  url: string;
}

/** GitHub answers 422 with this message when an open pull request already has this head. */
function isPullRequestExists(err: unknown): boolean {
  const e = err as { status?: number; response?: { data?: { errors?: { message?: string }[]; message?: string } } };
  if (e?.status !== 422) return false;
  const data = e.response?.data;
  return Boolean(
    data?.errors?.some((x) => /A pull request already exists/i.test(x.message ?? '')) ||
      /already exists/i.test(data?.message ?? ''),
  );
}

/** Opens a pull request from `head` into `base`, or updates title and body of the open one. */
export async function openOrUpdatePullRequest(
  client: PullRequestClient,
  spec: PullRequestSpec,
): Promise<PullRequestOutcome> {
  const { owner, repo, head, base, title, body } = spec;
  try {
    const { data } = await client.rest.pulls.create({ owner, repo, head, base, title, body });
    return { action: 'created', number: data.number, url: data.html_url };
  } catch (err) {
    if (!isPullRequestExists(err)) throw wrapError(`opening a pull request from ${head} into ${base}`, err);
  }
  const { data: open } = await client.rest.pulls.list({ owner, repo, head: `${owner}:${head}`, base, state: 'open' });
  const existing = open[0];
  if (!existing)
    throw new PinshipError(`GitHub says a pull request from ${head} exists, but none is open`, {
      field: 'pull-request',
    });
  try {
    const { data } = await client.rest.pulls.update({ owner, repo, pull_number: existing.number, title, body });
    return { action: 'updated', number: data.number, url: data.html_url };
  } catch (err) {
    throw wrapError(`updating pull request #${existing.number}`, err);
  }
}
