import type { GitHubState, IssueComment, RepoState } from '../state.js';
import { notFound, validationFailed, type Handler, type OperationContext, type Reply } from './types.js';

const DOCS = {
  list: 'https://docs.github.com/rest/issues/comments#list-issue-comments',
  create: 'https://docs.github.com/rest/issues/comments#create-an-issue-comment',
  update: 'https://docs.github.com/rest/issues/comments#update-an-issue-comment',
  delete: 'https://docs.github.com/rest/issues/comments#delete-an-issue-comment',
};

/** GitHub refuses longer bodies: `body is too long (maximum is 65536 characters)`. */
export const MAX_COMMENT_LENGTH = 65536;

function toJson(state: GitHubState, repo: RepoState, c: IssueComment, baseUrl: string) {
  const full = `${repo.owner}/${repo.name}`;
  return {
    id: c.id,
    node_id: `IC_${c.id}`,
    url: `${baseUrl}/repos/${full}/issues/comments/${c.id}`,
    html_url: `https://github.com/${full}/pull/${c.issueNumber}#issuecomment-${c.id}`,
    issue_url: `${baseUrl}/repos/${full}/issues/${c.issueNumber}`,
    body: c.body,
    user: { login: c.user, id: state.userId(c.user), type: c.user.endsWith('[bot]') ? 'Bot' : 'User' },
    created_at: c.createdAt,
    updated_at: c.updatedAt,
    author_association: 'NONE',
  };
}

function withRepo(ctx: OperationContext, docs: string, fn: (repo: RepoState) => Reply): Reply {
  const repo = ctx.state.repo(ctx.params.owner!, ctx.params.repo!);
  return repo ? fn(repo) : notFound(docs);
}

function tooLong(docs: string, body: string): Reply | undefined {
  if (body.length <= MAX_COMMENT_LENGTH) return undefined;
  return validationFailed(docs, [
    {
      resource: 'IssueComment',
      code: 'custom',
      field: 'body',
      message: `body is too long (maximum is ${MAX_COMMENT_LENGTH} characters)`,
    },
  ]);
}

/** Pages as GitHub does (`per_page` at most 100, default 30), with a `Link` header naming next/last. */
export const issuesListComments: Handler = (ctx) =>
  withRepo(ctx, DOCS.list, (repo) => {
    const issue = Number(ctx.params.issue_number);
    if (!repo.pulls.some((p) => p.number === issue)) return notFound(DOCS.list);
    const all = repo.comments.filter((c) => c.issueNumber === issue).sort((a, b) => a.id - b.id);
    const perPage = Math.min(Number(ctx.query.get('per_page') ?? 30), 100);
    const page = Number(ctx.query.get('page') ?? 1);
    const last = Math.max(1, Math.ceil(all.length / perPage));
    const body = all.slice((page - 1) * perPage, page * perPage).map((c) => toJson(ctx.state, repo, c, ctx.baseUrl));
    const link = (n: number, rel: string) =>
      `<${ctx.baseUrl}/repos/${repo.owner}/${repo.name}/issues/${issue}/comments?per_page=${perPage}&page=${n}>; ` +
      `rel="${rel}"`;
    const links = [
      page < last && link(page + 1, 'next'),
      page < last && link(last, 'last'),
      page > 1 && link(1, 'first'),
      page > 1 && link(page - 1, 'prev'),
    ];
    const header = links.filter(Boolean).join(', ');
    return { status: 200, body, headers: header ? { link: header } : {} };
  });

export const issuesCreateComment: Handler = (ctx) =>
  withRepo(ctx, DOCS.create, (repo) => {
    const issue = Number(ctx.params.issue_number);
    if (!repo.pulls.some((p) => p.number === issue)) return notFound(DOCS.create);
    const body = (ctx.body as { body: string }).body;
    const refused = tooLong(DOCS.create, body);
    if (refused) return refused;
    const comment = ctx.state.addComment(repo, issue, body, ctx.state.login);
    return {
      status: 201,
      body: toJson(ctx.state, repo, comment, ctx.baseUrl),
      headers: { location: toJson(ctx.state, repo, comment, ctx.baseUrl).url },
    };
  });

export const issuesUpdateComment: Handler = (ctx) =>
  withRepo(ctx, DOCS.update, (repo) => {
    const comment = repo.comments.find((c) => c.id === Number(ctx.params.comment_id));
    if (!comment) return notFound(DOCS.update);
    const body = (ctx.body as { body: string }).body;
    const refused = tooLong(DOCS.update, body);
    if (refused) return refused;
    comment.body = body;
    comment.updatedAt = new Date().toISOString();
    return { status: 200, body: toJson(ctx.state, repo, comment, ctx.baseUrl) };
  });

export const issuesDeleteComment: Handler = (ctx) =>
  withRepo(ctx, DOCS.delete, (repo) => {
    const index = repo.comments.findIndex((c) => c.id === Number(ctx.params.comment_id));
    if (index === -1) return notFound(DOCS.delete);
    repo.comments.splice(index, 1);
    return { status: 204 };
  });
