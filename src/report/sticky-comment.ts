import type { GitHubClient } from '../github/client.js';
import { gitHubFailure } from '../github/permission.js';
import { type TokenIdentity, tokenIdentity } from '../github/token-identity.js';
import type { Logger } from '../log/logger.js';
import { parseMarker, type Marker } from './marker.js';
import { compareRuns, type RunOrderOptions } from './run-order.js';

const PERMISSION = 'pull-requests: write';

export interface StickyCommentSpec {
  client: Pick<GitHubClient, 'rest' | 'paginate' | 'graphql'>;
  owner: string;
  repo: string;
  issueNumber: number;
  /** The whole comment, starting with the marker line. */
  body: string;
  marker: Marker;
  order?: RunOrderOptions;
  log: Logger;
}

/**
 * `created` / `updated` / `unchanged`: the comment shows our run. `kept-newer`: it shows a newer
 * run (an older run finished last), left as it is.
 */
export interface StickyCommentOutcome {
  action: 'created' | 'updated' | 'unchanged' | 'kept-newer';
  id: number;
  url: string;
}

interface ReportComment {
  id: number;
  body: string;
  url: string;
  marker: Marker;
}

/**
 * Keeps one report comment per pull request and experiment: finds it by its marker and edits
 * it in place. Two reports racing may both find none and both create one; after creating, the
 * comments are listed again and every report converges on the same outcome: the oldest comment
 * stays, with the newest run's body, the others go.
 */
export async function upsertStickyComment(spec: StickyCommentSpec): Promise<StickyCommentOutcome> {
  const self = tokenIdentity(spec.client);
  const found = await listReportComments(spec, self);
  if (found.length === 0) {
    const mine = await createComment(spec);
    const again = await listReportComments(spec, self);
    // A list served from a replica that has not seen our comment yet must not leave it out.
    const settled = await settle(spec, again.some((c) => c.id === mine.id) ? again : [...again, mine], mine);
    return {
      ...settled,
      action: settled.id === mine.id || settled.action === 'unchanged' ? 'created' : settled.action,
    };
  }
  return settle(spec, found);
}

/**
 * Converges the report comments found: the oldest (lowest id) survives and gets the newest run's
 * body, ours included; the others are deleted.
 */
async function settle(
  spec: StickyCommentSpec,
  found: ReportComment[],
  mine?: ReportComment,
): Promise<StickyCommentOutcome> {
  const survivor = found.reduce((a, b) => (b.id < a.id ? b : a), found[0] ?? mine!);
  const ours: ReportComment = mine ?? { id: -1, body: spec.body, url: '', marker: spec.marker };
  let newest = ours;
  for (const other of found) {
    if (other.id === ours.id) continue;
    // Same run on both sides (0): our body wins, being the latest rendering of it.
    if ((await compareRuns(other.marker, newest.marker, spec.order)) > 0) newest = other;
  }
  for (const other of found) if (other.id !== survivor.id) await deleteComment(spec, other.id);
  if (survivor.body === newest.body) {
    return { action: newest === ours ? 'unchanged' : 'kept-newer', id: survivor.id, url: survivor.url };
  }
  await updateComment(spec, survivor.id, newest.body);
  return { action: newest === ours ? 'updated' : 'kept-newer', id: survivor.id, url: survivor.url };
}

/**
 * Every comment of the pull request that is this experiment's report, all pages (Link headers).
 * Only the token's own comments can be: anyone can comment on a public pull request, other bots
 * and maintainers included, and a comment starting with a forged marker of a future run would
 * otherwise be edited, deleted, or hold the report back as "newer" for good.
 */
async function listReportComments(spec: StickyCommentSpec, identity: Promise<TokenIdentity>): Promise<ReportComment[]> {
  const { client, owner, repo, issueNumber } = spec;
  try {
    const [self, all] = await Promise.all([
      identity,
      client.paginate(client.rest.issues.listComments, { owner, repo, issue_number: issueNumber, per_page: 100 }),
    ]);
    return all.flatMap((c) => {
      const marker = c.user?.id === self.id ? parseMarker(c.body ?? '') : undefined;
      return marker?.experiment === spec.marker.experiment
        ? [{ id: c.id, body: c.body ?? '', url: c.html_url, marker }]
        : [];
    });
  } catch (err) {
    throw gitHubFailure(`listing the comments of #${issueNumber}`, err, PERMISSION);
  }
}

async function createComment(spec: StickyCommentSpec): Promise<ReportComment> {
  const { client, owner, repo, issueNumber, body } = spec;
  try {
    const { data } = await client.rest.issues.createComment({ owner, repo, issue_number: issueNumber, body });
    return { id: data.id, body, url: data.html_url, marker: spec.marker };
  } catch (err) {
    throw gitHubFailure(`commenting on #${issueNumber}`, err, PERMISSION);
  }
}

async function updateComment(spec: StickyCommentSpec, id: number, body: string): Promise<void> {
  try {
    await spec.client.rest.issues.updateComment({ owner: spec.owner, repo: spec.repo, comment_id: id, body });
  } catch (err) {
    throw gitHubFailure(`updating comment ${id} on #${spec.issueNumber}`, err, PERMISSION);
  }
}

async function deleteComment(spec: StickyCommentSpec, id: number): Promise<void> {
  try {
    await spec.client.rest.issues.deleteComment({ owner: spec.owner, repo: spec.repo, comment_id: id });
    spec.log.info(`deleted duplicate report comment ${id} on #${spec.issueNumber}`);
  } catch (err) {
    // Another report racing with us deleted it first: that is the outcome we want.
    if ((err as { status?: number }).status === 404) return;
    throw gitHubFailure(`deleting duplicate comment ${id} on #${spec.issueNumber}`, err, PERMISSION);
  }
}
