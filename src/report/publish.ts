import { PinshipError } from '../errors.js';
import { isAncestor } from '../git/repo.js';
import { publishCheck, type CheckOutcome } from '../github/check.js';
import type { GitHubClient } from '../github/client.js';
import { type GitHubContext, parseRepository } from '../github/context.js';
import { findRunPullRequest } from '../github/workflow-run.js';
import type { Logger } from '../log/logger.js';
import type { PreparedReport } from './prepare.js';
import { capConclusion } from './run-verification.js';
import { upsertStickyComment, type StickyCommentOutcome } from './sticky-comment.js';

export interface PublishTarget {
  client: Pick<GitHubClient, 'rest' | 'paginate' | 'graphql'>;
  owner: string;
  repo: string;
  /** `--pr`; else the event's pull request. */
  pr?: number;
  /** `--sha`: the commit the check goes on; else the pull request's head, else GITHUB_SHA. */
  sha?: string;
  context: GitHubContext;
  /** Publish a check run (or a commit status) with the run's conclusion. */
  check: boolean;
  /** A clone, to order runs of different commits by ancestry. */
  dir?: string;
  /** The conclusion of the workflow run a `workflow_run` job reports on: the check's is never better. */
  runConclusion?: string | null;
}

export interface PublishOutcome {
  comment?: StickyCommentOutcome;
  check?: CheckOutcome;
  /** Why nothing was posted (a fork's read-only token, a record that is not the head's). */
  skipped?: string;
}

/**
 * Posts the prepared report: the sticky comment on the pull request and a check on its commit.
 * A fork's pull request (read-only token) posts nothing and says why. A `workflow_run` job posts
 * a record the untrusted run produced only when it is the pull request's current head commit's.
 */
export async function publishReport(
  prepared: PreparedReport,
  target: PublishTarget,
  log: Logger,
): Promise<PublishOutcome> {
  const where = await postingPlace(prepared, target);
  if ('skipped' in where) return where;
  const { pr, currentHead } = where;
  const outcome: PublishOutcome = {};
  if (pr !== undefined) outcome.comment = await postComment(prepared, target, pr, currentHead, log);
  const { context } = target;
  const sha = target.sha ?? currentHead ?? context.pullRequest?.headSha ?? context.workflowRun?.headSha ?? context.sha;
  if (target.check && sha) outcome.check = await postCheck(prepared, target, sha, outcome.comment, log);
  return outcome;
}

/** The pull request to comment on (and its current head, for a workflow_run), or why nothing is posted. */
async function postingPlace(
  prepared: PreparedReport,
  target: PublishTarget,
): Promise<{ skipped: string } | { pr?: number; currentHead?: string }> {
  const { context } = target;
  const fromFork = context.pullRequest?.fork && context.eventName !== 'pull_request_target' && !context.workflowRun;
  if (fromFork) {
    return {
      skipped:
        'pull request from a fork: its token is read-only, so no comment or check is posted (see the job summary)',
    };
  }
  const pr = target.pr ?? context.pullRequest?.number;
  if (!context.workflowRun) return { pr };
  const run = context.workflowRun;
  const found = await findRunPullRequest(target.client, target.owner, target.repo, {
    ...run,
    pullRequestNumber: pr ?? run.pullRequestNumber,
  });
  if (!found) return { skipped: `no open pull request has head ${run.headSha.slice(0, 12)}` };
  const refused = refusal(prepared, found.headSha, run.headSha);
  if (refused) return { skipped: refused };
  return { pr: found.number, currentHead: found.headSha };
}

async function postComment(
  prepared: PreparedReport,
  target: PublishTarget,
  pr: number,
  currentHead: string | undefined,
  log: Logger,
): Promise<StickyCommentOutcome> {
  const comment = await upsertStickyComment({
    client: target.client,
    owner: target.owner,
    repo: target.repo,
    issueNumber: pr,
    body: prepared.body,
    marker: prepared.marker,
    order: { currentHead, ancestry: target.dir ? (a, b) => isAncestor(target.dir!, a, b) : undefined },
    log,
  });
  const verb = {
    created: 'created',
    updated: 'updated',
    unchanged: 'left unchanged',
    'kept-newer': 'kept (it shows a newer run)',
  };
  log.info(`comment ${verb[comment.action]}: ${comment.url}`);
  return comment;
}

function postCheck(
  prepared: PreparedReport,
  target: PublishTarget,
  sha: string,
  comment: StickyCommentOutcome | undefined,
  log: Logger,
): Promise<CheckOutcome> {
  const summary = [
    prepared.rendered.headline,
    comment ? `The report: ${comment.url}` : '',
    ...prepared.rendered.regressions.map((r) => `- ${r}`),
  ];
  return publishCheck(
    {
      client: target.client,
      owner: target.owner,
      repo: target.repo,
      sha,
      name: `pinship report (${prepared.marker.experiment})`,
      conclusion: capConclusion(prepared.rendered.conclusion, target.runConclusion),
      title: prepared.rendered.headline,
      summary: summary.filter(Boolean).join('\n\n'),
      detailsUrl: comment?.url || target.context.runUrl,
    },
    (why) => log.warn(why),
  );
}

/** Why a record from another workflow's run may not be posted, or undefined when it may. */
function refusal(prepared: PreparedReport, prHead: string, runHead: string): string | undefined {
  const commit = prepared.record.source.commit;
  if (commit !== prHead || runHead !== prHead) {
    return (
      `refusing to post: the pull request's head is ${prHead.slice(0, 12)}, but the record is of ` +
      `${JSON.stringify((commit ?? 'no commit').slice(0, 40))} (workflow run head ${runHead.slice(0, 12)}); ` +
      'a record is posted only for the commit the pull request shows'
    );
  }
  return undefined;
}

/** Where the token and the repository were looked for, for the error naming a missing one. */
export interface PostSources {
  token: string;
  repository: string;
}

/** Asserts the pieces posting needs are there: a token and `OWNER/NAME`. */
export function requirePostTarget(
  repository: string | undefined,
  token: string | undefined,
  from: PostSources = { token: 'GITHUB_TOKEN', repository: '--repo' },
): { owner: string; repo: string; token: string } {
  if (!token) throw new PinshipError('no token to post with', { field: from.token });
  const hint = from.repository === '--repo' ? 'or set GITHUB_REPOSITORY' : undefined;
  return { ...parseRepository(repository, from.repository, hint), token };
}
