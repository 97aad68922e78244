import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { RepoState, WorkflowRun } from '../state.js';
import { notFound, type Handler, type OperationContext, type Reply } from './types.js';

const DOCS = {
  run: 'https://docs.github.com/rest/actions/workflow-runs#get-a-workflow-run',
  artifacts: 'https://docs.github.com/rest/actions/artifacts#list-workflow-run-artifacts',
  download: 'https://docs.github.com/rest/actions/artifacts#download-an-artifact',
};

/** Where an artifact's zip is served, as GitHub redirects to a signed blob storage URL. */
export const BLOB_PREFIX = '/_blob/artifacts/';

/** Artifact ids are the run's id times this plus the artifact's place among the run's, by name. */
const PER_RUN = 1000;

function withRepo(ctx: OperationContext, docs: string, fn: (repo: RepoState) => Reply): Reply {
  const repo = ctx.state.repo(ctx.params.owner!, ctx.params.repo!);
  return repo ? fn(repo) : notFound(docs);
}

interface Artifact {
  id: number;
  name: string;
  zip: string;
  run: WorkflowRun;
}

/** The run's artifacts as act's artifact server left them: `<dir>/<name>/<name>.zip`. */
function artifactsOf(run: WorkflowRun): Artifact[] {
  const dir = run.artifactsDir;
  if (!dir || !existsSync(dir)) return [];
  return readdirSync(dir)
    .sort()
    .map((name, i) => ({ id: run.id * PER_RUN + i + 1, name, zip: join(dir, name, `${name}.zip`), run }))
    .filter((a) => existsSync(a.zip));
}

function findArtifact(repo: RepoState, id: number): Artifact | undefined {
  const run = repo.workflowRuns.find((r) => r.id === Math.floor(id / PER_RUN));
  return run ? artifactsOf(run).find((a) => a.id === id) : undefined;
}

function runJson(repo: RepoState, run: WorkflowRun, baseUrl: string) {
  const full = `${repo.owner}/${repo.name}`;
  const [headOwner] = run.headRepo.split('/');
  return {
    id: run.id,
    name: run.name,
    event: run.event,
    status: run.status,
    conclusion: run.conclusion,
    head_sha: run.headSha,
    head_branch: run.headBranch,
    url: `${baseUrl}/repos/${full}/actions/runs/${run.id}`,
    html_url: `https://github.com/${full}/actions/runs/${run.id}`,
    pull_requests: run.pullRequests.map((number) => ({ number, url: `${baseUrl}/repos/${full}/pulls/${number}` })),
    repository: { full_name: full, owner: { login: repo.owner } },
    head_repository: { full_name: run.headRepo, owner: { login: headOwner }, fork: run.headRepo !== full },
  };
}

function artifactJson(repo: RepoState, a: Artifact, baseUrl: string) {
  const full = `${repo.owner}/${repo.name}`;
  const zip = readFileSync(a.zip);
  const created = statSync(a.zip).mtime.toISOString();
  return {
    id: a.id,
    node_id: `A_${a.id}`,
    name: a.name,
    size_in_bytes: zip.length,
    url: `${baseUrl}/repos/${full}/actions/artifacts/${a.id}`,
    archive_download_url: `${baseUrl}/repos/${full}/actions/artifacts/${a.id}/zip`,
    expired: false,
    digest: `sha256:${createHash('sha256').update(zip).digest('hex')}`,
    created_at: created,
    updated_at: created,
    expires_at: new Date(Date.parse(created) + 90 * 86_400_000).toISOString(),
    workflow_run: { id: a.run.id, head_sha: a.run.headSha, head_branch: a.run.headBranch },
  };
}

export const actionsGetWorkflowRun: Handler = (ctx) =>
  withRepo(ctx, DOCS.run, (repo) => {
    const run = repo.workflowRuns.find((r) => r.id === Number(ctx.params.run_id));
    return run ? { status: 200, body: runJson(repo, run, ctx.baseUrl) } : notFound(DOCS.run);
  });

export const actionsListWorkflowRunArtifacts: Handler = (ctx) =>
  withRepo(ctx, DOCS.artifacts, (repo) => {
    const run = repo.workflowRuns.find((r) => r.id === Number(ctx.params.run_id));
    if (!run) return notFound(DOCS.artifacts);
    const name = ctx.query.get('name');
    const found = artifactsOf(run).filter((a) => name === null || a.name === name);
    return {
      status: 200,
      body: { total_count: found.length, artifacts: found.map((a) => artifactJson(repo, a, ctx.baseUrl)) },
    };
  });

/** GitHub answers 302 to a short-lived blob storage URL; the client follows it without the token. */
export const actionsDownloadArtifact: Handler = (ctx) =>
  withRepo(ctx, DOCS.download, (repo) => {
    const artifact = findArtifact(repo, Number(ctx.params.artifact_id));
    if (!artifact || ctx.params.archive_format !== 'zip') return notFound(DOCS.download);
    const location = `${ctx.baseUrl}${BLOB_PREFIX}${repo.owner}/${repo.name}/${artifact.id}.zip`;
    return { status: 302, headers: { location } };
  });

/** The zip behind a blob URL (`/_blob/artifacts/<owner>/<repo>/<id>.zip`), or undefined. */
export function artifactBlob(ctx: Pick<OperationContext, 'state'>, path: string): Buffer | undefined {
  const m = /^([^/]+)\/([^/]+)\/(\d+)\.zip$/.exec(path.slice(BLOB_PREFIX.length));
  const repo = m && ctx.state.repo(m[1]!, m[2]!);
  const artifact = repo && findArtifact(repo, Number(m[3]));
  return artifact ? readFileSync(artifact.zip) : undefined;
}
