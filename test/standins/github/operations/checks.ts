import type { CheckRun, RepoState } from '../state.js';
import { notFound, type Handler, type OperationContext, type Reply } from './types.js';

const DOCS = {
  create: 'https://docs.github.com/rest/checks/runs#create-a-check-run',
  update: 'https://docs.github.com/rest/checks/runs#update-a-check-run',
  status: 'https://docs.github.com/rest/commits/statuses#create-a-commit-status',
};

function withRepo(ctx: OperationContext, docs: string, fn: (repo: RepoState) => Reply): Reply {
  const repo = ctx.state.repo(ctx.params.owner!, ctx.params.repo!);
  return repo ? fn(repo) : notFound(docs);
}

function toJson(repo: RepoState, run: CheckRun, baseUrl: string) {
  const full = `${repo.owner}/${repo.name}`;
  return {
    id: run.id,
    head_sha: run.headSha,
    node_id: `CR_${run.id}`,
    url: `${baseUrl}/repos/${full}/check-runs/${run.id}`,
    html_url: `https://github.com/${full}/runs/${run.id}`,
    details_url: run.detailsUrl ?? null,
    name: run.name,
    status: run.status,
    conclusion: run.conclusion,
    output: { title: run.title ?? null, summary: run.summary ?? null, text: run.text ?? null },
  };
}

type CheckBody = {
  name?: string;
  head_sha?: string;
  status?: string;
  conclusion?: string;
  details_url?: string;
  output?: { title: string; summary: string; text?: string };
};

function apply(run: CheckRun, body: CheckBody): void {
  if (body.name !== undefined) run.name = body.name;
  if (body.conclusion !== undefined) {
    run.conclusion = body.conclusion;
    run.status = 'completed';
  }
  if (body.status !== undefined) run.status = body.status;
  if (body.details_url !== undefined) run.detailsUrl = body.details_url;
  if (body.output)
    Object.assign(run, { title: body.output.title, summary: body.output.summary, text: body.output.text });
}

export const checksCreate: Handler = (ctx) =>
  withRepo(ctx, DOCS.create, (repo) => {
    const body = ctx.body as CheckBody;
    const run: CheckRun = {
      id: ctx.state.allocateId(),
      name: body.name!,
      headSha: body.head_sha!,
      status: 'queued',
      conclusion: null,
    };
    apply(run, body);
    repo.checkRuns.push(run);
    return { status: 201, body: toJson(repo, run, ctx.baseUrl) };
  });

export const checksUpdate: Handler = (ctx) =>
  withRepo(ctx, DOCS.update, (repo) => {
    const run = repo.checkRuns.find((r) => r.id === Number(ctx.params.check_run_id));
    if (!run) return notFound(DOCS.update);
    apply(run, ctx.body as CheckBody);
    return { status: 200, body: toJson(repo, run, ctx.baseUrl) };
  });

export const reposCreateCommitStatus: Handler = (ctx) =>
  withRepo(ctx, DOCS.status, (repo) => {
    const body = ctx.body as { state: string; context?: string; description?: string; target_url?: string };
    const status = {
      id: ctx.state.allocateId(),
      sha: ctx.params.sha!,
      state: body.state,
      context: body.context ?? 'default',
      description: body.description,
      targetUrl: body.target_url,
    };
    repo.statuses.push(status);
    return {
      status: 201,
      body: {
        id: status.id,
        state: status.state,
        context: status.context,
        description: status.description ?? null,
        target_url: status.targetUrl ?? null,
      },
    };
  });
