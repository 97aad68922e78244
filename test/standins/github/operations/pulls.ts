import type { PullRequest, RepoState } from '../state.js';
import { notFound, validationFailed, type Handler, type OperationContext } from './types.js';

const DOCS = {
  create: 'https://docs.github.com/rest/pulls/pulls#create-a-pull-request',
  list: 'https://docs.github.com/rest/pulls/pulls#list-pull-requests',
  get: 'https://docs.github.com/rest/pulls/pulls#get-a-pull-request',
  update: 'https://docs.github.com/rest/pulls/pulls#update-a-pull-request',
};

function toJson(repo: RepoState, pr: PullRequest, baseUrl: string) {
  const full = `${repo.owner}/${repo.name}`;
  return {
    url: `${baseUrl}/repos/${full}/pulls/${pr.number}`,
    html_url: `https://github.com/${full}/pull/${pr.number}`,
    id: 1000 + pr.number,
    node_id: `PR_${pr.number}`,
    number: pr.number,
    state: pr.state,
    locked: false,
    title: pr.title,
    body: pr.body,
    draft: pr.draft,
    user: { login: 'pinship[bot]', id: 1, type: 'Bot' },
    head: headJson(full, pr),
    base: { label: `${repo.owner}:${pr.base}`, ref: pr.base, sha: pr.baseSha, repo: { full_name: full, fork: false } },
    created_at: pr.createdAt,
    updated_at: pr.updatedAt,
    merged: false,
  };
}

function headJson(full: string, pr: PullRequest) {
  const repo = pr.headRepo ?? full;
  const owner = repo.split('/')[0];
  return {
    label: `${owner}:${pr.head}`,
    ref: pr.head,
    sha: pr.headSha,
    repo: { full_name: repo, fork: repo !== full },
  };
}

function withRepo(
  ctx: OperationContext,
  docs: string,
  fn: (repo: RepoState) => ReturnType<Handler>,
): ReturnType<Handler> {
  const repo = ctx.state.repo(ctx.params.owner!, ctx.params.repo!);
  return repo ? fn(repo) : notFound(docs);
}

/** `owner:branch` or `branch` -> branch, when the owner is this repository's. */
function headBranch(repo: RepoState, head: string): string | undefined {
  const colon = head.indexOf(':');
  if (colon === -1) return head;
  return head.slice(0, colon).toLowerCase() === repo.owner.toLowerCase() ? head.slice(colon + 1) : undefined;
}

export const pullsCreate: Handler = (ctx) =>
  withRepo(ctx, DOCS.create, (repo) => {
    const { title, head, base, body, draft } = ctx.body as {
      title?: string;
      head: string;
      base: string;
      body?: string;
      draft?: boolean;
    };
    const branch = headBranch(repo, head);
    if (!title)
      return validationFailed(DOCS.create, [{ resource: 'PullRequest', field: 'title', code: 'missing_field' }]);
    if (!branch || !repo.branchExists(branch))
      return validationFailed(DOCS.create, [{ resource: 'PullRequest', field: 'head', code: 'invalid' }]);
    if (!repo.branchExists(base))
      return validationFailed(DOCS.create, [{ resource: 'PullRequest', field: 'base', code: 'invalid' }]);
    if (repo.pulls.some((p) => p.state === 'open' && p.head === branch && p.base === base)) {
      return validationFailed(DOCS.create, [
        {
          resource: 'PullRequest',
          code: 'custom',
          message: `A pull request already exists for ${repo.owner}:${branch}.`,
        },
      ]);
    }
    const now = new Date().toISOString();
    const pr: PullRequest = {
      number: ctx.state.allocateNumber(),
      state: 'open',
      title,
      body: body ?? '',
      head: branch,
      base,
      draft: draft ?? false,
      createdAt: now,
      updatedAt: now,
      headSha: '0'.repeat(40),
      baseSha: '0'.repeat(40),
    };
    repo.pulls.push(pr);
    return {
      status: 201,
      body: toJson(repo, pr, ctx.baseUrl),
      headers: { location: `${ctx.baseUrl}/repos/${repo.owner}/${repo.name}/pulls/${pr.number}` },
    };
  });

export const pullsList: Handler = (ctx) =>
  withRepo(ctx, DOCS.list, (repo) => {
    const state = ctx.query.get('state') ?? 'open';
    const head = ctx.query.get('head');
    const base = ctx.query.get('base');
    // GitHub ignores a `head` filter without `owner:`; `owner` is the head repository's (a fork's).
    const [owner, branch] = head?.includes(':')
      ? [head.slice(0, head.indexOf(':')), head.slice(head.indexOf(':') + 1)]
      : [];
    const ownerOf = (p: PullRequest) => (p.headRepo ?? `${repo.owner}/${repo.name}`).split('/')[0]!.toLowerCase();
    const headMatches = (p: PullRequest) =>
      branch === undefined || (p.head === branch && ownerOf(p) === owner!.toLowerCase());
    const found = repo.pulls.filter(
      (p) => (state === 'all' || p.state === state) && headMatches(p) && (!base || p.base === base),
    );
    return { status: 200, body: found.map((p) => toJson(repo, p, ctx.baseUrl)) };
  });

export const pullsGet: Handler = (ctx) =>
  withRepo(ctx, DOCS.get, (repo) => {
    const pr = repo.pulls.find((p) => p.number === Number(ctx.params.pull_number));
    return pr ? { status: 200, body: toJson(repo, pr, ctx.baseUrl) } : notFound(DOCS.get);
  });

export const pullsUpdate: Handler = (ctx) =>
  withRepo(ctx, DOCS.update, (repo) => {
    const pr = repo.pulls.find((p) => p.number === Number(ctx.params.pull_number));
    if (!pr) return notFound(DOCS.update);
    const { title, body, state, base } = ctx.body as Partial<Pick<PullRequest, 'title' | 'body' | 'state' | 'base'>>;
    if (title !== undefined) pr.title = title;
    if (body !== undefined) pr.body = body;
    if (state !== undefined) pr.state = state;
    if (base !== undefined) pr.base = base;
    pr.updatedAt = new Date().toISOString();
    return { status: 200, body: toJson(repo, pr, ctx.baseUrl) };
  });
