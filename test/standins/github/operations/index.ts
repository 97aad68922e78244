import { actionsDownloadArtifact, actionsGetWorkflowRun, actionsListWorkflowRunArtifacts } from './actions.js';
import { checksCreate, checksUpdate, reposCreateCommitStatus } from './checks.js';
import { issuesCreateComment, issuesDeleteComment, issuesListComments, issuesUpdateComment } from './issue-comments.js';
import { pullsCreate, pullsGet, pullsList, pullsUpdate } from './pulls.js';
import type { Handler } from './types.js';

/** Handlers by OpenAPI operationId, each family in its own file. */
export const operations: Record<string, Handler> = {
  'pulls/create': pullsCreate,
  'pulls/list': pullsList,
  'pulls/get': pullsGet,
  'pulls/update': pullsUpdate,
  'issues/list-comments': issuesListComments,
  'issues/create-comment': issuesCreateComment,
  'issues/update-comment': issuesUpdateComment,
  'issues/delete-comment': issuesDeleteComment,
  'checks/create': checksCreate,
  'checks/update': checksUpdate,
  'repos/create-commit-status': reposCreateCommitStatus,
  'actions/get-workflow-run': actionsGetWorkflowRun,
  'actions/list-workflow-run-artifacts': actionsListWorkflowRunArtifacts,
  'actions/download-artifact': actionsDownloadArtifact,
};

/**
 * The GITHUB_TOKEN permission an operation needs (`permissions:` in a workflow), as GitHub
 * checks it for an installation token. Comments on a pull request count as `pull-requests`.
 */
export function requiredPermission(operationId: string, method: string): { scope: string; level: 'read' | 'write' } {
  const level = method === 'GET' ? 'read' : 'write';
  if (operationId.startsWith('issues/') || operationId.startsWith('pulls/')) return { scope: 'pull-requests', level };
  if (operationId.startsWith('checks/')) return { scope: 'checks', level };
  if (operationId.startsWith('actions/')) return { scope: 'actions', level };
  if (operationId === 'repos/create-commit-status') return { scope: 'statuses', level };
  return { scope: 'contents', level };
}
